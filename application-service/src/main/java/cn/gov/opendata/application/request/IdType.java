package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of identity document an applicant gave. */
@Schema(description = "证件类型 The applicant's document: RESIDENT_ID 居民身份证 · PASSPORT 护照 · BUSINESS_LICENSE 营业执照 · OTHER 其他证件")
public enum IdType {
    RESIDENT_ID,
    PASSPORT,
    BUSINESS_LICENSE,
    OTHER
}
