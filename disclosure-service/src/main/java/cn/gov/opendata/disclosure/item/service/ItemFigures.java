package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.ItemFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Keeps the yearly figures (item_year_figures, act_year_figures) in step with the items, inside the writing
 * transaction, so that statistics read a few thousand aggregate rows instead of millions of items. Single writes
 * apply deltas; an import recounts the agency-years it touched from the items.
 */
@ApplicationScoped
public class ItemFigures {

    static final String ITEM_COLUMNS = "items, "
            + Arrays.stream(Channel.values()).map(ItemFigures::column).collect(Collectors.joining(", ")) + ", "
            + Arrays.stream(Category.values()).map(ItemFigures::column).collect(Collectors.joining(", "));

    private static final String ITEM_DELTA = "INSERT INTO item_year_figures (year, agency, " + ITEM_COLUMNS + ") VALUES (?, ?, "
            + "?, ".repeat(Channel.values().length + Category.values().length) + "?) ON CONFLICT (year, agency) DO UPDATE SET "
            + Arrays.stream(ITEM_COLUMNS.split(", ")).map(c -> c + " = item_year_figures." + c + " + EXCLUDED." + c)
            .collect(Collectors.joining(", "));

    private static final String ACT_DELTA = """
            INSERT INTO act_year_figures (year, agency, category, issued, repealed) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (year, agency, category) DO UPDATE SET issued = act_year_figures.issued + EXCLUDED.issued,
                repealed = act_year_figures.repealed + EXCLUDED.repealed""";

    /** Counts one agency-year's items from scratch; the same expressions as the deltas, so both always agree. */
    private static final String ITEM_RECOUNT_SELECT = "SELECT i.published_year, i.agency, count(*), "
            + Arrays.stream(Channel.values()).map(c -> "count(*) FILTER (WHERE i.channels & " + c.bit() + " <> 0)")
            .collect(Collectors.joining(", ")) + ", "
            + Arrays.stream(Category.values()).map(c -> "count(*) FILTER (WHERE i.category = '" + c.name() + "')")
            .collect(Collectors.joining(", "))
            + " FROM disclosure_item i";

    @Inject
    EntityManager em;

    static String column(Channel channel) {
        return "channel_" + channel.name().toLowerCase(Locale.ROOT);
    }

    static String column(Category category) {
        return "category_" + category.name().toLowerCase(Locale.ROOT);
    }

    public void add(ItemFacts facts) {
        apply(facts, 1);
    }

    public void remove(ItemFacts facts) {
        apply(facts, -1);
    }

    private void apply(ItemFacts facts, int sign) {
        Query items = em.createNativeQuery(ITEM_DELTA);
        int p = 1;
        items.setParameter(p++, facts.year());
        items.setParameter(p++, facts.agency());
        items.setParameter(p++, (long) sign);
        for (Channel channel : Channel.values()) {
            items.setParameter(p++, (facts.channelMask() & channel.bit()) != 0 ? (long) sign : 0L);
        }
        for (Category category : Category.values()) {
            items.setParameter(p++, facts.category() == category ? (long) sign : 0L);
        }
        items.executeUpdate();
        if (facts.category().isNormativeAct()) {
            actDelta(facts, facts.issuedOn().getYear(), sign, 0);
            if (facts.repealedOn() != null) {
                actDelta(facts, facts.repealedOn().getYear(), 0, sign);
            }
        }
    }

    private void actDelta(ItemFacts facts, int year, long issued, long repealed) {
        em.createNativeQuery(ACT_DELTA)
                .setParameter(1, year)
                .setParameter(2, facts.agency())
                .setParameter(3, facts.category().name())
                .setParameter(4, issued)
                .setParameter(5, repealed)
                .executeUpdate();
    }

    /**
     * Recounts, from the items, the agency-years listed in the temporary table {@code affected (agency, year)} and
     * the normative-act figures of those agencies. Takes a lock that makes concurrent single writes wait for the
     * commit, so none of their deltas can fall between the recount and the commit.
     */
    public void recount(Connection connection, String affectedTable) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("LOCK TABLE item_year_figures, act_year_figures IN SHARE ROW EXCLUSIVE MODE");
            sql.execute("CREATE TEMP TABLE recount_keys ON COMMIT DROP AS SELECT DISTINCT agency, year FROM " + affectedTable);
            sql.execute("ANALYZE recount_keys");
            sql.executeUpdate("DELETE FROM item_year_figures f USING recount_keys k WHERE f.year = k.year AND f.agency = k.agency");
            sql.executeUpdate("INSERT INTO item_year_figures (year, agency, " + ITEM_COLUMNS + ") " + ITEM_RECOUNT_SELECT
                    + " JOIN recount_keys k ON i.published_year = k.year AND i.agency = k.agency"
                    + " GROUP BY i.published_year, i.agency");
            sql.execute("CREATE TEMP TABLE recount_agencies ON COMMIT DROP AS SELECT DISTINCT agency FROM recount_keys");
            sql.executeUpdate("DELETE FROM act_year_figures f USING recount_agencies a WHERE f.agency = a.agency");
            sql.executeUpdate("""
                    INSERT INTO act_year_figures (year, agency, category, issued, repealed)
                    SELECT year, agency, category, sum(issued), sum(repealed) FROM (
                        SELECT EXTRACT(YEAR FROM i.issued_on)::int AS year, i.agency, i.category, 1 AS issued, 0 AS repealed
                          FROM disclosure_item i JOIN recount_agencies a ON i.agency = a.agency
                         WHERE i.category IN ('REGULATION', 'NORMATIVE_DOCUMENT')
                        UNION ALL
                        SELECT EXTRACT(YEAR FROM i.repealed_on)::int, i.agency, i.category, 0, 1
                          FROM disclosure_item i JOIN recount_agencies a ON i.agency = a.agency
                         WHERE i.category IN ('REGULATION', 'NORMATIVE_DOCUMENT') AND i.repealed_on IS NOT NULL
                    ) acts GROUP BY year, agency, category""");
        }
    }
}
