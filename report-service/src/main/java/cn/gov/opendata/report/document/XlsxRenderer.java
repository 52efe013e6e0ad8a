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
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
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
 * The report as a workbook: one sheet per table ("表二", "表三", "表四" in the national format) with the official
 * header rows; figures are numeric cells (so they can be summed), "/" stays text. A report without tables (the
 * legacy format) gets one sheet with its text, one paragraph per row.
 */
@ApplicationScoped
public class XlsxRenderer implements DocumentRenderer {

    private static final String FONT = "宋体";

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
                    table(workbook.createSheet(uniqueName(wanted, table.code(), names)), new TableLayout(table), styles);
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

    private static void table(XSSFSheet sheet, TableLayout layout, Styles styles) {
        int width = layout.columns().size() + 1;
        int depth = layout.headerDepth();
        XSSFRow titleRow = sheet.createRow(0);
        XSSFCell title = titleRow.createCell(0);
        title.setCellValue(layout.table().title() == null ? "" : layout.table().title());
        title.setCellStyle(styles.title);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        }

        int first = 1;
        for (int r = 0; r < depth; r++) {
            XSSFRow row = sheet.createRow(first + r);
            for (int c = 0; c < width; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        sheet.getRow(first).getCell(0).setCellValue(layout.note());
        sheet.getRow(first).getCell(0).setCellStyle(styles.corner);
        for (int r = 1; r < depth; r++) {
            sheet.getRow(first + r).getCell(0).setCellStyle(styles.corner);
        }
        if (depth > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, first + depth - 1, 0, 0));
        }
        for (int r = 0; r < depth; r++) {
            for (TableLayout.HeaderCell header : layout.headerRows().get(r)) {
                int column = header.first() + 1;
                sheet.getRow(first + r).getCell(column).setCellValue(header.label());
                if (header.colspan() > 1 || header.rowspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(first + r, first + r + header.rowspan() - 1,
                            column, column + header.colspan() - 1));
                }
            }
        }

        int next = first + depth;
        for (Row line : layout.rows()) {
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
                List<Cell> cells = layout.cellsOf(line);
                for (int c = 0; c < cells.size(); c++) {
                    figure(row.createCell(c + 1), cells.get(c), styles);
                }
            }
            next++;
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c < width; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        sheet.createFreezePane(1, first + depth);
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
        String link = TableLayout.publicLink(cell);
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
