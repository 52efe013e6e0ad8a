package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.SubtreeEntry;
import cn.gov.opendata.report.agency.service.AgencyDirectory;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.baseline.Baseline;
import cn.gov.opendata.report.baseline.service.BaselineService;
import cn.gov.opendata.report.client.Source;
import cn.gov.opendata.report.config.SourcesConfig;
import cn.gov.opendata.report.format.FigureLinks;
import cn.gov.opendata.report.format.FormatInput;
import cn.gov.opendata.report.format.FormatOutput;
import cn.gov.opendata.report.format.LegacyFormat;
import cn.gov.opendata.report.format.NationalEdition;
import cn.gov.opendata.report.format.NationalFormat;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalTables;
import cn.gov.opendata.report.format.ReportChecks;
import cn.gov.opendata.report.format.ScopeFigures;
import cn.gov.opendata.report.format.Supplement;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.model.SourceInfo;
import cn.gov.opendata.report.narrative.service.NarrativeService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assembles a report: the scope's agencies from the directory, the statistics of the year and the year before from
 * the three sources (in parallel), the sums, the format's sections and tables, the checks and the sources used.
 * This is the entry point for every rendering of a report (JSON here; documents and snapshots elsewhere).
 */
@ApplicationScoped
public class ReportAssembler {

    private static final int LISTED = 50;

    @Inject
    AgencyService agencies;

    @Inject
    AgencyDirectory directory;

    @Inject
    NarrativeService narratives;

    @Inject
    StatisticsFetcher fetcher;

    @Inject
    ScopeSums scopeSums;

    @Inject
    SourcesConfig sourcesConfig;

    @Inject
    BaselineService baselines;

    @Inject
    RequestReferenceCheck requestReferences;

    /** Where readers reach this service: the base of the contributions links of large scopes. */
    @ConfigProperty(name = "report.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    public Report assemble(String agencyCode, int year, ReportFormat format, ReportScope scope, ReportSettings settings) {
        Agency agency = agencies.require(agencyCode);
        List<String> codes = scope == ReportScope.SELF
                ? List.of(agency.code)
                : directory.subtree(agency.code).stream().map(SubtreeEntry::code).toList();

        StatisticsFetcher.Fetched fetched = fetcher.fetch(List.of(year, year - 1));
        YearStatistics now = fetched.years().get(year);
        YearStatistics before = fetched.years().get(year - 1);

        ScopeSums.Sums sums = scopeSums.of(now, before, agency.code, codes, directory.allCodes());
        ScopeFigures current = sums.current();
        ScopeFigures previous = sums.previous();
        FigureLinks links = new FigureLinks(sourcesConfig.disclosure().publicUrl(), sourcesConfig.application().publicUrl(),
                sourcesConfig.appeals().publicUrl(), codes, year,
                trimmed(publicUrl) + "/api/v1/reports/" + agency.code + "/" + year + "/contributions"
                        + (format == ReportFormat.NATIONAL_2021 ? "" : "?format=" + format));
        Map<String, String> texts = new HashMap<>();
        narratives.texts(agency.code, year).forEach((section, text) -> texts.put(section.name(), text));
        List<Supplement> supplements = narratives.figures(agency.code, year).stream()
                .map(f -> new Supplement(f.key, f.label, f.value, f.unit)).toList();

        // the legacy format prints prose, but its figures are still checked against the 2021 tables
        NationalEdition edition = NationalEdition.of(format);
        Map<String, Grid> tables = NationalTables.compute(current, edition);
        Map<String, Grid> tablesBefore = NationalTables.compute(previous, edition);
        // records always win: the published figures of last year stand in only where last year has no records at all
        boolean recordsBefore = SubtreeAggregator.withoutRecords(before, codes).size() < codes.size();
        Optional<Baseline> baseline = recordsBefore ? Optional.empty() : baselines.find(agency.code, year - 1, scope);
        if (baseline.isPresent()) {
            tablesBefore = baselines.grids(baseline.get());
        }
        FormatInput input = new FormatInput(agency.code, agency.name, agency.kind, year, scope, settings, current, previous,
                sums.own(), sums.ownPrevious(), texts, supplements, links, tables, tablesBefore);
        FormatOutput output = format == ReportFormat.LEGACY_2008 ? LegacyFormat.render(input) : NationalFormat.render(input, edition);

        List<Check> checks = new ArrayList<>();
        ReportChecks.formatInForce(format, year).ifPresent(checks::add);
        checks.addAll(ReportChecks.identities(tables, edition));
        checks.addAll(ReportChecks.yearOverYear(tables, tablesBefore, year));
        Map<String, Long> unknown = sums.unknownAgencies();
        if (!unknown.isEmpty()) {
            checks.add(ReportChecks.warning(ReportChecks.UNKNOWN_AGENCIES, "来源数据中有目录未收录的机关，未计入本报告 (agencies not in the directory): "
                    + listed(unknown.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList())));
        }
        List<String> silent = sums.withoutRecords();
        if (!silent.isEmpty()) {
            checks.add(ReportChecks.warning(ReportChecks.AGENCIES_WITHOUT_RECORDS, year + "年无任何记录的机关（可能尚未报送）"
                    + " (agencies with no records this year): " + listed(silent)));
        }

        requestReferences.check(now, codes).ifPresent(checks::add);

        baseline.ifPresent(b -> checks.add(ReportChecks.warning(ReportChecks.PREVIOUS_YEAR_PUBLISHED, (year - 1)
                + "年无记录，上年数据取自已公布的" + (year - 1) + "年报告（" + b.format + "，由 " + b.enteredBy + " 录入），非由记录计算"
                + " (last year's values are published figures, not computed from records)")));
        List<SourceInfo> sources = new ArrayList<>(List.of(
                source(Source.DISCLOSURE, sourcesConfig.disclosure().publicUrl(), year, fetched,
                        format == ReportFormat.LEGACY_2008 ? "section 二" : "table 二"),
                source(Source.APPLICATION, sourcesConfig.application().publicUrl(), year, fetched,
                        format == ReportFormat.LEGACY_2008 ? "section 三" : "table 三; section 六 fees"),
                source(Source.APPEALS, sourcesConfig.appeals().publicUrl(), year, fetched,
                        format == ReportFormat.LEGACY_2008 ? "section 四" : "table 四")));
        baseline.ifPresent(b -> sources.add(new SourceInfo("published figures", trimmed(publicUrl) + "/api/v1/baselines/"
                + agency.code + "/" + (year - 1) + "?scope=" + scope, "上年 values (" + (year - 1) + ", no records): the published "
                + b.format + " tables entered at " + b.enteredAt, 0)));
        Log.infof("Report %s/%d %s %s assembled over %d agencies with %d checks", agency.code, year, format, scope,
                codes.size(), checks.size());
        return new Report(agency.code, agency.name, year, format, scope, output.title(), output.sections(), output.tables(),
                checks, sources, settings, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static SourceInfo source(Source source, String base, int year, StatisticsFetcher.Fetched fetched, String provided) {
        String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/statistics/" + year;
        return new SourceInfo(source.serviceName(), url, provided + " (" + year + " and " + (year - 1) + ")",
                fetched.millis().getOrDefault(source, 0L));
    }

    private static String trimmed(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " … (" + items.size() + " in all)" : shown;
    }
}
