package cn.gov.opendata.application.request;

/** The kind of identity document an applicant gave. */
public enum IdType {
    RESIDENT_ID,
    PASSPORT,
    BUSINESS_LICENSE,
    OTHER
}
