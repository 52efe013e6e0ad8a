package cn.gov.opendata.report.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
    void nationalReportHasTableTwoAsFourSmallTablesThenTablesThreeAndFour() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            assertEquals(4 + 1 + 1, doc.getTables().size());
            List<String> titles = doc.getTables().subList(0, 4).stream().map(t -> t.getRow(0).getCell(0).getText()).toList();
            assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"), titles);
            XWPFTable first = doc.getTables().get(0);
            assertEquals(List.of("", "本年制发件数", "本年废止件数", "现行有效件数"),
                    first.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList(), "the block's own header");
            assertEquals(List.of("", "本年收费金额（单位：万元）"),
                    doc.getTables().get(3).getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
    }

    @Test
    void tableThreeHasApplicantsOverItsSevenColumns() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(4);
            XWPFTableRow top = table.getRow(0);
            assertEquals(2, top.getTableCells().size(), "corner, 申请人情况 (spanning 7)");
            assertEquals(SampleReports.CORNER_NOTE, top.getCell(0).getText());
            assertEquals("申请人情况", top.getCell(1).getText());
            assertEquals(7, top.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            XWPFTableRow middle = table.getRow(1);
            assertEquals(4, middle.getTableCells().size(), "corner (merged), 自然人, 法人或其他组织 (spanning 5), 总计");
            assertEquals(STMerge.CONTINUE, vMerge(middle.getCell(0)));
            assertEquals("法人或其他组织", middle.getCell(2).getText());
            assertEquals(5, middle.getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(STMerge.RESTART, vMerge(middle.getCell(1)));
            XWPFTableRow bottom = table.getRow(2);
            assertEquals(8, bottom.getTableCells().size());
            assertEquals(STMerge.CONTINUE, vMerge(bottom.getCell(1)));
            assertEquals("商业企业", bottom.getCell(2).getText());
            assertEquals("其他", bottom.getCell(6).getText());
            assertTrue(top.isRepeatHeader() && middle.isRepeatHeader() && bottom.isRepeatHeader());
        }
    }

    @Test
    void tableFourHasLawsuitsOverItsTwoGroups() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(5);
            XWPFTableRow top = table.getRow(0);
            assertEquals(List.of("", "行政复议", "行政诉讼"), top.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(10, top.getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(List.of("", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
                    table.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
    }

    @Test
    void everyHeaderIsAtLeastTwoCharactersWideAndTheTablesFitTheText() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            for (XWPFTable table : doc.getTables()) {
                List<java.math.BigInteger> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                        .map(c -> (java.math.BigInteger) c.getW()).toList();
                int total = grid.stream().mapToInt(java.math.BigInteger::intValue).sum();
                assertTrue(total <= DocxRenderer.TEXT_WIDTH, "table fits between the margins: " + total);
                for (int c = 1; c < grid.size(); c++) {
                    int usable = grid.get(c).intValue() - 2 * DocxRenderer.CELL_MARGIN;
                    assertTrue(usable >= 2 * DocxRenderer.TABLE_POINTS * 20,
                            "column " + c + " holds two characters of " + DocxRenderer.TABLE_POINTS + " pt: " + usable);
                }
                assertEquals("fixed", table.getCTTbl().getTblPr().getTblLayout().getType().toString());
            }
        }
    }

    @Test
    void fontsAreThoseOfOfficialDocumentsWithNamedFallbacks() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            assertEquals("方正小标宋简体", doc.getParagraphs().get(0).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals("黑体", heading.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            XWPFParagraph sub = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals("楷体_GB2312", sub.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("2021年，本机关")).findFirst().orElseThrow();
            assertEquals("仿宋_GB2312", body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, body.getRuns().get(0).getFontSizeAsDouble());
            String fontTable = new String(doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"))
                    .get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(fontTable.contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), fontTable);
            assertTrue(fontTable.contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"), fontTable);
            assertTrue(fontTable.contains("w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"), fontTable);
        }
    }

    @Test
    void theFooterCarriesAPageNumberField() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            var footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertNotNull(footer);
            String xml = footer._getHdrFtr().xmlText();
            assertTrue(xml.contains("PAGE"), xml);
            assertTrue(footer.getText().contains("— 1 —"), footer.getText());
        }
    }

    @Test
    void tableThreeHoldsTheFigures() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            XWPFTable table = doc.getTables().get(4);
            XWPFTableRow received = rowLabelled(table, "一、本年新收政府信息公开申请数量");
            assertEquals("57", received.getCell(1).getText());
            assertEquals("6", received.getCell(2).getText());
            assertEquals("66", received.getCell(7).getText());
            assertEquals("57", rowLabelled(table, "（七）总计").getCell(7).getText());
            assertEquals("13", rowLabelled(table, "四、结转下年度继续办理").getCell(7).getText());
            XWPFTableRow heading = rowLabelled(table, "三、本年度办理结果");
            assertEquals(1, heading.getTableCells().size());
            assertEquals(8, heading.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(3 + 25 + 5, table.getNumberOfRows(), "three header rows, 25 rows of figures, 5 heading rows");
        }
    }

    @Test
    void tableTwoPrintsSlashesAndDecimals() throws IOException {
        try (XWPFDocument doc = open(SampleReports.national("t-docx", 2021))) {
            assertEquals("/", rowLabelled(doc.getTables().get(0), "规章").getCell(1).getText());
            assertEquals("35.60", rowLabelled(doc.getTables().get(3), "行政事业性收费").getCell(1).getText());
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
