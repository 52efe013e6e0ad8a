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
        for (FrozenLinks.Figure figure : figures) {
            ReportFormat tables = figure.format() == null ? ReportFormat.NATIONAL_2021 : ReportFormat.valueOf(figure.format());
            FigureContributions.Contributions split = contributions.of(report.agency(), report.year(), tables,
                    figure.table(), figure.row(), figure.column());
            try {
                frozen.put(figure, json.writeValueAsBytes(split));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise the contributions of " + figure, e);
            }
        }
        return frozen;
    }
}
