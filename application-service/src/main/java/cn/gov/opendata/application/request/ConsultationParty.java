package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is consulted: a third party (Art. 32) or another agency (Art. 34). */
@Schema(description = "征求意见对象 Who is consulted: THIRD_PARTY 第三方 · OTHER_AGENCY 其他机关")
public enum ConsultationParty {
    THIRD_PARTY,
    OTHER_AGENCY
}
