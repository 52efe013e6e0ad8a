package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant columns of table 三: 自然人, then 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
@Schema(description = "申请人类型 Applicant: NATURAL_PERSON 自然人 · COMMERCIAL 商业企业 · RESEARCH 科研机构 · SOCIAL_WELFARE 社会公益组织 · LEGAL_SERVICE 法律服务机构 · OTHER 其他")
public enum ApplicantType {
    NATURAL_PERSON,
    COMMERCIAL,
    RESEARCH,
    SOCIAL_WELFARE,
    LEGAL_SERVICE,
    OTHER
}
