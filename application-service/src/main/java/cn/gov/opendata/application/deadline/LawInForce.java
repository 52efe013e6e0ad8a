package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The regulation that governs a request: the one in force on its legal receipt date (DOMAIN.md §3). The revised
 * 《政府信息公开条例》 (国务院令第711号) took effect on 2019-05-15; a request received before that stays under the 2008
 * 条例 (国务院令第492号) for its whole life, including when it is imported years later.
 */
@Schema(description = "适用条例 The regulation a request is handled under: REGULATION_2008 2008年《政府信息公开条例》（国务院令第492号，答复期限15个工作日） · REGULATION_2019 2019年修订的《政府信息公开条例》（国务院令第711号，2019年5月15日起，答复期限20个工作日）")
public enum LawInForce {

    /** 2008 条例: reply within 15 working days, one extension of up to 15 (old Art. 24). */
    REGULATION_2008("国务院令第492号", 15, 15, "第24条", "第24条", "第21条", "第23条、第24条", "第24条", "第27条"),
    /** 2019 条例: reply within 20 working days, one extension of up to 20 (Art. 33 para. 2); consulting is not counted (para. 3). */
    REGULATION_2019("国务院令第711号", 20, 20, "第31条、第33条", "第33条第2款", "第30条", "第32条、第33条第3款",
            "第34条、第33条第3款", "第42条");

    public static final LocalDate REGULATION_2019_EFFECTIVE = LocalDate.of(2019, 5, 15);
    /** 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: its brackets apply to requests received from this day. */
    public static final LocalDate FEE_MEASURES_EFFECTIVE = LocalDate.of(2021, 1, 1);

    private final String decree;
    private final int replyWorkingDays;
    private final int maxExtensionWorkingDays;
    private final String receiptArticle;
    private final String extensionArticle;
    private final String correctionArticle;
    private final String thirdPartyArticle;
    private final String otherAgencyArticle;
    private final String feeArticle;

    LawInForce(String decree, int replyWorkingDays, int maxExtensionWorkingDays, String receiptArticle, String extensionArticle,
               String correctionArticle, String thirdPartyArticle, String otherAgencyArticle, String feeArticle) {
        this.decree = decree;
        this.replyWorkingDays = replyWorkingDays;
        this.maxExtensionWorkingDays = maxExtensionWorkingDays;
        this.receiptArticle = receiptArticle;
        this.extensionArticle = extensionArticle;
        this.correctionArticle = correctionArticle;
        this.thirdPartyArticle = thirdPartyArticle;
        this.otherAgencyArticle = otherAgencyArticle;
        this.feeArticle = feeArticle;
    }

    /** The regulation in force on the receipt date; before receipt (null) the one in force now governs planning. */
    public static LawInForce on(LocalDate receivedOn) {
        return receivedOn != null && receivedOn.isBefore(REGULATION_2019_EFFECTIVE) ? REGULATION_2008 : REGULATION_2019;
    }

    /** Whether the fee brackets of 国办函〔2020〕109号 may be charged on a request received on that day. */
    public static boolean feeBracketsApply(LocalDate receivedOn) {
        return receivedOn != null && !receivedOn.isBefore(FEE_MEASURES_EFFECTIVE);
    }

    public String decree() {
        return decree;
    }

    /** The regulation's full name as letters and messages cite it, e.g. "《中华人民共和国政府信息公开条例》（国务院令第711号）". */
    public String title() {
        return "《中华人民共和国政府信息公开条例》（" + decree + "）";
    }

    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    public int maxExtensionWorkingDays() {
        return maxExtensionWorkingDays;
    }

    public String receiptArticle() {
        return receiptArticle;
    }

    public String extensionArticle() {
        return extensionArticle;
    }

    public String correctionArticle() {
        return correctionArticle;
    }

    /** Consulting a third party, and the article saying the time spent does not count. */
    public String thirdPartyArticle() {
        return thirdPartyArticle;
    }

    /** Consulting another agency (2019: Art. 34), and the article saying the time spent does not count (Art. 33 para. 3). */
    public String otherAgencyArticle() {
        return otherAgencyArticle;
    }

    public String feeArticle() {
        return feeArticle;
    }

    /** Art. 35 (an unreasonable volume or frequency of requests) exists only in the 2019 条例. */
    public boolean allowsCustomReplyDate() {
        return this == REGULATION_2019;
    }

    /**
     * The 2019 条例 gives a consulted party 15 working days (Art. 32, 34), which bounds the time not counted (Art. 33
     * para. 3); the 2008 条例 sets no such period (old Art. 24: the time spent consulting is not counted).
     */
    public boolean boundsConsultation() {
        return this == REGULATION_2019;
    }

    /** The day a party consulted on {@code on} must answer by, where this law sets one (see {@link #boundsConsultation()}). */
    public Optional<LocalDate> consultationAnswerBy(WorkingDayCalendar calendar, LocalDate on) {
        return boundsConsultation() ? Optional.of(calendar.addWorkingDays(on, DeadlineCalculator.CONSULTATION_WORKING_DAYS))
                : Optional.empty();
    }

    /** Consulting another agency that made the information jointly (Art. 34) exists only in the 2019 条例. */
    public boolean knowsOtherAgencyConsultation() {
        return this == REGULATION_2019;
    }

    /** The 7-working-day limit for the single correction notice exists only in the 2019 条例 (Art. 30). */
    public boolean limitsCorrectionNotice() {
        return this == REGULATION_2019;
    }
}
