package cn.gov.opendata.report.model;

import java.util.List;

/**
 * A table with the official layout: columns (with an optional group header spanning several of them) and
 * rows (with an indentation level). {@code note} is the text of the corner cell or a footnote.
 */
public record ReportTable(String code, String title, List<Column> columns, List<Row> rows, String note) {
}
