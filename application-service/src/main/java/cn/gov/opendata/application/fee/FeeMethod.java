package cn.gov.opendata.application.fee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two charging methods of 国办函〔2020〕109号; one per request. */
@Schema(description = "收费方式 How the information-processing fee is counted: PER_REQUEST 按件计收 · PER_VOLUME 按量计收")
public enum FeeMethod {
    /** 按件: by the applicant's count of requests in the calendar month. */
    PER_REQUEST,
    /** 按量: by the number of pages provided. */
    PER_VOLUME
}
