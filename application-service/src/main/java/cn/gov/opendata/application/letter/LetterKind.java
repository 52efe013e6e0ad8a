package cn.gov.opendata.application.letter;

/** The letters a request's history calls for (DOMAIN.md §3.3), each with the title printed on it. */
public enum LetterKind {
    /** 登记回执 while receipt awaits confirmation, 受理回执 once received (Art. 31, 33). */
    RECEIPT("政府信息公开申请受理回执"),
    CORRECTION_NOTICE("政府信息公开申请补正告知书"),
    EXTENSION_NOTICE("政府信息公开延期答复告知书"),
    THIRD_PARTY_CONSULTATION("政府信息公开征求第三方意见书"),
    AGENCY_CONSULTATION("政府信息公开征求意见函"),
    FEE_NOTICE("政府信息公开信息处理费收费通知书"),
    REPLY("政府信息公开申请答复书");

    private final String title;

    LetterKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Letters to a consulted third party or agency go to someone other than the applicant and name no applicant. */
    public boolean toApplicant() {
        return this != THIRD_PARTY_CONSULTATION && this != AGENCY_CONSULTATION;
    }
}
