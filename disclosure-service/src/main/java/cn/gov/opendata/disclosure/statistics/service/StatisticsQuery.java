package cn.gov.opendata.disclosure.statistics.service;

import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.tally.TallyKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a year's figures from the maintained aggregates in one statement (one snapshot): items by agency-year,
 * normative acts as running totals up to the year, and the tallies. Agencies without any figure are left out.
 */
@ApplicationScoped
public class StatisticsQuery {

    static final List<Category> ACTS = List.of(Category.REGULATION, Category.NORMATIVE_DOCUMENT);
    static final int COUNTS = 1 + Channel.values().length + Category.values().length;
    /** Per kind: issued, repealed, in force, published in the year, published up to its end. */
    static final int PER_ACT = 5;
    static final int ACT_FIGURES = PER_ACT * ACTS.size();

    private static final String CATALOGUES = Arrays.stream(TallyKind.values()).filter(TallyKind::isCatalogue)
            .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));

    private static final String ALL = sql(false);
    private static final String NARROWED = sql(true);

    @Inject
    AgroalDataSource dataSource;

    List<AgencyFigureRow> rows(int year, List<String> agencies) {
        boolean narrowed = agencies != null && !agencies.isEmpty();
        List<AgencyFigureRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(narrowed ? NARROWED : ALL)) {
            Array codes = narrowed ? connection.createArrayOf("varchar", agencies.toArray()) : null;
            int p = 1;
            statement.setInt(p++, year);
            if (narrowed) {
                statement.setArray(p++, codes);
            }
            for (int i = 0; i < ACTS.size() * 2 + 1; i++) {
                statement.setInt(p++, year);
            }
            if (narrowed) {
                statement.setArray(p++, codes);
            }
            statement.setInt(p++, year);
            if (narrowed) {
                statement.setArray(p++, codes);
            }
            statement.setInt(p++, year);
            if (narrowed) {
                statement.setArray(p++, codes);
            }
            statement.setInt(p++, year - 1);
            if (narrowed) {
                statement.setArray(p++, codes);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    AgencyFigureRow row = read(result);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the statistics for " + year + " failed", e);
        }
        return rows;
    }

    private static AgencyFigureRow read(ResultSet result) throws SQLException {
        int column = 1;
        String agency = result.getString(column++);
        long[] counts = new long[COUNTS];
        for (int i = 0; i < COUNTS; i++) {
            counts[i] = result.getLong(column++);
        }
        long[] acts = new long[ACT_FIGURES];
        boolean anyAct = false;
        for (int i = 0; i < ACT_FIGURES; i++) {
            acts[i] = result.getLong(column++);
            anyAct |= acts[i] != 0;
        }
        Array kinds = result.getArray(column++);
        Array values = result.getArray(column++);
        Array kindsBefore = result.getArray(column++);
        Array valuesBefore = result.getArray(column);
        if (counts[0] == 0 && !anyAct && kinds == null && kindsBefore == null) {
            return null;
        }
        return new AgencyFigureRow(agency, counts, acts,
                kinds == null ? new String[0] : (String[]) kinds.getArray(),
                values == null ? new BigDecimal[0] : (BigDecimal[]) values.getArray(),
                kindsBefore == null ? new String[0] : (String[]) kindsBefore.getArray(),
                valuesBefore == null ? new BigDecimal[0] : (BigDecimal[]) valuesBefore.getArray());
    }

    static String sql(boolean narrowed) {
        String byAgency = narrowed ? " AND agency = ANY(?)" : "";
        StringBuilder acts = new StringBuilder();
        List<String> actColumns = new ArrayList<>();
        StringBuilder published = new StringBuilder();
        List<String> publishedFilter = new ArrayList<>();
        for (Category category : ACTS) {
            String prefix = lower(category);
            acts.append(", sum(issued) FILTER (WHERE category = '").append(category).append("' AND year = ?) AS ")
                    .append(prefix).append("_issued")
                    .append(", sum(repealed) FILTER (WHERE category = '").append(category).append("' AND year = ?) AS ")
                    .append(prefix).append("_repealed")
                    .append(", sum(issued - repealed) FILTER (WHERE category = '").append(category).append("') AS ")
                    .append(prefix).append("_in_force");
            // the trial format counts acts by publication too: this year's are among the year's items, and the running
            // total of every year's up to this one is 对外公开总数量
            published.append(", sum(category_").append(prefix).append(") AS ").append(prefix).append("_published_total");
            publishedFilter.add("category_" + prefix + " > 0");
            actColumns.addAll(List.of("a." + prefix + "_issued", "a." + prefix + "_repealed", "a." + prefix + "_in_force",
                    "i.category_" + prefix, "p." + prefix + "_published_total"));
        }
        List<String> itemColumns = new ArrayList<>();
        itemColumns.add("i.items");
        Arrays.stream(Channel.values()).forEach(c -> itemColumns.add("i.channel_" + lower(c)));
        Arrays.stream(Category.values()).forEach(c -> itemColumns.add("i.category_" + lower(c)));
        // getLong reads SQL NULL (no row on that side of the join) as 0
        return "WITH i AS (SELECT * FROM item_year_figures WHERE year = ?" + byAgency + " AND items > 0), "
                + "a AS (SELECT agency" + acts + " FROM act_year_figures WHERE year <= ?" + byAgency + " GROUP BY agency), "
                + "p AS (SELECT agency" + published + " FROM item_year_figures WHERE year <= ?" + byAgency
                + " AND (" + String.join(" OR ", publishedFilter) + ") GROUP BY agency), "
                + "t AS (SELECT agency, array_agg(kind ORDER BY kind) AS tally_kinds, array_agg(value ORDER BY kind) AS tally_values"
                + " FROM tally WHERE year = ?" + byAgency + " GROUP BY agency), "
                // catalogue sizes at the end of the year before: where this year's catalogue columns start
                + "c AS (SELECT agency, array_agg(kind ORDER BY kind) AS kinds_before, array_agg(value ORDER BY kind) AS values_before"
                + " FROM tally WHERE year = ?" + byAgency + " AND NOT not_applicable AND kind IN (" + CATALOGUES + ")"
                + " GROUP BY agency) "
                + "SELECT coalesce(i.agency, a.agency, p.agency, t.agency, c.agency) AS agency, " + String.join(", ", itemColumns) + ", "
                + String.join(", ", actColumns) + ", t.tally_kinds, t.tally_values, c.kinds_before, c.values_before"
                + " FROM i FULL JOIN a ON a.agency = i.agency FULL JOIN p ON p.agency = coalesce(i.agency, a.agency)"
                + " FULL JOIN t ON t.agency = coalesce(i.agency, a.agency, p.agency)"
                + " FULL JOIN c ON c.agency = coalesce(i.agency, a.agency, p.agency, t.agency)"
                + " ORDER BY coalesce(i.agency, a.agency, p.agency, t.agency, c.agency) COLLATE \"C\"";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
