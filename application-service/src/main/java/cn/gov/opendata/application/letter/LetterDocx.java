package cn.gov.opendata.application.letter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * A letter as a Word document in the usual layout of official letters: centred title, the document number under it,
 * the addressee flush left, body paragraphs with a two-character indent, the agency and the date at the right.
 */
public final class LetterDocx {

    private static final String EAST_ASIAN_FONT = "仿宋";
    private static final String TITLE_FONT = "宋体";

    private LetterDocx() {
    }

    public static byte[] render(LetterText letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(letter.title());
            // a fixed creation time: the same letter renders to the same bytes, so its hash can be checked again
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            created.setTimeInMillis(letter.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(created.getTime()));
            paragraph(doc, letter.title(), ParagraphAlignment.CENTER, true, 22, TITLE_FONT, false);
            paragraph(doc, letter.documentNumber(), ParagraphAlignment.CENTER, false, 16, EAST_ASIAN_FONT, false);
            paragraph(doc, letter.addressee(), ParagraphAlignment.LEFT, false, 16, EAST_ASIAN_FONT, false);
            for (String text : letter.paragraphs()) {
                paragraph(doc, text, ParagraphAlignment.BOTH, false, 16, EAST_ASIAN_FONT, true);
            }
            paragraph(doc, "", ParagraphAlignment.RIGHT, false, 16, EAST_ASIAN_FONT, false);
            paragraph(doc, letter.signature(), ParagraphAlignment.RIGHT, false, 16, EAST_ASIAN_FONT, false);
            paragraph(doc, ChineseDates.format(letter.date()), ParagraphAlignment.RIGHT, false, 16, EAST_ASIAN_FONT, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold, int size,
                                  String font, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        if (indent) {
            // two characters of a 16 pt font, in twentieths of a point
            p.setIndentationFirstLine(640);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        (properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts()).setEastAsia(font);
    }
}
