package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.util.List;

/**
 * The report as a Word document laid out as GB/T 9704-2012 lays out official documents (A4, its margins, fonts and
 * sizes, page number in the footer): real heading styles, body paragraphs with a two-character first-line indent and
 * real Word tables whose group headers are merged cells (grid span across, vertical merge down), with fixed column
 * widths that keep every header at least two characters wide.
 */
@ApplicationScoped
public class DocxRenderer implements DocumentRenderer {

    private static final String LATIN_FONT = "Times New Roman";
    /** A4 in twentieths of a point with the margins of GB/T 9704-2012 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Left and right padding inside table cells (1 mm): Word's default 1.9 mm leaves too little of a narrow column. */
    static final int CELL_MARGIN = 57;
    static final int TABLE_POINTS = 9;
    private static final int CORNER_POINTS = 8;
    /** Sizes of GB/T 9704: title 二号 (22 pt), text and headings 三号 (16 pt), page number 四号 (14 pt). */
    private static final int TITLE_POINTS = 22;
    private static final int TEXT_POINTS = 16;
    private static final int PAGE_NUMBER_POINTS = 14;

    /**
     * The fonts of official documents (GB/T 9704-2012): title 小标宋, text 仿宋, first-level headings 黑体,
     * second-level 楷体. Each names the font a machine without the GB2312-era names should use instead; the
     * document's font table carries that as the font's alternative name.
     */
    enum Fonts {
        TITLE("方正小标宋简体", "宋体"),
        HEADING("黑体", "SimHei"),
        SUBHEADING("楷体_GB2312", "楷体"),
        TEXT("仿宋_GB2312", "仿宋"),
        TABLE("仿宋_GB2312", "仿宋");

        final String name;
        final String fallback;

        Fonts(String name, String fallback) {
            this.name = name;
            this.fallback = fallback;
        }
    }

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
            run(title, report.title(), false, TITLE_POINTS, Fonts.TITLE);
            for (ReportOutline.Part part : ReportOutline.of(report)) {
                if (part.heading() != null) {
                    XWPFParagraph heading = doc.createParagraph();
                    heading.setStyle("Heading1");
                    run(heading, part.heading(), false, TEXT_POINTS, Fonts.HEADING);
                }
                for (Paragraph paragraph : part.paragraphs()) {
                    paragraph(doc, paragraph);
                }
                for (ReportTable table : part.tables()) {
                    table(doc, new TableLayout(table));
                }
            }
            checks(doc, ReportOutline.listOf(report.checks()));
            pageNumbers(doc);
            pageSetup(doc);
            fontTable(doc);
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
            run(heading, paragraph.heading(), false, TEXT_POINTS, Fonts.SUBHEADING);
        }
        if (paragraph.text() == null) {
            return;
        }
        for (String line : paragraph.text().split("\\R")) {
            if (!line.isBlank()) {
                XWPFParagraph body = doc.createParagraph();
                body.setIndentationFirstLine(2 * TEXT_POINTS * 20);
                body.setAlignment(ParagraphAlignment.BOTH);
                run(body, line.strip(), false, TEXT_POINTS, Fonts.TEXT);
            }
        }
    }

    private static void table(XWPFDocument doc, TableLayout layout) {
        ReportTable model = layout.table();
        if (model.title() != null && !model.title().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.setKeepNext(true);
            run(caption, model.title(), true, 11, Fonts.TABLE);
        }
        for (TableLayout.Block block : layout.blocks()) {
            block(doc, layout, block);
        }
        doc.createParagraph();
    }

    private static void block(XWPFDocument doc, TableLayout layout, TableLayout.Block block) {
        int width = block.columns().size() + 1;
        int titled = block.title() == null ? 0 : 1;
        int depth = block.headerDepth();
        List<Row> rows = block.rows();
        XWPFTable table = doc.createTable(titled + depth + rows.size(), width);
        borders(table);
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        TableWidths widths = TableWidths.of(block, TEXT_WIDTH, CELL_MARGIN, TABLE_POINTS);
        grid(table, widths);

        if (titled == 1) {
            XWPFTableRow row = table.getRow(0);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            text(row.getCell(0), block.title(), true, TABLE_POINTS, ParagraphAlignment.LEFT, 0);
            tcPr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(width));
            for (int c = width - 1; c > 0; c--) {
                row.removeCell(c);
            }
        }
        // Header: fill by grid position, merge, and only then drop the cells a horizontal span covers.
        boolean[][] covered = new boolean[depth][width];
        for (int r = 0; r < depth; r++) {
            XWPFTableRow row = table.getRow(titled + r);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            if (r == 0) {
                XWPFTableCell corner = row.getCell(0);
                text(corner, layout.note(), false, CORNER_POINTS, ParagraphAlignment.LEFT, 0);
                if (depth > 1) {
                    mergeDown(table, titled, 0, depth);
                }
            }
            for (TableLayout.HeaderCell header : block.headerRows().get(r)) {
                int position = header.first() + 1;
                text(row.getCell(position), header.label(), true, TABLE_POINTS, ParagraphAlignment.CENTER, 0);
                if (header.rowspan() > 1) {
                    mergeDown(table, titled + r, position, header.rowspan());
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
            XWPFTableRow row = table.getRow(titled + depth + i);
            row.setCantSplitRow(true);
            int indent = 210 * Math.max(0, line.level());
            if (TableLayout.isHeading(line)) {
                text(row.getCell(0), line.label(), true, TABLE_POINTS, ParagraphAlignment.LEFT, indent);
                tcPr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(width));
                for (int c = width - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                continue;
            }
            text(row.getCell(0), line.label(), false, TABLE_POINTS, ParagraphAlignment.LEFT, indent);
            List<Cell> cells = block.cellsOf(line);
            for (int c = 0; c < cells.size(); c++) {
                figure(row.getCell(c + 1), cells.get(c));
            }
        }
    }

    private static void figure(XWPFTableCell target, Cell cell) {
        String text = TableLayout.textOf(cell);
        String link = TableLayout.safeLink(cell);
        if (link == null || text.isEmpty()) {
            text(target, text, false, TABLE_POINTS, ParagraphAlignment.CENTER, 0);
            return;
        }
        XWPFParagraph paragraph = target.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFRun run = paragraph.createHyperlinkRun(link);
        style(run, text, false, TABLE_POINTS, Fonts.TABLE);
    }

    private static void checks(XWPFDocument doc, List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading1");
        heading.setPageBreak(true);
        run(heading, "报告检查结果", false, TEXT_POINTS, Fonts.HEADING);
        for (Check check : checks) {
            XWPFParagraph line = doc.createParagraph();
            run(line, Severities.label(check.severity()) + " ", true, 12, Fonts.TEXT);
            run(line, (check.code() == null ? "" : check.code()) + "：" + (check.message() == null ? "" : check.message()), false, 12, Fonts.TEXT);
        }
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, int size, ParagraphAlignment alignment, int indent) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        if (indent > 0) {
            paragraph.setIndentationLeft(indent);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        run(paragraph, text, bold, size, Fonts.TABLE);
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

    /** Widths from {@link TableWidths}, fixed so that Word and LibreOffice do not re-flow them from the content. */
    private static void grid(XWPFTable table, TableWidths widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c <= widths.count(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 0 ? widths.label() : widths.column()));
        }
        table.setWidth(String.valueOf(widths.total()));
        var pr = table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c <= widths.count(); c++) {
                row.getCell(c).setWidth(String.valueOf(c == 0 ? widths.label() : widths.column()));
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size, Fonts font) {
        style(paragraph.createRun(), text, bold, size, font);
    }

    private static void style(XWPFRun run, String text, boolean bold, int size, Fonts font) {
        // Fonts first: the order of run properties follows the schema (rFonts, b, sz) for strict readers.
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font.name, XWPFRun.FontCharRange.eastAsia);
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(size);
        run.setText(text == null ? "" : text);
    }

    /** Real paragraph styles, so Word shows the headings in its navigation pane and can build a table of contents. */
    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(styles, "Title", "Title", -1, 2 * TITLE_POINTS));
        styles.addStyle(style(styles, "Heading1", "heading 1", 0, 2 * TEXT_POINTS));
        styles.addStyle(style(styles, "Heading2", "heading 2", 1, 2 * TEXT_POINTS));
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
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setFooter(BigInteger.valueOf(1400));
    }

    /** The page number centred in the footer as GB/T 9704 prints it: "— 1 —", a PAGE field Word and LibreOffice fill in. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        style(paragraph.createRun(), "— ", false, PAGE_NUMBER_POINTS, Fonts.TITLE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        style(paragraph.createRun(), "1", false, PAGE_NUMBER_POINTS, Fonts.TITLE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        style(paragraph.createRun(), " —", false, PAGE_NUMBER_POINTS, Fonts.TITLE);
    }

    /**
     * The font table, naming for each font of {@link Fonts} the one to use where it is not installed (w:altName), so
     * a machine without 仿宋_GB2312 shows 仿宋 rather than whatever its default is.
     */
    private static void fontTable(XWPFDocument doc) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (Fonts font : Fonts.values()) {
            if (named.add(font.name)) {
                xml.append("<w:font w:name=\"").append(font.name).append("\"><w:altName w:val=\"").append(font.fallback)
                        .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/></w:font>");
            }
        }
        xml.append("<w:font w:name=\"").append(LATIN_FONT).append("\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/></w:font>");
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot add the font table", e);
        }
    }
}
