package cn.gov.opendata.report.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of body an agency is; informs wording only, never the arithmetic. */
@Schema(description = "机关类型 What an agency is: GOVERNMENT 人民政府 · DEPARTMENT 政府部门 · DISTRICT 区 · COUNTY 县（市） · TOWNSHIP 乡镇（街道） · OTHER 其他")
public enum AgencyKind {
    GOVERNMENT,
    DEPARTMENT,
    DISTRICT,
    COUNTY,
    TOWNSHIP,
    OTHER
}
