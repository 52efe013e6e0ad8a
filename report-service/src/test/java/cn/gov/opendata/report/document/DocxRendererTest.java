package cn.gov.opendata.report.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxRendererTest {

    private final DocxRenderer renderer = new DocxRenderer();

    private XWPFDocument open(cn.gov.opendata.report.model.Report report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(renderer.render(report)));
    }

    @Test
    void nationalReportHasThreeRealWordTables() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            assertEquals(3, doc.getTables().size());
        }
    }

    @Test
    void tableThreeMergesTheGroupHeaderAcrossFiveColumns() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(1);
            XWPFTableRow top = table.getRow(0);
            assertEquals(4, top.getTableCells().size(), "corner, 自然人, 法人或其他组织 (spanning 5), 总计");
            assertEquals(SampleReports.CORNER_NOTE, top.getCell(0).getText());
            assertEquals("法人或其他组织", top.getCell(2).getText());
            assertEquals(5, top.getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(STMerge.RESTART, vMerge(top.getCell(1)));
            XWPFTableRow second = table.getRow(1);
            assertEquals(8, second.getTableCells().size());
            assertEquals(STMerge.CONTINUE, vMerge(second.getCell(1)));
            assertEquals("商业企业", second.getCell(2).getText());
            assertEquals("其他", second.getCell(6).getText());
            assertTrue(top.isRepeatHeader());
        }
    }

    @Test
    void tableThreeHoldsTheFigures() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(1);
            XWPFTableRow received = rowLabelled(table, "一、本年新收政府信息公开申请数量");
            assertEquals("57", received.getCell(1).getText());
            assertEquals("6", received.getCell(2).getText());
            assertEquals("66", received.getCell(7).getText());
            assertEquals("57", rowLabelled(table, "（七）总计").getCell(7).getText());
            assertEquals("13", rowLabelled(table, "四、结转下年度继续办理").getCell(7).getText());
            XWPFTableRow heading = rowLabelled(table, "三、本年度办理结果");
            assertEquals(1, heading.getTableCells().size());
            assertEquals(8, heading.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(2 + 25 + 5, table.getNumberOfRows(), "two header rows, 25 rows of figures, 5 heading rows");
        }
    }

    @Test
    void tableTwoPrintsSlashesAndDecimals() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals("/", rowLabelled(table, "规章").getCell(1).getText());
            assertEquals("35.60", rowLabelled(table, "行政事业性收费").getCell(5).getText());
        }
    }

    @Test
    void sectionTitlesAreWordHeadingsOnAnA4Page() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "报告检查结果"), headings);
            assertTrue(doc.getStyles().styleExist("Heading1"));
            assertEquals("测试市人民政府2021年政府信息公开工作年度报告", doc.getParagraphs().get(0).getText());
            assertEquals(11906, ((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgSz().getW()).intValue());
        }
    }

    @Test
    void legacyReportIsParagraphsWithoutTables() throws IOException {
        try (XWPFDocument doc = open(SampleReports.legacy("t-docx", 2018))) {
            assertTrue(doc.getTables().isEmpty());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("占 57.36%")));
        }
    }

    private static XWPFTableRow rowLabelled(XWPFTable table, String label) {
        XWPFTableRow found = table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElse(null);
        assertNotNull(found, "row " + label);
        return found;
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr.getVMerge().getVal();
    }
}
