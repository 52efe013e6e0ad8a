package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The single outcome of a concluded request (DOMAIN.md §3.1); each maps to one row of each report format. */
@Schema(description = "办理结果 The reply's result (national format table 3 rows): ALREADY_PUBLIC 属于已主动公开范围 · DISCLOSED 予以公开 · PARTIALLY_DISCLOSED 部分公开 · WITHHELD_STATE_SECRET 不予公开：属于国家秘密 · WITHHELD_PROHIBITED_BY_LAW 不予公开：其他法律行政法规禁止公开 · WITHHELD_SECURITY_STABILITY 不予公开：危及“三安全一稳定” · WITHHELD_THIRD_PARTY 不予公开：保护第三方合法权益 · WITHHELD_INTERNAL_AFFAIRS 不予公开：属于三类内部事务信息 · WITHHELD_PROCESS_INFO 不予公开：属于四类过程性信息 · WITHHELD_ENFORCEMENT_FILE 不予公开：属于行政执法案卷 · SPECIAL_INQUIRY_PROCEDURE 不予公开：属于行政查询事项 · NOT_HELD 无法提供：本机关不掌握相关政府信息 · NOT_THIS_AGENCY 无法提供：非本机关信息 · NEEDS_NEW_PRODUCTION 无法提供：没有现成信息需要另行制作 · UNCLEAR_AFTER_CORRECTION 无法提供：补正后申请内容仍不明确 · PETITION_OR_COMPLAINT 不予处理：信访举报投诉类申请 · REPEATED_REQUEST 不予处理：重复申请 · PUBLISHED_MATERIAL 不予处理：要求提供公开出版物 · EXCESSIVE_REQUESTS 不予处理：无正当理由大量反复申请 · RECONFIRMATION 不予处理：要求行政机关确认或重新出具已获取信息 · ABANDONED_NO_CORRECTION 其他处理：逾期不补正、不再处理 · ABANDONED_NO_FEE 其他处理：逾期未缴费、不再处理 · OTHER 其他处理：其他")
public enum Outcome {
    ALREADY_PUBLIC,
    DISCLOSED,
    PARTIALLY_DISCLOSED,
    WITHHELD_STATE_SECRET,
    WITHHELD_PROHIBITED_BY_LAW,
    WITHHELD_SECURITY_STABILITY,
    WITHHELD_THIRD_PARTY,
    WITHHELD_INTERNAL_AFFAIRS,
    WITHHELD_PROCESS_INFO,
    WITHHELD_ENFORCEMENT_FILE,
    SPECIAL_INQUIRY_PROCEDURE,
    NOT_HELD,
    NOT_THIS_AGENCY,
    NEEDS_NEW_PRODUCTION,
    UNCLEAR_AFTER_CORRECTION,
    PETITION_OR_COMPLAINT,
    REPEATED_REQUEST,
    PUBLISHED_MATERIAL,
    EXCESSIVE_REQUESTS,
    RECONFIRMATION,
    ABANDONED_NO_CORRECTION,
    ABANDONED_NO_FEE,
    OTHER;

    public boolean isAbandonment() {
        return this == ABANDONED_NO_CORRECTION || this == ABANDONED_NO_FEE;
    }
}
