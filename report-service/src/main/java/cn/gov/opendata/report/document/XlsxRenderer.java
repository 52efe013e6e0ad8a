package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report as a workbook: one sheet per table ("表二", "表三", "表四" in the national format) under the report's
 * title (agency and year) with the official header rows, set up to print on A4; figures are numeric cells (so they
 * can be summed), "/" stays text. A report without tables (the
 * legacy format) gets one sheet with its text, one paragraph per row.
 */
@ApplicationScoped
public class XlsxRenderer implements DocumentRenderer {

    private static final String FONT = "宋体";
    /** Up to this many columns (label included) a table prints upright on A4; wider ones print landscape. */
    static final int LANDSCAPE_ABOVE = 8;

    @Override
    public DocumentType type() {
        return DocumentType.XLSX;
    }

    @Override
    public byte[] render(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            boolean anyTable = false;
            for (ReportOutline.Part part : ReportOutline.of(report)) {
                for (ReportTable table : part.tables()) {
                    String wanted = part.numeral() != null ? "表" + part.numeral() : table.title();
                    String sheetTitle = (part.numeral() != null ? "表" + part.numeral() + "　" : "")
                            + (table.title() == null ? "" : table.title());
                    table(workbook.createSheet(uniqueName(wanted, table.code(), names)), report.title(), sheetTitle.strip(),
                            new TableLayout(table), styles);
                    anyTable = true;
                }
            }
            if (!anyTable) {
                text(workbook.createSheet("报告正文"), report, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private static void table(XSSFSheet sheet, String reportTitle, String sheetTitle, TableLayout layout, Styles styles) {
        int width = layout.widestBlock() + 1;
        title(sheet, 0, reportTitle, width, styles.title);
        title(sheet, 1, sheetTitle, width, styles.subtitle);
        int next = 2;
        int headerFirst = -1;
        int headerLast = -1;
        boolean single = layout.blocks().size() == 1;
        for (TableLayout.Block block : layout.blocks()) {
            if (block.title() != null) {
                XSSFRow row = sheet.createRow(next);
                for (int c = 0; c < block.columns().size() + 1; c++) {
                    row.createCell(c).setCellStyle(styles.label(0, true));
                }
                row.getCell(0).setCellValue(block.title());
                if (block.columns().size() > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next, 0, block.columns().size()));
                }
                next++;
            }
            int first = next;
            next = header(sheet, first, layout, block, styles);
            if (single) {
                headerFirst = first;
                headerLast = next - 1;
            }
            next = body(sheet, next, block, styles) + 1;
        }
        // A Chinese character takes about two of Excel's character widths; the label column is as wide as its labels.
        int longest = layout.rows().stream().mapToInt(r -> (r.label() == null ? 0 : r.label().length()) + 2 * Math.max(0, r.level()))
                .max().orElse(4);
        sheet.setColumnWidth(0, Math.max(10, Math.min(60, 2 * longest + 2)) * 256);
        for (int c = 1; c < width; c++) {
            sheet.setColumnWidth(c, (width > LANDSCAPE_ABOVE ? 9 : 13) * 256);
        }
        if (single) {
            sheet.createFreezePane(1, headerLast + 1);
            sheet.setRepeatingRows(new CellRangeAddress(0, headerLast, 0, width - 1));
        } else {
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, width - 1));
        }
        printSetup(sheet, width);
    }

    /**
     * Printing: A4, every sheet one page wide (as many pages tall as it needs), landscape when the table has more
     * columns than fit upright at a readable size, the title and header rows repeated on every page.
     */
    static void printSetup(XSSFSheet sheet, int width) {
        XSSFPrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(width > LANDSCAPE_ABOVE);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    private static void title(XSSFSheet sheet, int index, String text, int width, CellStyle style) {
        XSSFRow row = sheet.createRow(index);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, width - 1));
        }
    }

    private static int header(XSSFSheet sheet, int first, TableLayout layout, TableLayout.Block block, Styles styles) {
        int width = block.columns().size() + 1;
        int depth = block.headerDepth();
        for (int r = 0; r < depth; r++) {
            XSSFRow row = sheet.createRow(first + r);
            for (int c = 0; c < width; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        sheet.getRow(first).getCell(0).setCellValue(layout.note());
        for (int r = 0; r < depth; r++) {
            sheet.getRow(first + r).getCell(0).setCellStyle(styles.corner);
        }
        if (depth > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, first + depth - 1, 0, 0));
        }
        for (int r = 0; r < depth; r++) {
            for (TableLayout.HeaderCell header : block.headerRows().get(r)) {
                int column = header.first() + 1;
                sheet.getRow(first + r).getCell(column).setCellValue(header.label());
                if (header.colspan() > 1 || header.rowspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(first + r, first + r + header.rowspan() - 1,
                            column, column + header.colspan() - 1));
                }
            }
        }
        return first + depth;
    }

    private static int body(XSSFSheet sheet, int next, TableLayout.Block block, Styles styles) {
        int width = block.columns().size() + 1;
        for (Row line : block.rows()) {
            XSSFRow row = sheet.createRow(next);
            XSSFCell label = row.createCell(0);
            label.setCellValue(line.label() == null ? "" : line.label());
            label.setCellStyle(styles.label(Math.max(0, line.level()), TableLayout.isHeading(line)));
            if (TableLayout.isHeading(line)) {
                for (int c = 1; c < width; c++) {
                    row.createCell(c).setCellStyle(styles.label(0, true));
                }
                if (width > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next, 0, width - 1));
                }
            } else {
                List<Cell> cells = block.cellsOf(line);
                for (int c = 0; c < cells.size(); c++) {
                    figure(row.createCell(c + 1), cells.get(c), styles);
                }
            }
            next++;
        }
        return next;
    }

    private static void figure(XSSFCell target, Cell cell, Styles styles) {
        String text = TableLayout.textOf(cell);
        Optional<FigureText> number = FigureText.parse(text);
        if (number.isPresent()) {
            // A spreadsheet cell holds a binary double by design; the printed text stays exact in the other documents.
            target.setCellValue(number.get().value().doubleValue());
            target.setCellStyle(styles.number(number.get().excelFormat()));
        } else {
            target.setCellValue(text);
            target.setCellStyle(styles.text);
        }
        String link = TableLayout.safeLink(cell);
        if (link != null && link.startsWith("http")) {
            var hyperlink = target.getSheet().getWorkbook().getCreationHelper()
                    .createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(link);
            target.setHyperlink(hyperlink);
        }
    }

    private static void text(XSSFSheet sheet, Report report, Styles styles) {
        XSSFRow titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(report.title() == null ? "" : report.title());
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        XSSFRow header = sheet.createRow(1);
        String[] labels = {"部分", "小标题", "内容"};
        for (int c = 0; c < labels.length; c++) {
            header.createCell(c).setCellValue(labels[c]);
            header.getCell(c).setCellStyle(styles.header);
        }
        int next = 2;
        for (ReportOutline.Part part : ReportOutline.of(report)) {
            List<Paragraph> paragraphs = part.paragraphs().isEmpty() ? List.of(new Paragraph(null, "")) : part.paragraphs();
            for (Paragraph paragraph : paragraphs) {
                XSSFRow row = sheet.createRow(next++);
                row.createCell(0).setCellValue(part.heading() == null ? "" : part.heading());
                row.createCell(1).setCellValue(paragraph.heading() == null ? "" : paragraph.heading());
                row.createCell(2).setCellValue(paragraph.text() == null ? "" : paragraph.text());
                for (int c = 0; c < 3; c++) {
                    row.getCell(c).setCellStyle(styles.wrapped);
                }
            }
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, 2));
        printSetup(sheet, 3);
    }

    private static String uniqueName(String wanted, String fallback, Set<String> taken) {
        String base = wanted == null || wanted.isBlank() ? fallback : wanted;
        base = WorkbookUtil.createSafeSheetName(base == null || base.isBlank() ? "表" : base);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }

    /** Cell styles are a workbook-wide resource, so they are made once and shared by every cell. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle corner;
        final CellStyle text;
        final CellStyle wrapped;
        final Map<String, CellStyle> numbers = new HashMap<>();
        final Map<String, CellStyle> labels = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font plain = font(false, 10);
            Font bold = font(true, 10);
            title = workbook.createCellStyle();
            title.setFont(font(true, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(font(true, 11));
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(bold, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            corner = bordered(font(false, 8), HorizontalAlignment.LEFT);
            corner.setWrapText(true);
            corner.setVerticalAlignment(VerticalAlignment.TOP);
            text = bordered(plain, HorizontalAlignment.CENTER);
            wrapped = bordered(plain, HorizontalAlignment.LEFT);
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = bordered(font(false, 10), HorizontalAlignment.RIGHT);
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }

        CellStyle label(int level, boolean heading) {
            return labels.computeIfAbsent(level + "/" + heading, k -> {
                CellStyle style = bordered(font(heading, 10), HorizontalAlignment.LEFT);
                style.setIndention((short) Math.min(level * 2, 15));
                return style;
            });
        }

        private CellStyle bordered(Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private Font font(boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            return font;
        }
    }
}
