package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.assembly.FigureContributions;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.Report;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes, when a report is published, the per-agency contributions of every figure that links to them, so that
 * the snapshot stores them as they are now (issue 20: a published report's provenance is frozen with it).
 */
@ApplicationScoped
public class FrozenContributions {

    @Inject
    FigureContributions contributions;

    @Inject
    ObjectMapper json;

    /** The contributions of each linked figure of {@code report}, as the JSON the frozen link answers. */
    public Map<FrozenLinks.Figure, byte[]> of(Report report, List<FrozenLinks.Figure> figures) {
        Map<FrozenLinks.Figure, byte[]> frozen = new LinkedHashMap<>();
        if (figures.isEmpty()) {
            return frozen;
        }
        // a report's links name one tables format (none: the 2021 tables, as the live resource reads it)
        String format = figures.get(0).format();
        ReportFormat tables = format == null ? ReportFormat.NATIONAL_2021 : ReportFormat.valueOf(format);
        Map<FigureContributions.CellRef, FigureContributions.Contributions> all = contributions.all(report.agency(),
                report.year(), tables, figures.stream().map(f -> new FigureContributions.CellRef(f.table(), f.row(), f.column())).toList());
        for (FrozenLinks.Figure figure : figures) {
            try {
                frozen.put(figure, json.writeValueAsBytes(all.get(new FigureContributions.CellRef(figure.table(), figure.row(), figure.column()))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise the contributions of " + figure, e);
            }
        }
        return frozen;
    }
}
