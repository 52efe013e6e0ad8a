package cn.gov.opendata.application.request;

/** The applicant columns of table 三: 自然人, then 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
public enum ApplicantType {
    NATURAL_PERSON,
    COMMERCIAL,
    RESEARCH,
    SOCIAL_WELFARE,
    LEGAL_SERVICE,
    OTHER
}
