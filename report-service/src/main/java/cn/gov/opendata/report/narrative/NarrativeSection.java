package cn.gov.opendata.report.narrative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The authored prose sections: 一 (overview), 五 (problems, both formats), 六 (other matters, national format only). */
@Schema(description = "报告文字部分 A written section of the report: OVERVIEW 一、总体情况 · PROBLEMS 存在的主要问题及改进情况 · OTHER 其他需要报告的事项")
public enum NarrativeSection {
    OVERVIEW,
    PROBLEMS,
    OTHER
}
