package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The report as a Word document: real heading styles, body paragraphs with a two-character first-line indent and
 * real Word tables whose group headers are merged cells (grid span across, vertical merge down), on A4.
 */
@ApplicationScoped
public class DocxRenderer implements DocumentRenderer {

    private static final String EAST_ASIAN_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";
    /** A4 in twentieths of a point, with 2 cm side margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    @Override
    public DocumentType type() {
        return DocumentType.DOCX;
    }

    @Override
    public byte[] render(Report report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(report.title());
            defineStyles(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), true, 18);
            for (ReportOutline.Part part : ReportOutline.of(report)) {
                if (part.heading() != null) {
                    XWPFParagraph heading = doc.createParagraph();
                    heading.setStyle("Heading1");
                    run(heading, part.heading(), true, 14);
                }
                for (Paragraph paragraph : part.paragraphs()) {
                    paragraph(doc, paragraph);
                }
                for (ReportTable table : part.tables()) {
                    table(doc, new TableLayout(table));
                }
            }
            checks(doc, ReportOutline.listOf(report.checks()));
            pageSetup(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word document", e);
        }
    }

    private static void paragraph(XWPFDocument doc, Paragraph paragraph) {
        if (paragraph.heading() != null && !paragraph.heading().isBlank()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading2");
            run(heading, paragraph.heading(), true, 12);
        }
        if (paragraph.text() == null) {
            return;
        }
        for (String line : paragraph.text().split("\\R")) {
            if (!line.isBlank()) {
                XWPFParagraph body = doc.createParagraph();
                body.setIndentationFirstLine(480);
                body.setAlignment(ParagraphAlignment.BOTH);
                run(body, line.strip(), false, 12);
            }
        }
    }

    private static void table(XWPFDocument doc, TableLayout layout) {
        ReportTable model = layout.table();
        if (model.title() != null && !model.title().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.setKeepNext(true);
            run(caption, model.title(), true, 11);
        }
        int width = layout.columns().size() + 1;
        int depth = layout.headerDepth();
        List<Row> rows = layout.rows();
        XWPFTable table = doc.createTable(depth + rows.size(), width);
        table.setWidth("100%");
        borders(table);
        grid(table, width);

        // Header: fill by grid position, merge, and only then drop the cells a horizontal span covers.
        boolean[][] covered = new boolean[depth][width];
        for (int r = 0; r < depth; r++) {
            XWPFTableRow row = table.getRow(r);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            if (r == 0) {
                XWPFTableCell corner = row.getCell(0);
                text(corner, layout.note(), false, 8, ParagraphAlignment.LEFT, 0);
                mergeDown(table, 0, 0, depth);
            }
            for (TableLayout.HeaderCell header : layout.headerRows().get(r)) {
                int position = header.first() + 1;
                text(row.getCell(position), header.label(), true, 9, ParagraphAlignment.CENTER, 0);
                if (header.rowspan() > 1) {
                    mergeDown(table, r, position, header.rowspan());
                }
                if (header.colspan() > 1) {
                    tcPr(row.getCell(position)).addNewGridSpan().setVal(BigInteger.valueOf(header.colspan()));
                    for (int c = position + 1; c < position + header.colspan(); c++) {
                        covered[r][c] = true;
                    }
                }
            }
            for (int c = width - 1; c > 0; c--) {
                if (covered[r][c]) {
                    row.removeCell(c);
                }
            }
        }

        for (int i = 0; i < rows.size(); i++) {
            Row line = rows.get(i);
            XWPFTableRow row = table.getRow(depth + i);
            row.setCantSplitRow(true);
            int indent = 210 * Math.max(0, line.level());
            if (TableLayout.isHeading(line)) {
                text(row.getCell(0), line.label(), true, 9, ParagraphAlignment.LEFT, indent);
                tcPr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(width));
                for (int c = width - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                continue;
            }
            text(row.getCell(0), line.label(), false, 9, ParagraphAlignment.LEFT, indent);
            List<Cell> cells = layout.cellsOf(line);
            for (int c = 0; c < cells.size(); c++) {
                figure(row.getCell(c + 1), cells.get(c));
            }
        }
        doc.createParagraph();
    }

    private static void figure(XWPFTableCell target, Cell cell) {
        String text = TableLayout.textOf(cell);
        String link = TableLayout.publicLink(cell);
        if (link == null || text.isEmpty()) {
            text(target, text, false, 9, ParagraphAlignment.CENTER, 0);
            return;
        }
        XWPFParagraph paragraph = target.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFRun run = paragraph.createHyperlinkRun(link);
        style(run, text, false, 9);
    }

    private static void checks(XWPFDocument doc, List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading1");
        heading.setPageBreak(true);
        run(heading, "报告检查结果", true, 14);
        for (Check check : checks) {
            XWPFParagraph line = doc.createParagraph();
            run(line, Severities.label(check.severity()) + " ", true, 11);
            run(line, (check.code() == null ? "" : check.code()) + "：" + (check.message() == null ? "" : check.message()), false, 11);
        }
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, int size, ParagraphAlignment alignment, int indent) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        if (indent > 0) {
            paragraph.setIndentationLeft(indent);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        run(paragraph, text, bold, size);
    }

    private static void mergeDown(XWPFTable table, int firstRow, int position, int rowspan) {
        tcPr(table.getRow(firstRow).getCell(position)).addNewVMerge().setVal(STMerge.RESTART);
        for (int r = firstRow + 1; r < firstRow + rowspan; r++) {
            tcPr(table.getRow(r).getCell(position)).addNewVMerge().setVal(STMerge.CONTINUE);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr == null ? cell.getCTTc().addNewTcPr() : pr;
    }

    private static void borders(XWPFTable table) {
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 6, 0, "000000");
        table.setBottomBorder(single, 6, 0, "000000");
        table.setLeftBorder(single, 6, 0, "000000");
        table.setRightBorder(single, 6, 0, "000000");
        table.setInsideHBorder(single, 4, 0, "000000");
        table.setInsideVBorder(single, 4, 0, "000000");
    }

    /** The label column is wider; figure columns share the rest of the text width. */
    private static void grid(XWPFTable table, int width) {
        int label = width > 1 ? Math.min(3000, TEXT_WIDTH * 3 / 10) : TEXT_WIDTH;
        int figure = width > 1 ? (TEXT_WIDTH - label) / (width - 1) : 0;
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < width; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 0 ? label : figure));
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        style(paragraph.createRun(), text, bold, size);
    }

    private static void style(XWPFRun run, String text, boolean bold, int size) {
        // Fonts first: the order of run properties follows the schema (rFonts, b, sz) for strict readers.
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(size);
        run.setText(text == null ? "" : text);
    }

    /** Real paragraph styles, so Word shows the headings in its navigation pane and can build a table of contents. */
    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(styles, "Title", "Title", -1, 36));
        styles.addStyle(style(styles, "Heading1", "heading 1", 0, 28));
        styles.addStyle(style(styles, "Heading2", "heading 2", 1, 24));
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        ct.addNewPPr().addNewKeepNext();
        if (outlineLevel >= 0) {
            ct.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct, styles);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }
}
