package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF read back with PDFBox: A4 pages, Chinese fonts embedded, the tables' figures as searchable text, page numbers. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void everyPageIsA4WithItsNumberInTheFooter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.national("t-pdf", 2021)))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "six sections, three tables and the checks: " + pdf.getNumberOfPages());
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1, "A4 width");
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1, "A4 height");
                assertTrue(pageText(pdf, i + 1).contains("— " + (i + 1) + " —"), "page number on page " + (i + 1));
            }
        }
    }

    @Test
    void textIsSearchableAndHoldsTheFiguresOfEveryTable() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.national("t-pdf", 2021)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String expected : List.of("测试市人民政府2021年政府信息公开工作年度报告", "第二十条第（一）项", "第二十条第（八）项",
                    "行政规范性文件", "1,520", "35.60", "申请人情况", "法人或其他组织", "社会公益组织",
                    SampleReports.CORNER_NOTE, "（七）总计", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                    "本年度未收取信息处理费。")) {
                assertTrue(text.contains(expected), "missing " + expected);
            }
            assertFalse(text.contains("http://application.example"), "source links stay in the platform");
        }
    }

    @Test
    void chineseFontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.national("t-pdf", 2021)))) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a composite (CID) font");
                    fonts.add(font.getName());
                }
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+.*")), "subset-tagged: " + fonts);
        }
    }

    @Test
    void noTextRunsOutsideThePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.national("t-pdf", 2021)))) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() + 0.5
                                || p.getYDirAdj() < 0 || p.getYDirAdj() > box.getHeight()) {
                            outside.add(p.getUnicode() + "@" + getCurrentPageNo());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void aReportWithoutTablesIsItsText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleReports.legacy("t-pdf", 2018)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("实际公开率为97.12%。"), text);
            assertTrue(text.contains("83,836"));
        }
    }

    private byte[] render(Report report) throws IOException {
        byte[] bytes = renderer.render(report);
        // Kept for a look at the pages (pdftoppm); the build's output folder only.
        Path out = Path.of("target", "rendered", report.agency() + "-" + report.year() + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return bytes;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
