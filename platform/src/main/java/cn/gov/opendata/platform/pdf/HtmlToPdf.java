package cn.gov.opendata.platform.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
import java.util.concurrent.locks.ReentrantLock;

/**
 * An XHTML page laid out as PDF by openhtmltopdf, with the Chinese fonts of {@link CjkFonts} embedded as subsets
 * under the CSS families {@value #SERIF_FAMILY} (body, 宋体 style) and {@value #SANS_FAMILY} (headings, 黑体 style):
 * real text, searchable and copyable. The page's own CSS sets the paper ({@code @page { size: A4 }}) and uses the two
 * families. Without a Chinese font on the server this is a 503 problem naming what to install.
 */
public final class HtmlToPdf {

    public static final String SERIF_FAMILY = "OpendataSerif";
    public static final String SANS_FAMILY = "OpendataSans";

    private HtmlToPdf() {
    }

    /**
     * The first face of a collection, and only that one parsed: each face parsed copies the glyph table the faces share
     * (wqy-zenhei.ttc: three faces, 15 MB each), which took the report-service's 96 MB heap past its end on a publish.
     * PDFBox offers no public way to parse one face by index; its walk over all faces is stopped after the first.
     */
    static TrueTypeFont firstFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        try {
            collection.processAllFonts(face -> {
                first[0] = face;
                throw new FirstFaceFound();
            });
        } catch (FirstFaceFound found) {
            return first[0];
        }
        throw new IOException("The font collection holds no face");
    }

    private static final class FirstFaceFound extends IOException {
    }

    // One render at a time in a service: each holds its fonts' glyph tables in memory (~30 MB), and the services' heaps
    // are sized for their data, not for several renders at once. Documents are rendered on publish and download, rarely.
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock(true);

    /** The PDF of a well-formed XHTML page; {@code producer} is written into the document's properties. */
    public static byte[] render(String xhtml, String producer) {
        ONE_AT_A_TIME.lock();
        try {
            return renderAlone(xhtml, producer);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private static byte[] renderAlone(String xhtml, String producer) {
        List<CjkFonts.FontFile> fonts = CjkFonts.required();
        List<Closeable> open = new ArrayList<>();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withProducer(producer);
            for (CjkFonts.FontFile font : fonts) {
                if (font.collection()) {
                    // openhtmltopdf takes single-face files only: the first face of a .ttc is loaded through PDFBox
                    TrueTypeCollection collection = new TrueTypeCollection(font.path().toFile());
                    open.add(collection);
                    builder.useFont(new PDFontSupplier(PDType0Font.load(document, firstFace(collection), true)), font.family());
                } else {
                    builder.useFont(font.path().toFile(), font.family());
                }
            }
            builder.withHtmlContent(xhtml, null);
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
