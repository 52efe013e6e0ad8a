package cn.gov.opendata.report.format;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.DisclosureFigures;

/** The figures of one year summed over a report's scope, one part per source service. */
public record ScopeFigures(DisclosureFigures disclosure, ApplicationFigures application, AppealsFigures appeals) {

    public static final ScopeFigures EMPTY = new ScopeFigures(DisclosureFigures.EMPTY, ApplicationFigures.EMPTY, AppealsFigures.EMPTY);
}
