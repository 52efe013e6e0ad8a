package cn.gov.opendata.application.letter;

import cn.gov.opendata.platform.pdf.HtmlToPdf;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A letter as PDF, laid out from the DOCX as it was issued (the stored, hashed original), paragraph by paragraph with
 * its alignment and indent: the PDF says exactly what the DOCX says, also for letters issued before PDFs existed.
 * A4 with the margins of GB/T 9704 (official documents), the Chinese fonts embedded, the text searchable.
 */
public final class LetterPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: "%1$s", "%2$s"; font-size: 16pt; line-height: 1.5; margin: 0; }
            h1 { font-family: "%2$s", "%1$s"; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 12pt 0; }
            p { margin: 0 0 6pt 0; }
            .center { text-align: center; }
            .right { text-align: right; }
            .both { text-align: justify; }
            .indent { text-indent: 2em; }
            .blank { height: 1.5em; }
            """.formatted(HtmlToPdf.SERIF_FAMILY, HtmlToPdf.SANS_FAMILY);

    private LetterPdf() {
    }

    /** The PDF of an issued letter's DOCX (as {@link LetterDocx} writes it: the first paragraph is the title). */
    public static byte[] fromDocx(byte[] docx) {
        return HtmlToPdf.render(html(docx), "opendata application-service");
    }

    static String html(byte[] docx) {
        List<XWPFParagraph> paragraphs;
        StringBuilder page = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            paragraphs = doc.getParagraphs();
            String title = paragraphs.isEmpty() ? "" : paragraphs.get(0).getText();
            page.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>").append(escape(title))
                    .append("</title><style>").append(STYLE).append("</style></head><body>");
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph p = paragraphs.get(i);
                if (i == 0) {
                    page.append("<h1>").append(escape(p.getText())).append("</h1>");
                    continue;
                }
                // an empty paragraph is the blank line before the signature: kept as a line of its height (a
                // no-break space would need a glyph the Chinese fonts lack, and pull in an unembedded Latin font)
                page.append("<p class=\"").append(classes(p)).append(p.getText().isEmpty() ? " blank" : "").append("\">")
                        .append(escape(p.getText())).append("</p>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The letter's DOCX cannot be read", e);
        }
        return page.append("</body></html>").toString();
    }

    private static String classes(XWPFParagraph p) {
        ParagraphAlignment alignment = p.getAlignment();
        String align = alignment == ParagraphAlignment.CENTER ? "center"
                : alignment == ParagraphAlignment.RIGHT ? "right"
                : alignment == ParagraphAlignment.BOTH ? "both" : "left";
        return p.getIndentationFirstLine() > 0 ? align + " indent" : align;
    }

    /** Text as XHTML: markup characters escaped, characters XML forbids (controls) dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
