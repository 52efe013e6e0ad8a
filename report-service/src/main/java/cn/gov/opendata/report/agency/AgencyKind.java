package cn.gov.opendata.report.agency;

/** What kind of body an agency is; informs wording only, never the arithmetic. */
public enum AgencyKind {
    GOVERNMENT,
    DEPARTMENT,
    DISTRICT,
    COUNTY,
    TOWNSHIP,
    OTHER
}
