package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.AppealsStatistics;
import cn.gov.opendata.report.client.ApplicationStatistics;
import cn.gov.opendata.report.client.DisclosureStatistics;

/** The three sources' answers for one year. */
public record YearStatistics(int year, DisclosureStatistics disclosure, ApplicationStatistics application, AppealsStatistics appeals) {
}
