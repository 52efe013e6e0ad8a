package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The official header layout of a table. When some columns carry a group, the header takes two rows: the group
 * label spans its columns in the first ("法人或其他组织" over five), and an ungrouped column spans both rows
 * ("自然人", "总计"). The corner cell above the row labels spans every header row and holds the table's note.
 */
public final class TableLayout {

    /** A header cell over the data columns {@code first .. first+colspan-1} (0-based, not counting the label column). */
    public record HeaderCell(String label, int first, int colspan, int rowspan) {
    }

    private final ReportTable table;
    private final List<Column> columns;
    private final List<List<HeaderCell>> headerRows;

    public TableLayout(ReportTable table) {
        this.table = table;
        this.columns = ReportOutline.listOf(table.columns());
        this.headerRows = layout(columns);
    }

    public ReportTable table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<HeaderCell>> headerRows() {
        return headerRows;
    }

    public int headerDepth() {
        return headerRows.size();
    }

    public List<Row> rows() {
        return ReportOutline.listOf(table.rows());
    }

    public String note() {
        return table.note() == null ? "" : table.note();
    }

    /** A row with no figures is a heading such as "三、本年度办理结果" that introduces the rows below it. */
    public static boolean isHeading(Row row) {
        return row.cells() == null || row.cells().isEmpty();
    }

    /** The row's cells in column order; a column the row has no cell for gives null (printed blank). */
    public List<Cell> cellsOf(Row row) {
        Map<String, Cell> byColumn = new HashMap<>();
        for (Cell cell : ReportOutline.listOf(row.cells())) {
            byColumn.putIfAbsent(cell.column(), cell);
        }
        List<Cell> ordered = new ArrayList<>(columns.size());
        for (Column column : columns) {
            ordered.add(byColumn.get(column.code()));
        }
        return ordered;
    }

    public static String textOf(Cell cell) {
        return cell == null || cell.text() == null ? "" : cell.text();
    }

    /** Only web links are printed as links, so a report can never carry a script URL into a page. */
    public static String safeLink(Cell cell) {
        if (cell == null || cell.link() == null) {
            return null;
        }
        String link = cell.link().strip();
        String lower = link.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/") ? link : null;
    }

    /**
     * The link a document meant for the public may carry: only the public list of proactive disclosures answers without a
     * token; every other record list, statistics or contributions link would greet a reader of the DOCX or XLSX with 401.
     */
    public static String publicLink(Cell cell) {
        String link = safeLink(cell);
        return link != null && link.contains("/api/v1/disclosures") ? link : null;
    }

    private static List<List<HeaderCell>> layout(List<Column> columns) {
        boolean grouped = columns.stream().anyMatch(c -> c.group() != null && !c.group().isBlank());
        List<HeaderCell> top = new ArrayList<>();
        if (!grouped) {
            for (int i = 0; i < columns.size(); i++) {
                top.add(new HeaderCell(columns.get(i).label(), i, 1, 1));
            }
            return List.of(top);
        }
        List<HeaderCell> bottom = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            String group = groupOf(columns.get(i));
            if (group == null) {
                top.add(new HeaderCell(columns.get(i).label(), i, 1, 2));
                i++;
                continue;
            }
            int first = i;
            while (i < columns.size() && Objects.equals(group, groupOf(columns.get(i)))) {
                bottom.add(new HeaderCell(columns.get(i).label(), i, 1, 1));
                i++;
            }
            top.add(new HeaderCell(group, first, i - first, 1));
        }
        return List.of(top, bottom);
    }

    private static String groupOf(Column column) {
        return column.group() == null || column.group().isBlank() ? null : column.group();
    }
}
