package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown. Its tables cannot merge cells, so a grouped column is headed
 * "法人或其他组织：商业企业", row levels are indented with ideographic spaces, the corner note heads the label column
 * and table 二 is its four small tables, each under its article.
 */
@ApplicationScoped
public class MarkdownRenderer implements DocumentRenderer {

    private static final String INDENT = "\u3000";

    @Override
    public DocumentType type() {
        return DocumentType.MARKDOWN;
    }

    @Override
    public byte[] render(Report report) {
        return markdown(report).getBytes(StandardCharsets.UTF_8);
    }

    public String markdown(Report report) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("# ").append(inline(report.title())).append("\n\n");
        for (ReportOutline.Part part : ReportOutline.of(report)) {
            if (part.heading() != null) {
                out.append("## ").append(inline(part.heading())).append("\n\n");
            }
            for (Paragraph paragraph : part.paragraphs()) {
                if (paragraph.heading() != null && !paragraph.heading().isBlank()) {
                    out.append("### ").append(inline(paragraph.heading())).append("\n\n");
                }
                if (paragraph.text() != null) {
                    for (String line : paragraph.text().split("\\R")) {
                        if (!line.isBlank()) {
                            out.append(inline(line.strip())).append("\n\n");
                        }
                    }
                }
            }
            for (ReportTable table : part.tables()) {
                table(out, new TableLayout(table));
            }
        }
        List<Check> checks = ReportOutline.listOf(report.checks());
        if (!checks.isEmpty()) {
            out.append("## 报告检查结果\n\n");
            for (Check check : checks) {
                out.append("- **").append(Severities.label(check.severity())).append("** `")
                        .append(check.code() == null ? "" : check.code().replace("`", "'")).append("` ")
                        .append(inline(check.message())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, TableLayout layout) {
        if (layout.table().title() != null && !layout.table().title().isBlank()) {
            out.append("**").append(inline(layout.table().title())).append("**\n\n");
        }
        // Markdown has no corner cell of its own: the table's note heads the label column, as on the official form.
        String corner = layout.note().isBlank() ? "项目" : layout.note();
        for (TableLayout.Block block : layout.blocks()) {
            if (block.title() != null && !block.title().isBlank()) {
                out.append(inline(block.title())).append("\n\n");
            }
            out.append("| ").append(cellText(corner)).append(" |");
            for (Column column : block.columns()) {
                out.append(' ').append(cellText(String.join("：", headerPath(column)))).append(" |");
            }
            out.append("\n| --- |");
            out.append(" ---: |".repeat(block.columns().size()));
            out.append('\n');
            for (Row row : block.rows()) {
                String label = INDENT.repeat(Math.max(0, row.level())) + cellText(row.label());
                if (TableLayout.isHeading(row)) {
                    out.append("| **").append(label.strip()).append("** |").append(" |".repeat(block.columns().size())).append('\n');
                    continue;
                }
                out.append("| ").append(label).append(" |");
                for (Cell cell : block.cellsOf(row)) {
                    String text = cellText(TableLayout.textOf(cell));
                    String link = TableLayout.safeLink(cell);
                    if (link != null && !text.isEmpty()) {
                        text = "[" + text + "](" + link.replace(" ", "%20").replace(")", "%29").replace("(", "%28") + ")";
                    }
                    out.append(' ').append(text).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    /** A column's header as one line: its group levels, then its label ("法人或其他组织：商业企业"). */
    private static List<String> headerPath(Column column) {
        return TableLayout.pathOf(column, null);
    }

    /** Escapes what Markdown would read as markup (including raw HTML) in running text. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String cellText(String text) {
        return inline(text == null ? "" : text.replaceAll("\\R", " "));
    }
}
