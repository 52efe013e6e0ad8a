package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the reply deadline from a request's history under the regulation in force on its receipt date
 * ({@link LawInForce}: 2019 条例 Art. 30–35, or the 2008 条例 Art. 24 for requests received before 2019-05-15). Pure:
 * the same events, calendar and day always give the same answer, so the due date is never stored and never drifts
 * from the history.
 *
 * <p>The clock counts working days after its start (receipt, or the day a corrected request arrived). A pause
 * from day S to day E removes the working days in (S, E] from the count; a consultation removes at most 15
 * working days, an unpaid fee notice stops the clock with no end. A due date counted through a year whose official
 * calendar is not on record is provisional. An imported due date stands as recorded until a step recorded here moves the
 * clock; from then on it counts as the working days it gave plus what those steps add, and a correction restarts the
 * law's period. An Art. 35 date counts as the working days from the day it was set to it, so the days the clock stands
 * after that day move it as they move the law's period; a correction ends it (DOMAIN.md §3.4).
 */
public final class DeadlineCalculator {

    /** The 2019 条例's reply period (Art. 33 para. 2); the period of a given request is {@link LawInForce#replyWorkingDays()}. */
    public static final int BASE_WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    public static final int CONSULTATION_WORKING_DAYS = 15;
    public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;

    private static final int MAX_DAYS_WALKED = 20 * 366;

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Deadline calculate(List<ClockEvent> events, LocalDate asOf) {
        Clock clock = new Clock();
        List<DeadlineStep> steps = new ArrayList<>();
        for (ClockEvent event : events) {
            LocalDate before = clock.received == null ? null : clock.due();
            clock.apply(event);
            DeadlineStep step = clock.received == null ? null : step(event, clock, before);
            if (step != null) {
                steps.add(step);
            }
        }
        return clock.result(asOf, steps);
    }

    /** The due date of a request received on {@code receivedOn} with nothing else happening. */
    public LocalDate plainDueOn(LocalDate receivedOn, int workingDays) {
        return calendar.addWorkingDays(receivedOn, workingDays);
    }

    private DeadlineStep step(ClockEvent event, Clock clock, LocalDate before) {
        LocalDate after = clock.due();
        Integer shift = before == null || after == null ? null : signedWorkingDays(before, after);
        LawInForce law = clock.law;
        int base = law.replyWorkingDays();
        return switch (event.type()) {
            case REGISTERED -> event.receivedOn() == null ? null : new DeadlineStep("RECEIVED", event.receivedOn(), law.receiptArticle(),
                    base, null, after, "当面提交，提交之日即为收到申请之日；自次一工作日起算，应在" + base + "个工作日内答复");
            case RECEIPT_CONFIRMED -> new DeadlineStep("RECEIVED", event.on(), law.receiptArticle(), base, null, after,
                    "与申请人确认收到申请，确认之日即为收到申请之日；自次一工作日起算，应在" + base + "个工作日内答复");
            case IMPORTED -> new DeadlineStep("IMPORTED", event.receivedOn(), law.extensionArticle(),
                    null, null, after, event.dueOn() != null ? "导入的历史记录，答复期限以记录为准"
                    : "导入的历史记录，按收到申请之日计算答复期限" + (Boolean.TRUE.equals(event.extended())
                    ? "，含延长" + law.maxExtensionWorkingDays() + "个工作日" : ""));
            case CORRECTION_NOTICE -> new DeadlineStep("CORRECTION_NOTICE", event.on(), law.correctionArticle(), null, null, null,
                    "一次性告知申请人补正；答复期限停止计算，自收到补正后的申请之日起重新计算");
            case CORRECTED -> new DeadlineStep("CORRECTED", event.on(), law.correctionArticle(), base + clock.extension, null, after,
                    "收到补正后的申请；" + base + "个工作日的答复期限自当日重新起算");
            case EXTENSION -> new DeadlineStep("EXTENSION", event.on(), law.extensionArticle(), event.workingDays(), shift, after,
                    "经政府信息公开工作机构负责人同意，延长答复期限");
            case CONSULTATION_STARTED -> new DeadlineStep("CONSULTATION_STARTED", event.on(), article(law, event.party()),
                    clock.lastPausedWorkingDays(), shift, after,
                    (event.party() == ConsultationParty.OTHER_AGENCY ? "征求其他机关意见" : "征求第三方意见")
                            + "；所需时间不计算在答复期限内" + (law.boundsConsultation() ? "，最长15个工作日" : ""));
            case CONSULTATION_ENDED -> new DeadlineStep("CONSULTATION_ENDED", event.on(), article(law, clock.lastParty), clock.lastPausedWorkingDays(), shift, after,
                    "征求意见结束；不计入答复期限的工作日：" + clock.lastPausedWorkingDays());
            case FEE_NOTICE -> new DeadlineStep("FEE_NOTICE", event.on(), feeArticle(law, clock.received), null, null, null,
                    "发出收费通知；答复期限暂停计算，至申请人缴费之日恢复");
            case FEE_PAID -> new DeadlineStep("FEE_PAID", event.on(), feeArticle(law, clock.received), clock.lastPausedWorkingDays(), shift, after,
                    "申请人已缴费，答复期限恢复计算；暂停的工作日：" + clock.lastPausedWorkingDays());
            case CUSTOM_REPLY_DATE -> new DeadlineStep("CUSTOM_REPLY_DATE", event.on(), "第35条", shift, shift, after,
                    "申请的数量、频次明显超过合理范围，行政机关确定延迟答复的合理期限");
            default -> null;
        };
    }

    private static String feeArticle(LawInForce law, LocalDate received) {
        return LawInForce.feeBracketsApply(received) ? law.feeArticle() + "；国办函〔2020〕109号" : law.feeArticle();
    }

    private static String article(LawInForce law, ConsultationParty party) {
        return party == ConsultationParty.OTHER_AGENCY ? law.otherAgencyArticle() : law.thirdPartyArticle();
    }

    private int signedWorkingDays(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? -calendar.workingDaysBetween(to, from) : calendar.workingDaysBetween(from, to);
    }

    private static boolean displacesImportedDue(EventType type) {
        return switch (type) {
            case CORRECTION_NOTICE, CORRECTED, EXTENSION, CONSULTATION_STARTED, CONSULTATION_ENDED, FEE_NOTICE, FEE_PAID -> true;
            default -> false;
        };
    }

    /** A stretch whose working days do not count: (from, to]; {@code to == null} means no end yet. */
    private static final class Pause {
        final LocalDate from;
        LocalDate to;
        final boolean consultation;

        Pause(LocalDate from, LocalDate to, boolean consultation) {
            this.from = from;
            this.to = to;
            this.consultation = consultation;
        }

        boolean covers(LocalDate day) {
            return day.isAfter(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The replayed state of one request's clock. */
    private final class Clock {
        LawInForce law = LawInForce.REGULATION_2019;
        LocalDate received;
        LocalDate start;
        int extension;
        boolean extended;
        LocalDate custom;
        // an Art. 35 date runs as the working days from the day it was set to it (DOMAIN.md §3.4)
        LocalDate customSetOn;
        int customWorkingDays;
        LocalDate importedDue;
        // An imported due date stands as recorded until a step recorded here moves the clock (an extension, a pause, a
        // correction); from then on it counts as the reply period it gave (its working days less an extension already
        // in them), plus what those steps add.
        int importedPeriod;
        boolean movedSinceImport;
        LocalDate awaitingCorrectionSince;
        LocalDate concludedOn;
        ConsultationParty lastParty;
        Pause openConsultation;
        Pause openFee;
        Pause lastPause;
        final List<Pause> pauses = new ArrayList<>();

        void apply(ClockEvent e) {
            if (importedDue != null && displacesImportedDue(e.type())) {
                movedSinceImport = true;
            }
            switch (e.type()) {
                case REGISTERED -> {
                    if (e.receivedOn() != null) {
                        receive(e.receivedOn());
                    }
                }
                case RECEIPT_CONFIRMED -> receive(e.on());
                case IMPORTED -> {
                    receive(e.receivedOn());
                    extended = Boolean.TRUE.equals(e.extended());
                    extension = extended ? law.maxExtensionWorkingDays() : 0;
                    importedDue = e.dueOn();
                    importedPeriod = (importedDue == null || start == null ? 0 : clockDays(start, importedDue)) - extension;
                    concludedOn = e.concludedOn();
                }
                case CORRECTION_NOTICE -> awaitingCorrectionSince = e.on();
                case CORRECTED -> {
                    start = e.on();
                    awaitingCorrectionSince = null;
                    pauses.clear();
                    // the period runs afresh from the corrected request, as the law sets it (Art. 30): an imported
                    // date or an Art. 35 date set before ends here
                    importedDue = null;
                    custom = null;
                }
                case EXTENSION -> {
                    extension += e.workingDays() == null ? 0 : e.workingDays();
                    extended = true;
                }
                case CONSULTATION_STARTED -> {
                    if (openConsultation != null && openConsultation.to == null) {
                        // a 2008 consultation never ended on record: the next one ends it
                        openConsultation.to = e.on().isBefore(openConsultation.from) ? openConsultation.from : e.on();
                    }
                    lastParty = e.party();
                    openConsultation = new Pause(e.on(), law.consultationAnswerBy(calendar, e.on()).orElse(null), true);
                    pauses.add(openConsultation);
                    lastPause = openConsultation;
                }
                case CONSULTATION_ENDED -> {
                    if (openConsultation != null) {
                        if (openConsultation.to == null || e.on().isBefore(openConsultation.to)) {
                            openConsultation.to = e.on().isBefore(openConsultation.from) ? openConsultation.from : e.on();
                        }
                        lastPause = openConsultation;
                        openConsultation = null;
                    }
                }
                case FEE_NOTICE -> {
                    openFee = new Pause(e.on(), null, false);
                    pauses.add(openFee);
                    lastPause = openFee;
                }
                case FEE_PAID -> {
                    if (openFee != null) {
                        openFee.to = e.on().isBefore(openFee.from) ? openFee.from : e.on();
                        lastPause = openFee;
                        openFee = null;
                    }
                }
                case CUSTOM_REPLY_DATE -> {
                    custom = e.dueOn();
                    customSetOn = e.on();
                    customWorkingDays = calendar.workingDaysBetween(customSetOn, custom);
                }
                case REPLIED, WITHDRAWN -> concludedOn = e.on();
                // the day the applicant's window ran out, whenever the clerk records it (DOMAIN.md §3.2)
                case ABANDONED -> concludedOn = e.concludedOn() != null ? e.concludedOn() : e.on();
                default -> {
                }
            }
        }

        void receive(LocalDate day) {
            received = day;
            start = day;
            law = LawInForce.on(day);
        }

        Integer lastPausedWorkingDays() {
            if (lastPause == null || lastPause.to == null) {
                return null;
            }
            return calendar.workingDaysBetween(lastPause.from, lastPause.to);
        }

        boolean counts(LocalDate day) {
            if (!calendar.isWorkingDay(day)) {
                return false;
            }
            if (awaitingCorrectionSince != null && day.isAfter(awaitingCorrectionSince)) {
                return false;
            }
            for (Pause p : pauses) {
                if (p.covers(day)) {
                    return false;
                }
            }
            return true;
        }

        /** The day the clock runs out, or null when it stands still with no end in sight. */
        LocalDate due() {
            if (received == null) {
                return null;
            }
            if (custom != null) {
                LocalDate counted = walk(customSetOn, customWorkingDays);
                // an Art. 35 date on a day off stays there when no working day stood still
                return counted != null && counted.isBefore(custom) ? custom : counted;
            }
            if (importedDue != null && !movedSinceImport) {
                return importedDue;
            }
            LocalDate counted = walk(start, limit());
            // an imported date on a day off is not pulled back to the working day before it by a step that adds nothing
            return importedDue != null && counted != null && counted.isBefore(importedDue) ? importedDue : counted;
        }

        /** The day the clock, counting from {@code from}, has counted {@code limit} working days; null while it stands with no end. */
        private LocalDate walk(LocalDate from, int limit) {
            LocalDate stop = awaitingCorrectionSince;
            if (openFee != null && (stop == null || openFee.from.isBefore(stop))) {
                stop = openFee.from;
            }
            // a consultation under the 2008 条例 has no end until it is recorded
            if (openConsultation != null && openConsultation.to == null && (stop == null || openConsultation.from.isBefore(stop))) {
                stop = openConsultation.from;
            }
            int count = 0;
            LocalDate day = from;
            for (int walked = 0; count < limit; walked++) {
                day = day.plusDays(1);
                if (stop != null && day.isAfter(stop)) {
                    return null;
                }
                if (walked > MAX_DAYS_WALKED) {
                    throw new IllegalStateException("Deadline walk did not end");
                }
                if (counts(day)) {
                    count++;
                }
            }
            return day;
        }

        /** The working days the clock runs for: the law's period and extensions, or those of an imported due date. */
        int limit() {
            // awaiting correction, the law's period is what will run again from the corrected request
            return (importedDue != null && awaitingCorrectionSince == null ? importedPeriod : law.replyWorkingDays()) + extension;
        }

        /** Working days on the clock in (from, to]. */
        int clockDays(LocalDate from, LocalDate to) {
            int count = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (counts(d)) {
                    count++;
                }
            }
            return count;
        }

        /** Whether any year from the clock's start to the due date lacks its official calendar. */
        boolean provisional(LocalDate due) {
            return due != null && !calendar.estimatedYears(start, due).isEmpty();
        }

        Deadline result(LocalDate asOf, List<DeadlineStep> steps) {
            int base = law.replyWorkingDays();
            int limit = limit();
            if (received == null) {
                return new Deadline(asOf, null, null, base, extension, extended, custom, null,
                        false, null, null, false, concludedOn, null, null, List.copyOf(steps), law, false, null);
            }
            LocalDate due = due();
            boolean givenAsIs = custom != null ? custom.equals(due) : importedDue != null && !movedSinceImport;
            boolean provisional = !givenAsIs && provisional(due);
            String note = provisional ? Deadline.provisionalNote(due) : null;
            if (concludedOn != null) {
                int taken = clockDays(start, concludedOn);
                boolean within = due == null || !concludedOn.isAfter(due);
                Timeliness timeliness = !within ? Timeliness.LATE : extended ? Timeliness.AFTER_EXTENSION : Timeliness.ON_TIME;
                return new Deadline(asOf, received, start, base, extension, extended, custom, due,
                        false, null, null, false, concludedOn, taken, timeliness, List.copyOf(steps), law, provisional, note);
            }
            String pausedBy = null;
            if (awaitingCorrectionSince != null) {
                pausedBy = "CORRECTION";
            } else if (openFee != null && asOf.isAfter(openFee.from)) {
                pausedBy = "FEE";
            } else if (openConsultation != null && openConsultation.covers(asOf)) {
                pausedBy = "CONSULTATION";
            }
            int elapsed = clockDays(start, asOf);
            Integer left;
            boolean overdue = false;
            if (due != null) {
                overdue = asOf.isAfter(due);
                left = overdue ? -calendar.workingDaysBetween(due, asOf) : clockDays(asOf, due);
            } else if (awaitingCorrectionSince != null) {
                left = limit;
            } else if (custom != null) {
                left = Math.max(0, customWorkingDays - clockDays(customSetOn, asOf));
            } else {
                left = Math.max(0, limit - elapsed);
            }
            return new Deadline(asOf, received, start, base, extension, extended, custom, due,
                    pausedBy != null, pausedBy, left, overdue, null, elapsed, null, List.copyOf(steps), law, provisional, note);
        }
    }
}
