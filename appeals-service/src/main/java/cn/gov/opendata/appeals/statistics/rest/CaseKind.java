package cn.gov.opendata.appeals.statistics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of case that may name the information request they concern (a complaint names none). */
@Schema(description = "案件类别 Kind of case: RECONSIDERATION 行政复议 · LAWSUIT 行政诉讼")
public enum CaseKind {
    RECONSIDERATION,
    LAWSUIT
}
