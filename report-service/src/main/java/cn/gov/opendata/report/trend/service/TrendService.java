package cn.gov.opendata.report.trend.service;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.SubtreeEntry;
import cn.gov.opendata.report.agency.service.AgencyDirectory;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.assembly.StatisticsFetcher;
import cn.gov.opendata.report.assembly.SubtreeAggregator;
import cn.gov.opendata.report.assembly.YearStatistics;
import cn.gov.opendata.report.baseline.Baseline;
import cn.gov.opendata.report.baseline.service.BaselineService;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.trend.Trend;
import cn.gov.opendata.report.trend.TrendFigures;
import cn.gov.opendata.report.trend.TrendSource;
import cn.gov.opendata.report.trend.TrendYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An agency's figures year by year: a year in which anything happened in the scope (items, requests received or
 * concluded, appeals, complaints) is computed from its records, which always win; otherwise the year's baseline (the
 * published report of the agency and scope, entered by a supervisor) stands in, marked as such; otherwise the year is a
 * gap. Acts in force and catalogue sizes alone do not make a year recorded: the sources report them for every year
 * after the first, and the current year would be a fall to zero.
 */
@ApplicationScoped
public class TrendService {

    static final int YEARS_AT_ONCE = 3;

    @Inject
    AgencyService agencies;

    @Inject
    AgencyDirectory directory;

    @Inject
    StatisticsFetcher fetcher;

    @Inject
    BaselineService baselines;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Trend trend(String agencyCode, ReportScope scope, int from, int to) {
        Agency agency = agencies.require(agencyCode);
        List<String> codes = scope == ReportScope.SELF
                ? List.of(agency.code)
                : directory.subtree(agency.code).stream().map(SubtreeEntry::code).toList();
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        Map<Integer, YearStatistics> fetched = new HashMap<>();
        // a few years at a time: ten years at once would be thirty concurrent statistics calls against the sources
        for (int i = 0; i < years.size(); i += YEARS_AT_ONCE) {
            fetched.putAll(fetcher.fetch(years.subList(i, Math.min(i + YEARS_AT_ONCE, years.size()))).years());
        }
        List<TrendYear> out = new ArrayList<>(years.size());
        for (int year : years) {
            TrendFigures recorded = TrendFigures.of(SubtreeAggregator.sum(fetched.get(year), codes));
            if (recorded.anyActivity()) {
                out.add(new TrendYear(year, TrendSource.RECORDS, recorded, null));
                continue;
            }
            Optional<Baseline> baseline = baselines.find(agency.code, year, scope);
            out.add(baseline.map(b -> new TrendYear(year, TrendSource.BASELINE, TrendFigures.of(baselines.grids(b)), b.format))
                    .orElseGet(() -> new TrendYear(year, TrendSource.NONE, null, null)));
        }
        return new Trend(agency.code, agency.name, scope, from, to, out);
    }
}
