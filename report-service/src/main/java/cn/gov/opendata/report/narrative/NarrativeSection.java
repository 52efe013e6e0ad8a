package cn.gov.opendata.report.narrative;

/** The authored prose sections: 一 (overview), 五 (problems, both formats), 六 (other matters, national format only). */
public enum NarrativeSection {
    OVERVIEW,
    PROBLEMS,
    OTHER
}
