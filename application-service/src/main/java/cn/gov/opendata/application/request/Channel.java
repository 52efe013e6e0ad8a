package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a request reached the agency: 网络, 信函, 当面, 传真. */
@Schema(description = "申请渠道 How the request arrived: ONLINE 网上申请 · LETTER 信函申请 · IN_PERSON 当面申请 · FAX 传真申请")
public enum Channel {
    ONLINE,
    LETTER,
    IN_PERSON,
    FAX
}
