package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.SubtreeEntry;
import cn.gov.opendata.report.agency.service.AgencyDirectory;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.config.SourcesConfig;
import cn.gov.opendata.report.format.FigureLinks;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.format.FormatInput;
import cn.gov.opendata.report.format.LegacyFormat;
import cn.gov.opendata.report.format.NationalEdition;
import cn.gov.opendata.report.format.ScopeFigures;
import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
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
import java.util.Map;
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
        if (LegacyFormat.FIGURES_TABLE.equals(table)) {
            return legacy(agencyCode, year, row, column);
        }
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

    /**
     * A figure of the legacy format over a subtree, split by agency: each agency's value of the same figure in its own
     * report (SELF), with that report's link. The websites of the agencies under the report agency (OTHER_SITES) are
     * each agency's website items but the report agency's own.
     */
    private Contributions legacy(String agencyCode, int year, String row, String column) {
        Agency agency = agencies.require(agencyCode);
        boolean otherSites = "OTHER_SITES".equals(row);
        String own = otherSites ? "CHANNEL_WEBSITE" : row;
        List<SubtreeEntry> subtree = directory.subtree(agency.code);
        YearStatistics now = fetcher.fetch(List.of(year)).years().get(year);
        // a figure is split when the subtree's report prints it (some are printed only when not zero)
        ScopeFigures all = SubtreeAggregator.sum(now, subtree.stream().map(SubtreeEntry::code).toList());
        if (!"VALUE".equals(column) || LegacyFormat.SINGLE_AGENCY_FIGURES.contains(row)
                || legacyCell(agency.code, agency.name, agency.kind, all, year, row, ReportScope.SUBTREE) == null) {
            throw ApiException.badRequest("row", "No figure " + row + " / " + column + " in this legacy report to split by agency");
        }
        Set<String> silent = new HashSet<>(SubtreeAggregator.withoutRecords(now, subtree.stream().map(SubtreeEntry::code).toList()));
        List<Contribution> contributions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SubtreeEntry entry : subtree) {
            if (silent.contains(entry.code()) || (otherSites && entry.code().equals(agency.code))) {
                continue;
            }
            Cell cell = legacyCell(entry.code(), entry.name(), entry.kind(), SubtreeAggregator.sum(now, List.of(entry.code())), year,
                    own, ReportScope.SELF);
            BigDecimal value = cell == null ? BigDecimal.ZERO : new BigDecimal(cell.text());
            if (value.signum() == 0) {
                continue;
            }
            total = total.add(value);
            contributions.add(new Contribution(entry.code(), entry.name(), value, cell.link()));
        }
        contributions.sort(Comparator.comparing(Contribution::value).reversed().thenComparing(Contribution::agency));
        return new Contributions(agency.code, year, LegacyFormat.FIGURES_TABLE, row, column, total, contributions);
    }

    /** One cell of a report's tables, by its codes. */
    public record CellRef(String table, String row, String column) {
    }

    /**
     * The contributions to several cells of one report at once, as {@link #of} gives each: one fetch of the
     * statistics and one computation per agency of the subtree, however many cells (a published report freezes all of
     * its linked cells' contributions). The cells are a report's own links, so they are not checked again.
     */
    public java.util.Map<CellRef, Contributions> all(String agencyCode, int year, ReportFormat format, List<CellRef> cells) {
        Agency agency = agencies.require(agencyCode);
        NationalEdition edition = NationalEdition.of(format);
        List<SubtreeEntry> subtree = directory.subtree(agency.code);
        YearStatistics now = fetcher.fetch(List.of(year)).years().get(year);
        Set<String> silent = new HashSet<>(SubtreeAggregator.withoutRecords(now, subtree.stream().map(SubtreeEntry::code).toList()));
        java.util.Map<CellRef, List<Contribution>> lists = new java.util.LinkedHashMap<>();
        cells.forEach(cell -> lists.put(cell, new ArrayList<>()));
        for (SubtreeEntry entry : subtree) {
            if (silent.contains(entry.code())) {
                continue;
            }
            ScopeFigures own = SubtreeAggregator.sum(now, List.of(entry.code()));
            Map<String, Grid> grids = null;
            Map<String, Cell> legacy = null;
            for (CellRef cell : cells) {
                BigDecimal value;
                String link;
                if (LegacyFormat.FIGURES_TABLE.equals(cell.table())) {
                    boolean otherSites = "OTHER_SITES".equals(cell.row());
                    if (otherSites && entry.code().equals(agency.code)) {
                        continue;
                    }
                    legacy = legacy != null ? legacy : legacyCells(entry.code(), entry.name(), entry.kind(), own, year);
                    Cell found = legacy.get(otherSites ? "CHANNEL_WEBSITE" : cell.row());
                    value = found == null ? BigDecimal.ZERO : new BigDecimal(found.text());
                    link = found == null ? null : found.link();
                } else {
                    grids = grids != null ? grids : NationalTables.compute(own, edition);
                    Grid grid = grids.get(cell.table());
                    value = grid == null ? null : grid.get(cell.row(), cell.column());
                    link = value == null || value.signum() == 0 ? null : NationalFormat.sourceLink(edition, cell.table(),
                            cell.row(), cell.column(), links(List.of(entry.code()), year)).orElse(null);
                }
                if (value != null && value.signum() != 0) {
                    lists.get(cell).add(new Contribution(entry.code(), entry.name(), value, link));
                }
            }
        }
        java.util.Map<CellRef, Contributions> result = new java.util.LinkedHashMap<>();
        lists.forEach((cell, list) -> {
            list.sort(Comparator.comparing(Contribution::value).reversed().thenComparing(Contribution::agency));
            BigDecimal total = list.stream().map(Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            result.put(cell, new Contributions(agency.code, year, cell.table(), cell.row(), cell.column(), total, list));
        });
        return result;
    }

    /** Every VALUE cell of the agency's own legacy report, by row code. */
    private Map<String, Cell> legacyCells(String code, String name, AgencyKind kind, ScopeFigures figures, int year) {
        FigureLinks links = links(List.of(code), year);
        FormatInput input = new FormatInput(code, name, kind, year, ReportScope.SELF, ReportSettings.defaults(), figures,
                ScopeFigures.EMPTY, figures, ScopeFigures.EMPTY, Map.of(), List.of(), links,
                NationalTables.compute(figures), NationalTables.compute(ScopeFigures.EMPTY));
        Map<String, Cell> cells = new java.util.HashMap<>();
        LegacyFormat.render(input).tables().forEach(t -> t.rows().forEach(r -> r.cells().stream()
                .filter(c -> "VALUE".equals(c.column())).findFirst().ifPresent(c -> cells.putIfAbsent(r.code(), c))));
        return cells;
    }

    /** The VALUE cell of one figure in the agency's own legacy report, or null when the format has no such figure. */
    private Cell legacyCell(String code, String name, AgencyKind kind, ScopeFigures figures, int year, String row, ReportScope scope) {
        FigureLinks links = links(List.of(code), year);
        FormatInput input = new FormatInput(code, name, kind, year, scope, ReportSettings.defaults(), figures,
                ScopeFigures.EMPTY, figures, ScopeFigures.EMPTY, Map.of(), List.of(), links,
                NationalTables.compute(figures), NationalTables.compute(ScopeFigures.EMPTY));
        return LegacyFormat.render(input).tables().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.code().equals(row)).flatMap(r -> r.cells().stream())
                .filter(c -> "VALUE".equals(c.column())).findFirst().orElse(null);
    }

    private FigureLinks links(List<String> codes, int year) {
        return new FigureLinks(sources.disclosure().publicUrl(), sources.application().publicUrl(),
                sources.appeals().publicUrl(), codes, year);
    }
}
