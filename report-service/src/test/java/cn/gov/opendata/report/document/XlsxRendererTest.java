package cn.gov.opendata.report.document;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxRendererTest {

    private final XlsxRenderer renderer = new XlsxRenderer();

    private XSSFWorkbook open(cn.gov.opendata.report.model.Report report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(renderer.render(report)));
    }

    @Test
    void nationalReportHasOneSheetPerTable() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("表二", book.getSheetName(0));
            assertEquals("表三", book.getSheetName(1));
            assertEquals("表四", book.getSheetName(2));
        }
    }

    @Test
    void figuresAreNumericCells() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            XSSFSheet sheet = book.getSheet("表三");
            XSSFRow received = rowLabelled(sheet, "一、本年新收政府信息公开申请数量");
            assertEquals(CellType.NUMERIC, received.getCell(1).getCellType());
            assertEquals(57.0, received.getCell(1).getNumericCellValue());
            assertEquals(66.0, received.getCell(7).getNumericCellValue());
            assertEquals(57.0, rowLabelled(sheet, "（七）总计").getCell(7).getNumericCellValue());
            assertEquals(CellType.NUMERIC, rowLabelled(sheet, "1.属于国家秘密").getCell(1).getCellType());
        }
    }

    @Test
    void slashStaysTextAndDecimalsKeepTheirFormat() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            XSSFSheet sheet = book.getSheet("表二");
            XSSFCell rules = rowLabelled(sheet, "规章").getCell(1);
            assertEquals(CellType.STRING, rules.getCellType());
            assertEquals("/", rules.getStringCellValue());
            XSSFCell fees = rowLabelled(sheet, "行政事业性收费").getCell(5);
            assertEquals(CellType.NUMERIC, fees.getCellType());
            assertEquals(35.6, fees.getNumericCellValue());
            assertEquals("0.00", fees.getCellStyle().getDataFormatString());
            XSSFCell licences = rowLabelled(sheet, "行政许可").getCell(4);
            assertEquals(1520.0, licences.getNumericCellValue());
            assertEquals("#,##0", licences.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void tableThreeHeaderMergesTheGroupAcrossFiveColumns() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            XSSFSheet sheet = book.getSheet("表三");
            assertEquals("收到和处理政府信息公开申请情况", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(SampleReports.CORNER_NOTE, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("法人或其他组织", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("商业企业", sheet.getRow(2).getCell(2).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(1, 1, 2, 6)), "group spans five columns");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(1, 2, 1, 1)), "自然人 spans both header rows");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(1, 2, 7, 7)), "总计 spans both header rows");
        }
    }

    @Test
    void legacyReportGetsOneSheetWithItsText() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.legacy("t-xlsx", 2018))) {
            assertEquals(1, book.getNumberOfSheets());
            XSSFSheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && row.getCell(2) != null && row.getCell(2).getStringCellValue().contains("占 57.36%")) {
                    found = true;
                    assertEquals("三、依申请公开政府信息情况", row.getCell(0).getStringCellValue());
                    assertEquals("（一）申请情况", row.getCell(1).getStringCellValue());
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void legacyReportWithAFiguresTableGetsThatTableAsItsOnlySheet() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.legacyWithFigures("t-xlsx", 2018))) {
            assertEquals(1, book.getNumberOfSheets());
            XSSFSheet sheet = book.getSheet("本报告所用数据");
            assertNotNull(sheet);
            assertEquals(258.0, rowLabelled(sheet, "受理申请").getCell(1).getNumericCellValue());
            XSSFCell share = rowLabelled(sheet, "网上申请").getCell(2);
            assertEquals(0.5736, share.getNumericCellValue(), 1e-12);
            assertEquals("0.00%", share.getCellStyle().getDataFormatString());
        }
    }

    private static XSSFRow rowLabelled(XSSFSheet sheet, String label) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        assertNotNull(null, "row " + label);
        return null;
    }
}
