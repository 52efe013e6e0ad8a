package cn.gov.opendata.application.fee;

/** The two charging methods of 国办函〔2020〕109号; one per request. */
public enum FeeMethod {
    /** 按件: by the applicant's count of requests in the calendar month. */
    PER_REQUEST,
    /** 按量: by the number of pages provided. */
    PER_VOLUME
}
