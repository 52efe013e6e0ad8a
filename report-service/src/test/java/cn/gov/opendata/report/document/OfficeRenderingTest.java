package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Word and Excel documents as an office opens them: converted to PDF by LibreOffice headless (installed by
 * deploy/local/ensure-office.sh; skipped where it is absent) and read back with PDFBox — page size, page count,
 * the tables' text, page numbers, nothing printed outside the page.
 */
class OfficeRenderingTest {

    private static final Path OUT = Path.of("target", "rendered");
    private static Path soffice;

    @BeforeAll
    static void findLibreOffice() {
        soffice = List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/lib/libreoffice/program/soffice")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void wordDocumentPrintsOnA4WithPageNumbersAndEveryTable() throws Exception {
        try (PDDocument pdf = convert(new DocxRenderer().render(report()), "docx")) {
            assertTrue(pdf.getNumberOfPages() >= 3, "GB/T 9704 sizes: " + pdf.getNumberOfPages() + " pages");
            assertA4(pdf);
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            for (String expected : List.of("第二十条第（一）项", "本年制发件数", "1,520", "35.60", "申请人情况",
                    "法人或其他组织", SampleReports.CORNER_NOTE, "行政诉讼", "未经复议直接起诉", "复议后起诉", "—1—", "—2—")) {
                assertTrue(text.contains(expected), "missing " + expected);
            }
            assertEquals(List.of(), outsideThePage(pdf));
        }
    }

    @Test
    void workbookPrintsEachSheetOnePageWide() throws Exception {
        try (PDDocument pdf = convert(new XlsxRenderer().render(report()), "xlsx")) {
            assertEquals(3, pdf.getNumberOfPages(), "one page per sheet: 表二, 表三 (fit to width), 表四");
            assertA4(pdf);
            PDRectangle tableFour = pdf.getPage(2).getMediaBox();
            assertTrue(tableFour.getWidth() > tableFour.getHeight(), "表四 prints landscape");
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            for (String expected : List.of("测试市人民政府2021年政府信息公开工作年度报告", "表三收到和处理政府信息公开申请情况",
                    "申请人情况", "1,520", "35.60", "第1页共3页")) {
                assertTrue(text.contains(expected), "missing " + expected);
            }
            assertEquals(List.of(), outsideThePage(pdf));
        }
    }

    private static Report report() {
        return SampleReports.national("t-office", 2021);
    }

    private static void assertA4(PDDocument pdf) {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDRectangle box = pdf.getPage(i).getMediaBox();
            float shorter = Math.min(box.getWidth(), box.getHeight());
            float longer = Math.max(box.getWidth(), box.getHeight());
            assertEquals(PDRectangle.A4.getWidth(), shorter, 2, "A4 page " + (i + 1));
            assertEquals(PDRectangle.A4.getHeight(), longer, 2, "A4 page " + (i + 1));
        }
    }

    private static List<String> outsideThePage(PDDocument pdf) throws IOException {
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
        return outside;
    }

    private static PDDocument convert(byte[] document, String extension) throws Exception {
        assumeTrue(soffice != null, "LibreOffice is not installed (deploy/local/ensure-office.sh installs it)");
        Files.createDirectories(OUT);
        Path source = OUT.resolve("t-office-2021." + extension).toAbsolutePath();
        Files.write(source, document);
        Path profile = Files.createTempDirectory("lo-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", OUT.toAbsolutePath().resolve(extension).toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(OUT.resolve("soffice-" + extension + ".log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path pdf = OUT.resolve(extension).resolve("t-office-2021.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice wrote " + pdf);
        return Loader.loadPDF(pdf.toFile());
    }
}
