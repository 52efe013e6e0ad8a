package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.request.Outcome;

import java.util.Optional;

/**
 * The article of the 条例 each letter rests on, by the law in force on the request's receipt date ({@link LawInForce},
 * DOMAIN.md §3, §3.3). One table, no I/O; the letters quote it word for word.
 */
public final class LegalBasis {

    /** The steps other than the reply that a letter tells the applicant (or a consulted party) about. */
    public enum Matter {
        RECEIPT_DATE, REPLY_PERIOD, CORRECTION, EXTENSION, THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION, FEE, COMPLAINT
    }

    private LegalBasis() {
    }

    /** The article for a step; empty where that law has no such step (the 2008 条例 knows no receipt rule, no 7-day correction, no consultation of another agency). */
    public static Optional<String> article(LawInForce law, Matter matter) {
        return Optional.ofNullable(law == LawInForce.REGULATION_2019 ? switch (matter) {
            case RECEIPT_DATE -> "第三十一条";
            case REPLY_PERIOD -> "第三十三条第二款";
            case CORRECTION -> "第三十条";
            case EXTENSION -> "第三十三条第二款";
            case THIRD_PARTY_CONSULTATION -> "第三十二条";
            case AGENCY_CONSULTATION -> "第三十四条";
            case FEE -> "第四十二条";
            case COMPLAINT -> "第五十一条";
        } : switch (matter) {
            case RECEIPT_DATE, AGENCY_CONSULTATION -> null;
            case REPLY_PERIOD -> "第二十四条第二款";
            case CORRECTION -> "第二十一条第（四）项";
            case EXTENSION -> "第二十四条第二款";
            case THIRD_PARTY_CONSULTATION -> "第二十三条";
            case FEE -> "第二十七条";
            case COMPLAINT -> "第三十三条";
        });
    }

    /**
     * The article(s) a reply with this outcome rests on. Empty for a withdrawal (OTHER): the applicant ended it, no
     * article decides it. Under the 2008 条例 the grounds the revised text spelled out (Art. 16, 35, 36(6), 38, 39)
     * fall under its general reply rule, Art. 21.
     */
    public static Optional<String> article(LawInForce law, Outcome outcome) {
        return Optional.ofNullable(law == LawInForce.REGULATION_2019 ? revised(outcome) : original(outcome));
    }

    private static String revised(Outcome outcome) {
        return switch (outcome) {
            case ALREADY_PUBLIC -> "第三十六条第（一）项";
            case DISCLOSED -> "第三十六条第（二）项";
            case PARTIALLY_DISCLOSED -> "第三十七条";
            case WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY -> "第十四条、第三十六条第（三）项";
            case WITHHELD_THIRD_PARTY -> "第十五条、第三十六条第（三）项";
            case WITHHELD_INTERNAL_AFFAIRS -> "第十六条第一款、第三十六条第（三）项";
            case WITHHELD_PROCESS_INFO, WITHHELD_ENFORCEMENT_FILE -> "第十六条第二款、第三十六条第（三）项";
            case SPECIAL_INQUIRY_PROCEDURE -> "第三十六条第（七）项";
            case NOT_HELD -> "第三十六条第（四）项";
            case NOT_THIS_AGENCY -> "第三十六条第（五）项";
            case NEEDS_NEW_PRODUCTION -> "第三十八条";
            case UNCLEAR_AFTER_CORRECTION, ABANDONED_NO_CORRECTION -> "第三十条";
            case PETITION_OR_COMPLAINT -> "第三十九条第一款";
            case REPEATED_REQUEST -> "第三十六条第（六）项";
            case PUBLISHED_MATERIAL -> "第三十九条第二款";
            case EXCESSIVE_REQUESTS -> "第三十五条";
            // asking to confirm or re-issue information already obtained is no request for existing government
            // information as Art. 2 defines it
            case RECONFIRMATION -> "第二条";
            case ABANDONED_NO_FEE -> "第四十二条";
            case OTHER -> null;
        };
    }

    private static String original(Outcome outcome) {
        return switch (outcome) {
            case ALREADY_PUBLIC, DISCLOSED -> "第二十一条第（一）项";
            case PARTIALLY_DISCLOSED -> "第二十二条";
            case WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_THIRD_PARTY -> "第十四条第四款、第二十一条第（二）项";
            case WITHHELD_SECURITY_STABILITY -> "第八条、第二十一条第（二）项";
            case WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFO, WITHHELD_ENFORCEMENT_FILE -> "第二十一条第（二）项";
            case NOT_HELD, NOT_THIS_AGENCY, NEEDS_NEW_PRODUCTION -> "第二十一条第（三）项";
            case UNCLEAR_AFTER_CORRECTION, ABANDONED_NO_CORRECTION -> "第二十一条第（四）项";
            case SPECIAL_INQUIRY_PROCEDURE, PETITION_OR_COMPLAINT, REPEATED_REQUEST, PUBLISHED_MATERIAL,
                 EXCESSIVE_REQUESTS, RECONFIRMATION -> "第二十一条";
            case ABANDONED_NO_FEE -> "第二十七条";
            case OTHER -> null;
        };
    }

    /** Fee notices also rest on the State Council's measures, in force from 2021-01-01. */
    public static final String FEE_MEASURES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    /** The applicant's remedies against a reply (行政复议法; 行政诉讼法 Art. 46). */
    public static final int RECONSIDERATION_DAYS = 60;
    public static final int LAWSUIT_MONTHS = 6;
}
