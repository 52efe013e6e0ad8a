package cn.gov.opendata.report.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Provenance: for each figure, the owning service's filtered list of the records behind it. The scope's agencies
 * are repeated as {@code agency=} parameters, so the list holds exactly the records that were counted — up to
 * {@link #MAX_LISTED_AGENCIES} agencies. A larger scope (a city, a province) would make URLs longer than servers
 * accept (a city's 465 codes are already ~10 kB, over the 4 kB request line) and multiply the report's size by its
 * agency count, so its cells link instead to the report-service's contributions of that figure: each agency's own
 * value, with its own link to the records.
 */
public final class FigureLinks {

    public static final int MAX_LISTED_AGENCIES = 40;
    /**
     * The longest source link printed: 2,000 characters, what every browser and proxy passes. Agency codes run to 64
     * characters, so 40 of them can exceed it; such a cell links to its contributions too.
     */
    public static final int MAX_URL_LENGTH = 2000;

    private final String disclosureBase;
    private final String applicationBase;
    private final String appealsBase;
    private final List<String> agencies;
    private final int year;
    private final String contributionsBase;

    public FigureLinks(String disclosureBase, String applicationBase, String appealsBase, List<String> agencies, int year) {
        this(disclosureBase, applicationBase, appealsBase, agencies, year, null);
    }

    /** {@code contributionsBase}: the report's contributions resource, used when the scope has too many agencies to list. */
    public FigureLinks(String disclosureBase, String applicationBase, String appealsBase, List<String> agencies, int year,
                       String contributionsBase) {
        this.disclosureBase = trim(disclosureBase);
        this.applicationBase = trim(applicationBase);
        this.appealsBase = trim(appealsBase);
        this.agencies = List.copyOf(agencies);
        this.year = year;
        this.contributionsBase = contributionsBase;
    }

    /**
     * The link of one table cell: the source's list ({@code sourceLink}) when the scope's agencies fit in a URL, else
     * the contributions of that cell.
     */
    public String cell(String table, String row, String column, Supplier<String> sourceLink) {
        if (contributionsBase == null) {
            return sourceLink.get();
        }
        if (agencies.size() <= MAX_LISTED_AGENCIES) {
            String source = sourceLink.get();
            if (source.length() <= MAX_URL_LENGTH) {
                return source;
            }
        }
        StringBuilder query = new StringBuilder();
        append(query, "table", table);
        append(query, "row", row);
        append(query, "column", column);
        return contributionsBase + (contributionsBase.contains("?") ? "&" : "?") + query;
    }

    /** Items published in the year; {@code filters} are name/value pairs such as "channel", "WEBSITE". */
    public String disclosures(String... filters) {
        return url(disclosureBase + "/api/v1/disclosures", agencies, "year", String.valueOf(year), filters);
    }

    /**
     * Normative acts of one kind selected by a year filter of the disclosure list on their legal dates or publication
     * ({@code issuedYear}, {@code repealedYear}, {@code inForceAtEndOf}, {@code publishedBy}), whatever the year they
     * were published in.
     */
    public String acts(String category, String yearFilter) {
        return url(disclosureBase + "/api/v1/disclosures", agencies, yearFilter, String.valueOf(year), "category", category);
    }

    /** Items of one agency only (the city portal's own website items). */
    public String disclosuresOf(String agency, String... filters) {
        return url(disclosureBase + "/api/v1/disclosures", List.of(agency), "year", String.valueOf(year), filters);
    }

    /** Yearly tallies and normative-act counts are not itemised as list entries: link to the statistics answer. */
    public String disclosureStatistics() {
        return url(disclosureBase + "/api/v1/statistics/" + year, agencies, null, null);
    }

    public String requests(String... filters) {
        return url(applicationBase + "/api/v1/requests", agencies, null, null, filters);
    }

    /** Reconsiderations filed in the year with any of the given results (all of them when none is given). */
    public String reconsiderations(String... results) {
        List<String> filters = new ArrayList<>();
        for (String result : results) {
            if (result != null) {
                filters.add("result");
                filters.add(result);
            }
        }
        return url(appealsBase + "/api/v1/reconsiderations", agencies, "filedYear", String.valueOf(year),
                filters.toArray(new String[0]));
    }

    /** Lawsuits filed in the year on one route (both when null) with any of the given results. */
    public String lawsuits(String route, String... results) {
        List<String> filters = new ArrayList<>();
        if (route != null) {
            filters.add("route");
            filters.add(route);
        }
        for (String result : results) {
            if (result != null) {
                filters.add("result");
                filters.add(result);
            }
        }
        return url(appealsBase + "/api/v1/lawsuits", agencies, "filedYear", String.valueOf(year), filters.toArray(new String[0]));
    }

    public String complaints() {
        return url(appealsBase + "/api/v1/complaints", agencies, "year", String.valueOf(year));
    }

    public int year() {
        return year;
    }

    private static String url(String path, List<String> agencies, String yearName, String yearValue, String... filters) {
        StringBuilder query = new StringBuilder();
        agencies.forEach(a -> append(query, "agency", a));
        if (yearName != null) {
            append(query, yearName, yearValue);
        }
        for (int i = 0; i + 1 < filters.length; i += 2) {
            append(query, filters[i], filters[i + 1]);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
