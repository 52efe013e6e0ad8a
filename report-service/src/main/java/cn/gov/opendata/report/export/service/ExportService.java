package cn.gov.opendata.report.export.service;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.assembly.StatisticsFetcher;
import cn.gov.opendata.report.assembly.SubtreeAggregator;
import cn.gov.opendata.report.assembly.YearStatistics;
import cn.gov.opendata.report.export.AgencyFigures;
import cn.gov.opendata.report.export.ProvincialExport;
import cn.gov.opendata.report.format.ScopeFigures;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the provincial export: one fetch of the year's statistics, each directory agency's own figures. */
@ApplicationScoped
public class ExportService {

    @Inject
    StatisticsFetcher fetcher;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvincialExport export(int year) {
        YearStatistics stats = fetcher.fetch(List.of(year)).years().get(year);
        List<Agency> agencies = Agency.listAll(Sort.by("code"));
        List<AgencyFigures> rows = new ArrayList<>(agencies.size());
        Set<String> known = new TreeSet<>();
        for (Agency agency : agencies) {
            known.add(agency.code);
            ScopeFigures own = SubtreeAggregator.sum(stats, List.of(agency.code));
            rows.add(new AgencyFigures(agency.code, agency.name, agency.kind, agency.parentCode,
                    AgencyFigures.Disclosure.of(own.disclosure()), own.application(), own.appeals()));
        }
        List<String> unknown = new ArrayList<>(SubtreeAggregator.unknownAgencies(stats, known).keySet());
        Log.infof("Provincial export %d: %d agencies, %d unknown codes", year, rows.size(), unknown.size());
        return new ProvincialExport(year, OffsetDateTime.now(ZoneOffset.UTC), rows, unknown);
    }
}
