package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Entries of a request's history. */
@Schema(description = "办理事件 A step in a request's history: REGISTERED 登记 · RECEIPT_CONFIRMED 确认收到 · CORRECTION_NOTICE 补正告知 · CORRECTED 申请人补正 · EXTENSION 延期答复 · CONSULTATION_STARTED 征求意见开始 · CONSULTATION_ENDED 征求意见结束 · FEE_NOTICE 收费通知 · FEE_PAID 缴费 · CUSTOM_REPLY_DATE 另行约定答复期限 · REPLIED 答复 · ABANDONED 视为放弃 · WITHDRAWN 撤回申请 · IMPORTED 批量导入")
public enum EventType {
    REGISTERED,
    RECEIPT_CONFIRMED,
    CORRECTION_NOTICE,
    CORRECTED,
    EXTENSION,
    CONSULTATION_STARTED,
    CONSULTATION_ENDED,
    FEE_NOTICE,
    FEE_PAID,
    CUSTOM_REPLY_DATE,
    REPLIED,
    ABANDONED,
    WITHDRAWN,
    IMPORTED,
    /** A letter was served (送达); the letter and its document number are in the letters of the request. Moves no clock. */
    LETTER_DELIVERED
}
