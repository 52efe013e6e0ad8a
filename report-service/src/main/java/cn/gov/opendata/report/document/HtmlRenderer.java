package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A complete, printable A4 HTML page laid out like the official report; every text is escaped. */
@ApplicationScoped
public class HtmlRenderer implements DocumentRenderer {

    static final String STYLE = """
            @page { size: A4; margin: 25mm 20mm 22mm 20mm; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.75;
                   color: #000; background: #fff; max-width: 180mm; margin: 0 auto; padding: 12mm 6mm; }
            h1 { text-align: center; font-size: 18pt; font-weight: bold; margin: 0 0 1.2em; line-height: 1.4; }
            h2 { font-size: 14pt; font-weight: bold; margin: 1.2em 0 0.4em; }
            h3 { font-size: 12pt; font-weight: bold; margin: 0.8em 0 0.3em; }
            p { text-indent: 2em; margin: 0 0 0.4em; text-align: justify; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 10.5pt; line-height: 1.4; }
            caption { font-weight: bold; padding-bottom: 0.3em; }
            th, td { border: 1px solid #000; padding: 3px 4px; }
            th { font-weight: normal; text-align: center; vertical-align: middle; }
            th.corner { font-size: 9pt; text-align: left; vertical-align: top; }
            td.label { text-align: left; min-width: 8em; }
            td.indent0 { padding-left: 0.3em; } td.indent1 { padding-left: 1.8em; }
            td.indent2 { padding-left: 3.3em; } td.indent3 { padding-left: 4.8em; }
            .table-title { font-weight: bold; text-align: center; text-indent: 0; margin: 0.6em 0 0; }
            .table-set table { margin: 0 0 0.5em; }
            .table-set caption { text-align: left; font-weight: normal; }
            thead th { min-width: 2.2em; }
            td.heading { font-weight: bold; }
            td.num { text-align: center; white-space: nowrap; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            a { color: #0645ad; }
            .checks li { margin: 0.2em 0; }
            .checks .error { color: #b00020; }
            .checks .warning { color: #8a5a00; }
            @media print {
              body { max-width: none; padding: 0; }
              a, a:visited { color: inherit; text-decoration: none; }
              .checks { page-break-before: always; }
            }
            """;

    @Override
    public DocumentType type() {
        return DocumentType.HTML;
    }

    @Override
    public byte[] render(Report report) {
        return html(report).getBytes(StandardCharsets.UTF_8);
    }

    public String html(Report report) {
        return html(report, true, "");
    }

    /**
     * The page; {@code links} false leaves out the links to source records (a PDF goes out of the platform, where
     * those links lead nowhere). The markup is also well-formed XML (void elements closed), so the PDF renderer can
     * read it as XHTML; {@code extraStyle} is appended to the style sheet.
     */
    String html(Report report, boolean links, String extraStyle) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append(extraStyle).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        for (ReportOutline.Part part : ReportOutline.of(report)) {
            out.append("<section");
            attribute(out, "id", part.code());
            out.append(">\n");
            if (part.heading() != null) {
                out.append("<h2>").append(escape(part.heading())).append("</h2>\n");
            }
            for (Paragraph paragraph : part.paragraphs()) {
                paragraph(out, paragraph);
            }
            for (ReportTable table : part.tables()) {
                table(out, new TableLayout(table), links);
            }
            out.append("</section>\n");
        }
        checks(out, ReportOutline.listOf(report.checks()));
        return out.append("</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder out, Paragraph paragraph) {
        if (paragraph.heading() != null && !paragraph.heading().isBlank()) {
            out.append("<h3>").append(escape(paragraph.heading())).append("</h3>\n");
        }
        if (paragraph.text() == null) {
            return;
        }
        for (String line : paragraph.text().split("\\R")) {
            if (!line.isBlank()) {
                out.append("<p>").append(escape(line.strip())).append("</p>\n");
            }
        }
    }

    private static void table(StringBuilder out, TableLayout layout, boolean links) {
        ReportTable table = layout.table();
        List<TableLayout.Block> blocks = layout.blocks();
        boolean single = blocks.size() == 1;
        if (!single) {
            // Several small tables (table 二): one wrapper keeps the table's id and title for links and tests.
            out.append("<div class=\"table-set\"");
            attribute(out, "id", table.code());
            out.append(">\n");
            if (table.title() != null && !table.title().isBlank()) {
                out.append("<p class=\"table-title\">").append(escape(table.title())).append("</p>\n");
            }
        }
        for (TableLayout.Block block : blocks) {
            out.append("<table");
            attribute(out, "id", single ? table.code() : null);
            attribute(out, "data-block", single ? null : block.code());
            out.append(">\n");
            String caption = single ? table.title() : block.title();
            if (caption != null && !caption.isBlank()) {
                out.append("<caption>").append(escape(caption)).append("</caption>\n");
            }
            block(out, layout, block, links);
            out.append("</table>\n");
        }
        if (!single) {
            out.append("</div>\n");
        }
    }

    private static void block(StringBuilder out, TableLayout layout, TableLayout.Block block, boolean links) {
        out.append("<thead>\n");
        List<List<TableLayout.HeaderCell>> headerRows = block.headerRows();
        for (int r = 0; r < headerRows.size(); r++) {
            out.append("<tr>");
            if (r == 0) {
                out.append("<th class=\"corner\" scope=\"col\"");
                span(out, "rowspan", headerRows.size());
                out.append(">").append(escape(layout.note())).append("</th>");
            }
            for (TableLayout.HeaderCell header : headerRows.get(r)) {
                out.append("<th scope=\"col\"");
                span(out, "colspan", header.colspan());
                span(out, "rowspan", header.rowspan());
                out.append(">").append(escape(header.label())).append("</th>");
            }
            out.append("</tr>\n");
        }
        out.append("</thead>\n<tbody>\n");
        int width = block.columns().size() + 1;
        for (Row row : block.rows()) {
            String indent = " indent" + Math.min(3, Math.max(0, row.level()));
            out.append("<tr");
            attribute(out, "data-row", row.code());
            out.append(">");
            if (TableLayout.isHeading(row)) {
                out.append("<td class=\"label heading").append(indent).append("\" colspan=\"").append(width).append("\">")
                        .append(escape(row.label())).append("</td></tr>\n");
                continue;
            }
            out.append("<td class=\"label").append(indent).append("\">").append(escape(row.label())).append("</td>");
            for (Cell cell : block.cellsOf(row)) {
                out.append("<td class=\"num\"");
                if (cell != null) {
                    attribute(out, "data-column", cell.column());
                }
                out.append(">");
                String link = links ? TableLayout.safeLink(cell) : null;
                String text = escape(TableLayout.textOf(cell));
                if (link != null && !text.isEmpty()) {
                    out.append("<a href=\"").append(escape(link)).append("\">").append(text).append("</a>");
                } else {
                    out.append(text);
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
    }

    private static void checks(StringBuilder out, List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        out.append("<section class=\"checks\" id=\"checks\">\n<h2>报告检查结果</h2>\n<ul>\n");
        for (Check check : checks) {
            String css = check.severity() == Check.Severity.ERROR ? "error" : "warning";
            out.append("<li class=\"").append(css).append("\"><strong>").append(Severities.label(check.severity()))
                    .append("</strong> <code>").append(escape(check.code())).append("</code> ")
                    .append(escape(check.message())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static void span(StringBuilder out, String name, int count) {
        if (count > 1) {
            out.append(' ').append(name).append("=\"").append(count).append('"');
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
