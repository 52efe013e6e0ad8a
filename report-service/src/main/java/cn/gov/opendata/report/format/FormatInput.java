package cn.gov.opendata.report.format;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;

import java.util.List;
import java.util.Map;

/**
 * Everything a format needs: the report's agency, year and settings, the summed figures of the year and of the year
 * before, the agency's own figures of both years (the legacy format prints the portal's own items), narratives by section code,
 * supplementary figures, the provenance links, and the national tables' numbers of both years (computed once per
 * report: the format prints them and the checks test them).
 */
public record FormatInput(
        String agency,
        String agencyName,
        AgencyKind agencyKind,
        int year,
        ReportScope scope,
        ReportSettings settings,
        ScopeFigures current,
        ScopeFigures previous,
        ScopeFigures own,
        ScopeFigures ownPrevious,
        Map<String, String> narratives,
        List<Supplement> supplements,
        FigureLinks links,
        Map<String, Grid> tables,
        Map<String, Grid> tablesBefore) {
}
