package cn.gov.opendata.report.format;

import cn.gov.opendata.report.client.Fees;
import cn.gov.opendata.report.format.NationalLayout.Block;
import cn.gov.opendata.report.format.NationalLayout.Table3Row;
import cn.gov.opendata.report.format.NationalLayout.Table4Group;
import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import cn.gov.opendata.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.opendata.report.format.NationalLayout.CARRIED_FORWARD;
import static cn.gov.opendata.report.format.NationalLayout.CARRIED_OVER;
import static cn.gov.opendata.report.format.NationalLayout.CASES;
import static cn.gov.opendata.report.format.NationalLayout.CONCLUDED_TOTAL;
import static cn.gov.opendata.report.format.NationalLayout.RECEIVED;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_2;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_3;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_4;
import static cn.gov.opendata.report.format.NationalLayout.TOTAL;

/** The current national format (国办公开办函〔2021〕30号): six sections, tables 二 (four blocks), 三 and 四. */
public final class NationalFormat {

    public static final String OVERVIEW = "OVERVIEW";
    public static final String PROACTIVE = "PROACTIVE";
    public static final String REQUESTS = "REQUESTS";
    public static final String APPEALS = "APPEALS";
    public static final String PROBLEMS = "PROBLEMS";
    public static final String OTHER = "OTHER";

    private NationalFormat() {
    }

    public static FormatOutput render(FormatInput in) {
        return render(in, NationalEdition.NATIONAL_2021);
    }

    public static FormatOutput render(FormatInput in, NationalEdition edition) {
        Map<String, Grid> now = in.tables();
        Map<String, Grid> before = in.tablesBefore();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(table2(now.get(TABLE_2), before.get(TABLE_2), in.links(), edition));
        tables.add(table3(now.get(TABLE_3), before.get(TABLE_3), in.links(), edition));
        tables.add(table4(now.get(TABLE_4), before.get(TABLE_4), in.links()));

        // The fee statement comes first: a narrative ending "无其他需要报告的事项" must not be followed by fees.
        List<Paragraph> other = new ArrayList<>();
        if (edition.statesFees()) {
            other.add(new Paragraph(null, feeSentence(in.current().application().fees())));
        }
        other.addAll(Narratives.paragraphs(in.narratives(), OTHER));
        List<Section> sections = List.of(
                new Section(OVERVIEW, "一、总体情况", Narratives.paragraphs(in.narratives(), OVERVIEW), List.of()),
                new Section(PROACTIVE, "二、主动公开政府信息情况", List.of(), List.of(TABLE_2)),
                new Section(REQUESTS, "三、收到和处理政府信息公开申请情况", List.of(), List.of(TABLE_3)),
                new Section(APPEALS, "四、政府信息公开行政复议、行政诉讼情况", List.of(), List.of(TABLE_4)),
                new Section(PROBLEMS, edition.problemsHeading(), Narratives.paragraphs(in.narratives(), PROBLEMS), List.of()),
                new Section(OTHER, "六、其他需要报告的事项", other, List.of()));
        String title = in.agencyName() + in.year() + "年政府信息公开工作年度报告";
        return new FormatOutput(title, sections, tables);
    }

    /** The mandatory statement on 信息处理费 in section 六. */
    public static String feeSentence(Fees fees) {
        if (fees.requestsCharged() == 0 && fees.amountYuan().signum() == 0) {
            return "本年度未收取信息处理费。";
        }
        return "本年度收取信息处理费" + fees.requestsCharged() + "件，共计" + fees.amountYuan().toPlainString() + "元。";
    }

    /** Table 二 as one table: each block's heading row (the 条例 item), then its rows with cells in its own columns. */
    private static ReportTable table2(Grid now, Grid before, FigureLinks links, NationalEdition edition) {
        List<Row> rows = new ArrayList<>();
        for (Block block : edition.table2Blocks()) {
            rows.add(new Row(block.code(), block.title(), 0, List.of()));
            for (String[] row : block.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Column column : block.columns()) {
                    cells.add(Cells.fromGrids(now, before, row[0], column.code(),
                            links.cell(TABLE_2, row[0], column.code(), () -> table2Link(row[0], column.code(), links))));
                }
                rows.add(new Row(row[0], row[1], 1, cells));
            }
        }
        return new ReportTable(TABLE_2, "主动公开政府信息情况", edition.table2Columns(), rows, NationalLayout.TABLE_2_ROW_HEADING);
    }

    /**
     * The records behind a cell of table 二: the normative acts the column counts (by their legal dates or by
     * publication), or, for the tallies entered per agency, the statistics answer that holds them.
     */
    private static String table2Link(String row, String column, FigureLinks links) {
        if (!NationalLayout.REGULATION.equals(row) && !NationalLayout.NORMATIVE_DOCUMENT.equals(row)) {
            return links.disclosureStatistics();
        }
        return switch (column) {
            case NationalLayout.ISSUED -> links.acts(row, "issuedYear");
            case NationalLayout.REPEALED -> links.acts(row, "repealedYear");
            case NationalLayout.IN_FORCE -> links.acts(row, "inForceAtEndOf");
            case NationalLayout.PUBLISHED_TOTAL -> links.acts(row, "publishedBy");
            default -> links.disclosures("category", row);
        };
    }

    private static ReportTable table3(Grid now, Grid before, FigureLinks links, NationalEdition edition) {
        List<Row> rows = new ArrayList<>();
        for (Table3Row row : edition.table3Rows()) {
            if (row.heading()) {
                rows.add(new Row(row.code(), row.label(), row.level(), List.of()));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Column column : NationalLayout.TABLE_3_COLUMNS) {
                cells.add(Cells.fromGrids(now, before, row.code(), column.code(),
                        links.cell(TABLE_3, row.code(), column.code(), () -> table3Link(row, column.code(), links))));
            }
            rows.add(new Row(row.code(), row.label(), row.level(), cells));
        }
        return new ReportTable(TABLE_3, "收到和处理政府信息公开申请情况", NationalLayout.TABLE_3_COLUMNS, rows, NationalLayout.TABLE_3_NOTE);
    }

    private static String table3Link(Table3Row row, String column, FigureLinks links) {
        List<String> filters = new ArrayList<>();
        String year = String.valueOf(links.year());
        switch (row.code()) {
            case RECEIVED -> filters.addAll(List.of("receivedYear", year));
            case CARRIED_OVER -> filters.addAll(List.of("carriedOverInto", year));
            case CARRIED_FORWARD -> filters.addAll(List.of("openAtYearEnd", year));
            case CONCLUDED_TOTAL -> filters.addAll(List.of("concludedYear", year));
            default -> {
                filters.addAll(List.of("concludedYear", year));
                row.outcomes().forEach(o -> filters.addAll(List.of("outcome", o)));
            }
        }
        if (!TOTAL.equals(column)) {
            filters.addAll(List.of("applicantType", column));
        }
        return links.requests(filters.toArray(new String[0]));
    }

    private static ReportTable table4(Grid now, Grid before, FigureLinks links) {
        List<Cell> cells = new ArrayList<>();
        for (Table4Group group : NationalLayout.TABLE_4_GROUPS) {
            for (String result : table4Results()) {
                String code = group.prefix() + "_" + result;
                cells.add(Cells.fromGrids(now, before, CASES, code,
                        links.cell(TABLE_4, CASES, code, () -> table4Link(group, result, links))));
            }
        }
        return new ReportTable(TABLE_4, "政府信息公开行政复议、行政诉讼情况", NationalLayout.table4Columns(),
                List.of(new Row(CASES, "件数", 0, cells)), null);
    }

    private static String table4Link(Table4Group group, String result, FigureLinks links) {
        String filter = TOTAL.equals(result) ? null : result;
        return group.route() == null ? links.reconsiderations(filter) : links.lawsuits(group.route(), filter);
    }

    /**
     * The source link of one cell of tables 二, 三 or 四 (the records behind it, for the agencies of {@code links}),
     * or empty when the table has no such cell.
     */
    public static Optional<String> sourceLink(String table, String row, String column, FigureLinks links) {
        return sourceLink(NationalEdition.NATIONAL_2021, table, row, column, links);
    }

    public static Optional<String> sourceLink(NationalEdition edition, String table, String row, String column, FigureLinks links) {
        return switch (table) {
            case TABLE_2 -> edition.table2Blocks().stream()
                    .filter(b -> b.rows().stream().anyMatch(r -> r[0].equals(row))
                            && b.columns().stream().anyMatch(c -> c.code().equals(column)))
                    .findFirst().map(b -> table2Link(row, column, links));
            case TABLE_3 -> edition.table3Rows().stream()
                    .filter(r -> !r.heading() && r.code().equals(row)
                            && NationalLayout.TABLE_3_COLUMNS.stream().anyMatch(c -> c.code().equals(column)))
                    .findFirst().map(r -> table3Link(r, column, links));
            case TABLE_4 -> NationalLayout.TABLE_4_GROUPS.stream()
                    .flatMap(g -> table4Results().stream()
                            .filter(result -> CASES.equals(row) && column.equals(g.prefix() + "_" + result))
                            .map(result -> table4Link(g, result, links)))
                    .findFirst();
            default -> Optional.empty();
        };
    }

    /** The result columns of each group of table 四, then its total. */
    private static List<String> table4Results() {
        List<String> results = new ArrayList<>(NationalLayout.RESULTS);
        results.add(TOTAL);
        return results;
    }
}
