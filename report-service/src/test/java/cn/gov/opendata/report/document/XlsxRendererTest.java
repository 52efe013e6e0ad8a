package cn.gov.opendata.report.document;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            XSSFCell fees = rowLabelled(sheet, "行政事业性收费").getCell(1);
            assertEquals(CellType.NUMERIC, fees.getCellType());
            assertEquals(35.6, fees.getNumericCellValue());
            assertEquals("0.00", fees.getCellStyle().getDataFormatString());
            XSSFCell licences = rowLabelled(sheet, "行政许可").getCell(1);
            assertEquals(1520.0, licences.getNumericCellValue());
            assertEquals("#,##0", licences.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void tableThreeSheetIsTitledAndHasApplicantsOverItsSevenColumns() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            XSSFSheet sheet = book.getSheet("表三");
            assertEquals("测试市人民政府2021年政府信息公开工作年度报告", sheet.getRow(0).getCell(0).getStringCellValue(),
                    "agency and year on every sheet");
            assertEquals("表三　收到和处理政府信息公开申请情况", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(SampleReports.CORNER_NOTE, sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("申请人情况", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("法人或其他组织", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals("商业企业", sheet.getRow(4).getCell(2).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(2, 4, 0, 0)), "corner over three header rows");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(2, 2, 1, 7)), "申请人情况 spans seven columns");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 3, 2, 6)), "group spans five columns");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 4, 1, 1)), "自然人 spans two header rows");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 4, 7, 7)), "总计 spans two header rows");
        }
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithItsHeaderRepeated() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage());
                assertEquals(1, sheet.getPrintSetup().getFitWidth());
                assertEquals(0, sheet.getPrintSetup().getFitHeight());
                assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName());
            }
            CellRangeAddress repeated = book.getSheet("表三").getRepeatingRows();
            assertEquals(List.of(0, 4), List.of(repeated.getFirstRow(), repeated.getLastRow()), "titles and three header rows");
            assertTrue(book.getSheet("表四").getPrintSetup().getLandscape(), "fifteen columns print landscape");
            assertFalse(book.getSheet("表二").getPrintSetup().getLandscape());
        }
    }

    @Test
    void tableTwoSheetStacksItsFourSmallTables() throws IOException {
        try (XSSFWorkbook book = open(SampleReports.national("t-xlsx", 2021))) {
            XSSFSheet sheet = book.getSheet("表二");
            XSSFRow article = rowLabelled(sheet, "第二十条第（八）项");
            XSSFRow header = sheet.getRow(article.getRowNum() + 1);
            assertEquals("本年收费金额（单位：万元）", header.getCell(1).getStringCellValue());
            assertEquals("行政事业性收费", sheet.getRow(article.getRowNum() + 2).getCell(0).getStringCellValue());
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
