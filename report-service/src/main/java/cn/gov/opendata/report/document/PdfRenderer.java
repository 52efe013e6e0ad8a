package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a PDF for publishing: the HTML page (same sections, tables and header merges) laid out on A4 by
 * openhtmltopdf, with the Chinese fonts embedded as subsets, real text (searchable, copyable) and the page number
 * centred in the footer ("— 1 —", as GB/T 9704 prints it). Source links are left out: they lead into the platform.
 */
@ApplicationScoped
public class PdfRenderer implements DocumentRenderer {

    static final String SERIF_FAMILY = "OpendataSerif";
    static final String SANS_FAMILY = "OpendataSans";

    private static final String PDF_STYLE = """
            @page { size: A4; margin: 25mm 20mm 22mm 20mm;
                    @bottom-center { content: "— " counter(page) " —"; font-family: "%1$s", "%2$s"; font-size: 10pt; } }
            body { font-family: "%1$s", "%2$s"; max-width: none; padding: 0; margin: 0; }
            h1, h2, caption, .table-title { font-family: "%2$s", "%1$s"; font-weight: normal; }
            h3 { font-family: "%2$s", "%1$s"; font-weight: normal; }
            code { font-family: "%1$s", "%2$s"; }
            table { font-size: 9pt; -fs-table-paginate: paginate; }
            thead th { min-width: 2.6em; }
            th.corner { font-size: 7.5pt; min-width: 8em; }
            td.label { min-width: 3em; }
            a, a:visited { color: inherit; text-decoration: none; }
            .checks { page-break-before: always; }
            """.formatted(SERIF_FAMILY, SANS_FAMILY);

    private final HtmlRenderer html = new HtmlRenderer();

    @Override
    public DocumentType type() {
        return DocumentType.PDF;
    }

    @Override
    public byte[] render(Report report) {
        List<CjkFonts.FontFile> fonts = CjkFonts.required();
        String page = html.html(report, false, PDF_STYLE);
        List<Closeable> open = new ArrayList<>();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withProducer("opendata report-service");
            for (CjkFonts.FontFile font : fonts) {
                if (font.collection()) {
                    TrueTypeCollection collection = new TrueTypeCollection(font.path().toFile());
                    open.add(collection);
                    TrueTypeFont[] firstFace = new TrueTypeFont[1];
                    collection.processAllFonts(face -> {
                        if (firstFace[0] == null) {
                            firstFace[0] = face;
                        }
                    });
                    builder.useFont(new PDFontSupplier(PDType0Font.load(document, firstFace[0], true)), font.family());
                } else {
                    builder.useFont(font.path().toFile(), font.family());
                }
            }
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        } finally {
            for (Closeable closeable : open) {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // The PDF is written; a font file that will not close changes nothing in it.
                }
            }
        }
    }
}
