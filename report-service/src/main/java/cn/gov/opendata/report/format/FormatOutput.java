package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Section;

import java.util.List;

/** What a format produces: its title, sections and tables. */
public record FormatOutput(String title, List<Section> sections, List<ReportTable> tables) {
}
