package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The official layout of a table, shared by every renderer so that all documents print the same header cells.
 *
 * <p>A header cell is found from each column's path: the table's banner ("申请人情况" over all of table 三), the levels
 * of its group ("行政诉讼 未经复议直接起诉" is two levels) and its own label. A label spans down to the last header row
 * when its path is shorter than the deepest one ("自然人" under "申请人情况"), a group spans across its columns. The
 * corner cell above the row labels spans every header row and holds the table's note.
 *
 * <p>A table whose level-0 heading rows each introduce rows that use only some of the columns (table 二: four
 * articles of 条例 Art. 20 with their own columns) is printed as that many small tables, one {@link Block} each,
 * titled by the heading row and headed by the block's own columns, as the official form does.
 */
public final class TableLayout {

    /** A header cell over the data columns {@code first .. first+colspan-1} (0-based, not counting the label column). */
    public record HeaderCell(String label, int first, int colspan, int rowspan) {
    }

    /** One printed table: an optional title row, the header rows over {@code columns}, then {@code rows}. */
    public record Block(String code, String title, List<Column> columns, List<List<HeaderCell>> headerRows, List<Row> rows) {

        public int headerDepth() {
            return headerRows.size();
        }

        /** The row's cells in this block's column order; a column the row has no cell for gives null (printed blank). */
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
    }

    /** Headers printed over all the columns of a table in the official forms, by table code. */
    private static final Map<String, String> BANNERS = Map.of("TABLE_3", "申请人情况");

    private final ReportTable table;
    private final List<Column> columns;
    private final List<Block> blocks;

    public TableLayout(ReportTable table) {
        this.table = table;
        this.columns = ReportOutline.listOf(table.columns());
        this.blocks = split(table, columns);
    }

    public ReportTable table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The tables to print: one for most tables, one per article for table 二. */
    public List<Block> blocks() {
        return blocks;
    }

    public List<Row> rows() {
        return ReportOutline.listOf(table.rows());
    }

    public String note() {
        return table.note() == null ? "" : table.note();
    }

    /** The widest number of data columns any block prints (the label column not counted). */
    public int widestBlock() {
        return blocks.stream().mapToInt(b -> b.columns().size()).max().orElse(0);
    }

    /** A row with no figures is a heading such as "三、本年度办理结果" that introduces the rows below it. */
    public static boolean isHeading(Row row) {
        return row.cells() == null || row.cells().isEmpty();
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

    private static List<Block> split(ReportTable table, List<Column> columns) {
        String banner = BANNERS.get(table.code());
        List<Row> rows = ReportOutline.listOf(table.rows());
        List<List<Row>> segments = new ArrayList<>();
        if (!rows.isEmpty() && isHeading(rows.get(0)) && rows.get(0).level() == 0) {
            for (Row row : rows) {
                if (isHeading(row) && row.level() == 0) {
                    segments.add(new ArrayList<>());
                }
                segments.get(segments.size() - 1).add(row);
            }
        }
        boolean narrower = segments.size() > 1 && segments.stream().anyMatch(s -> used(s, columns).size() < columns.size());
        if (!narrower) {
            return List.of(new Block(table.code(), null, columns, headerRows(columns, banner), rows));
        }
        List<Block> blocks = new ArrayList<>();
        for (List<Row> segment : segments) {
            List<Column> own = used(segment, columns);
            Row heading = segment.get(0);
            blocks.add(new Block(heading.code(), heading.label(), own, headerRows(own, banner), segment.subList(1, segment.size())));
        }
        return blocks;
    }

    private static List<Column> used(List<Row> rows, List<Column> columns) {
        Set<String> codes = new LinkedHashSet<>();
        for (Row row : rows) {
            ReportOutline.listOf(row.cells()).forEach(c -> codes.add(c.column()));
        }
        return columns.stream().filter(c -> codes.contains(c.code())).toList();
    }

    /** A column's header path: banner, group levels ("行政诉讼 复议后起诉" or "行政诉讼：复议后起诉"), label. */
    static List<String> pathOf(Column column, String banner) {
        List<String> path = new ArrayList<>();
        if (banner != null) {
            path.add(banner);
        }
        if (column.group() != null && !column.group().isBlank()) {
            Arrays.stream(column.group().strip().split("[\\s：:]+")).filter(s -> !s.isBlank()).forEach(path::add);
        }
        path.add(column.label() == null ? "" : column.label());
        return path;
    }

    static List<List<HeaderCell>> headerRows(List<Column> columns, String banner) {
        List<List<String>> paths = columns.stream().map(c -> pathOf(c, banner)).toList();
        int depth = paths.stream().mapToInt(List::size).max().orElse(1);
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<HeaderCell> row = new ArrayList<>();
            int i = 0;
            while (i < paths.size()) {
                List<String> path = paths.get(i);
                if (path.size() <= level) {
                    i++;
                    continue;
                }
                if (level == path.size() - 1) {
                    row.add(new HeaderCell(path.get(level), i, 1, depth - level));
                    i++;
                    continue;
                }
                List<String> prefix = path.subList(0, level + 1);
                int first = i;
                while (i < paths.size() && paths.get(i).size() - 1 > level && paths.get(i).subList(0, level + 1).equals(prefix)) {
                    i++;
                }
                row.add(new HeaderCell(path.get(level), first, i - first, 1));
            }
            rows.add(row);
        }
        return rows;
    }
}
