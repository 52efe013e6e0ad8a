package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.SubtreeEntry;
import cn.gov.opendata.report.agency.service.AgencyDirectory;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.config.SourcesConfig;
import cn.gov.opendata.report.format.FigureLinks;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalEdition;
import cn.gov.opendata.report.format.NationalFormat;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.format.NationalTables;
import cn.gov.opendata.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a subtree's figure comes from: each agency's own value of one cell of the national tables, with the link to
 * that agency's records. The cells of a report over a scope too large to list in a URL link here (see
 * {@link FigureLinks}), so provenance stays one click per level: subtree figure → agencies → records.
 */
@ApplicationScoped
public class FigureContributions {

    public record Contribution(String agency, String name, BigDecimal value, String link) {
    }

    public record Contributions(String agency, int year, String table, String row, String column, BigDecimal total,
                                List<Contribution> contributions) {
    }

    @Inject
    AgencyService agencies;

    @Inject
    AgencyDirectory directory;

    @Inject
    StatisticsFetcher fetcher;

    @Inject
    SourcesConfig sources;

    public Contributions of(String agencyCode, int year, String table, String row, String column) {
        return of(agencyCode, year, ReportFormat.NATIONAL_2021, table, row, column);
    }

    /** The contributions to a cell of the tables of {@code format} (the 2021 tables for the legacy format). */
    public Contributions of(String agencyCode, int year, ReportFormat format, String table, String row, String column) {
        NationalEdition edition = NationalEdition.of(format);
        Agency agency = agencies.require(agencyCode);
        if (NationalFormat.sourceLink(edition, table, row, column, links(List.of(agency.code), year)).isEmpty()) {
            throw ApiException.badRequest("table", "No cell " + table + " / " + row + " / " + column + " in the national tables");
        }
        List<SubtreeEntry> subtree = directory.subtree(agency.code);
        YearStatistics now = fetcher.fetch(List.of(year)).years().get(year);
        Set<String> silent = new HashSet<>(SubtreeAggregator.withoutRecords(now,
                subtree.stream().map(SubtreeEntry::code).toList()));
        List<Contribution> contributions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SubtreeEntry entry : subtree) {
            if (silent.contains(entry.code())) {
                continue;
            }
            Grid grid = NationalTables.compute(SubtreeAggregator.sum(now, List.of(entry.code())), edition).get(table);
            BigDecimal value = grid.get(row, column);
            if (value == null || value.signum() == 0) {
                continue;
            }
            total = total.add(value);
            String link = NationalFormat.sourceLink(edition, table, row, column, links(List.of(entry.code()), year)).orElseThrow();
            contributions.add(new Contribution(entry.code(), entry.name(), value, link));
        }
        contributions.sort(Comparator.comparing(Contribution::value).reversed().thenComparing(Contribution::agency));
        return new Contributions(agency.code, year, table, row, column, total, contributions);
    }

    private FigureLinks links(List<String> codes, int year) {
        return new FigureLinks(sources.disclosure().publicUrl(), sources.application().publicUrl(),
                sources.appeals().publicUrl(), codes, year);
    }
}
