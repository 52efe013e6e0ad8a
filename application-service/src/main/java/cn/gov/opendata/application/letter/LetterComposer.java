package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.application.letter.LegalBasis.Matter;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.service.ClockEvents;
import cn.gov.opendata.platform.problem.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a letter from one request's record and history (DOMAIN.md §3.3): the dates, amounts and reasons come from
 * the events, the due dates from {@link DeadlineCalculator} over the history up to the event, the articles from
 * {@link LegalBasis} by the law of the receipt date. Only this request's applicant is ever named, and letters to a
 * consulted party name no applicant at all. Pure: no I/O.
 */
public final class LetterComposer {

    /** What the office adds to a letter: the consulted party, the competent agency, how to pay or obtain. */
    public record Extras(String recipient, String note) {
    }

    private final WorkingDayCalendar calendar;

    public LetterComposer(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The event a letter of this kind reports: the latest one of its type, or a 409 naming what is missing. */
    public static RequestEvent source(LetterKind kind, List<RequestEvent> history) {
        Optional<RequestEvent> found = switch (kind) {
            case RECEIPT -> last(history, e -> e.type == EventType.RECEIPT_CONFIRMED)
                    .or(() -> last(history, e -> e.type == EventType.REGISTERED));
            case CORRECTION_NOTICE -> last(history, e -> e.type == EventType.CORRECTION_NOTICE);
            case EXTENSION_NOTICE -> last(history, e -> e.type == EventType.EXTENSION);
            case THIRD_PARTY_CONSULTATION -> last(history, e -> e.type == EventType.CONSULTATION_STARTED && e.party != ConsultationParty.OTHER_AGENCY);
            case AGENCY_CONSULTATION -> last(history, e -> e.type == EventType.CONSULTATION_STARTED && e.party == ConsultationParty.OTHER_AGENCY);
            case FEE_NOTICE -> last(history, e -> e.type == EventType.FEE_NOTICE);
            case REPLY -> last(history, e -> e.type == EventType.REPLIED || e.type == EventType.ABANDONED || e.type == EventType.WITHDRAWN);
        };
        return found.orElseThrow(() -> ApiException.conflict("The request's history has no step that calls for a " + kind
                + " letter (" + kind.title() + ")"));
    }

    public LetterText compose(LetterKind kind, InformationRequest r, List<RequestEvent> history, RequestEvent source,
                              String agencyName, String documentNumber, LocalDate date, Extras extras) {
        LawInForce law = LawInForce.on(r.receivedOn);
        List<String> p = new ArrayList<>();
        Set<Integer> estimatedYears = new TreeSet<>();
        String title = kind.title();
        String addressee = kind.toApplicant() ? applicantName(r) + "：" : blankToDefault(extras.recipient(), kind == LetterKind.AGENCY_CONSULTATION ? "有关机关" : "第三方") + "：";
        switch (kind) {
            case RECEIPT -> {
                if (r.receivedOn == null) {
                    title = "政府信息公开申请登记回执";
                }
                receipt(p, r, history, source, law, estimatedYears);
            }
            case CORRECTION_NOTICE -> correction(p, r, source, law);
            case EXTENSION_NOTICE -> extension(p, r, history, source, law, estimatedYears);
            case THIRD_PARTY_CONSULTATION -> consultation(p, r, source, law, false, estimatedYears);
            case AGENCY_CONSULTATION -> consultation(p, r, source, law, true, estimatedYears);
            case FEE_NOTICE -> fee(p, r, source, law, extras);
            case REPLY -> reply(p, r, history, source, law, extras);
        }
        if (kind != LetterKind.REPLY && kind != LetterKind.FEE_NOTICE && present(extras.note())) {
            p.add(extras.note().strip());
        }
        if (!estimatedYears.isEmpty()) {
            p.add("上述标注“暂定”的日期按《全国年节及纪念日放假办法》规定的法定节假日推算：" + years(estimatedYears)
                    + "年的节假日安排尚未公布，调休上班日和调休放假日无法预知。安排公布后，以按其重新计算的日期为准。");
        }
        p.add("特此告知。");
        return new LetterText(title, documentNumber, addressee, List.copyOf(p), agencyName, date);
    }

    private void receipt(List<String> p, InformationRequest r, List<RequestEvent> history, RequestEvent source, LawInForce law,
                         Set<Integer> estimatedYears) {
        LocalDate arrived = r.arrivedAt == null ? source.on : LegalDates.dateOf(r.arrivedAt);
        p.add("本机关于" + ChineseDates.format(arrived) + "收到您以" + channel(r) + "方式提交的政府信息公开申请（申请编号："
                + r.trackingNumber + "），申请公开的内容为：“" + r.subject + "”。");
        if (r.receivedOn == null) {
            p.add("根据" + law.title() + "第三十一条，" + receiptRule(r) + "本机关将与您确认收到申请，确认之日为收到申请之日，答复期限自该日起计算。");
            return;
        }
        Optional<String> receiptArticle = LegalBasis.article(law, Matter.RECEIPT_DATE);
        p.add(receiptArticle.map(a -> "根据" + law.title() + a + "，" + receiptRule(r)).orElse("")
                + "本机关收到申请之日为" + ChineseDates.format(r.receivedOn) + "。");
        int days = law.replyWorkingDays();
        p.add("根据" + law.title() + LegalBasis.article(law, Matter.REPLY_PERIOD).orElseThrow() + "，本机关将自收到申请之日起"
                + days + "个工作日内（即" + counted(r.receivedOn, dueAfter(history, source), estimatedYears) + "前）作出答复；需要延长答复期限的，"
                + "经政府信息公开工作机构负责人同意，将另行告知，延长的期限最长不超过" + days + "个工作日。");
    }

    private static String receiptRule(InformationRequest r) {
        if (r.channel == Channel.IN_PERSON) {
            return "申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；";
        }
        if (r.channel == Channel.LETTER) {
            return r.registeredPost ? "以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日；"
                    : "以平常信函等无需签收的邮寄方式提交政府信息公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；";
        }
        return "申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日；";
    }

    // the period to correct is the agency's choice of day (or its default), not a statutory count: never marked 暂定
    private void correction(List<String> p, InformationRequest r, RequestEvent source, LawInForce law) {
        p.add(aboutRequest(r));
        p.add("经审查，您的申请内容不明确" + (present(source.reason) ? "：" + source.reason.strip() : "") + "。");
        p.add("根据" + law.title() + LegalBasis.article(law, Matter.CORRECTION).orElseThrow() + "，请您于"
                + ChineseDates.format(source.windowEndsOn) + "前对申请内容作出补正，说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。"
                + "答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。");
    }

    private void extension(List<String> p, InformationRequest r, List<RequestEvent> history, RequestEvent source, LawInForce law,
                           Set<Integer> estimatedYears) {
        p.add(aboutRequest(r));
        p.add("因" + (present(source.reason) ? source.reason.strip() : "需要进一步检索、核实相关信息") + "，本机关不能在规定期限内作出答复。经政府信息公开工作机构负责人"
                + source.approvedBy + "同意，根据" + law.title() + LegalBasis.article(law, Matter.EXTENSION).orElseThrow()
                + "，答复期限延长" + source.workingDays + "个工作日，本机关将于" + counted(r.receivedOn, dueAfter(history, source), estimatedYears) + "前作出答复。");
    }

    private void consultation(List<String> p, InformationRequest r, RequestEvent source, LawInForce law, boolean agency,
                              Set<Integer> estimatedYears) {
        String article = LegalBasis.article(law, agency ? Matter.AGENCY_CONSULTATION : Matter.THIRD_PARTY_CONSULTATION)
                .orElseThrow(() -> ApiException.conflict("The 2008 条例, which governs this request, provides no consultation of another agency"));
        Optional<LocalDate> answerBy = law.consultationAnswerBy(calendar, source.on);
        p.add("本机关收到一件政府信息公开申请（申请编号：" + r.trackingNumber + "），申请公开的内容为：“" + r.subject + "”。");
        if (answerBy.isEmpty()) {
            // the 2008 条例 (old Art. 23) sets the third party no period, and its refusal binds unless the public interest prevails
            p.add("公开该政府信息可能损害您的合法权益" + (present(source.reason) ? "（" + source.reason.strip() + "）" : "") + "。根据" + law.title() + article
                    + "，现书面征求您的意见，请您书面提出意见。第三方不同意公开的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，"
                    + "将予以公开，并将决定公开的政府信息内容和理由书面通知您。");
        } else if (agency) {
            p.add("该政府信息由贵机关与本机关共同制作。根据" + law.title() + article + "，现征求贵机关意见。请于"
                    + counted(source.on, answerBy.get(), estimatedYears) + "前（自收到本函之日起15个工作日内）书面提出意见；逾期未提出意见的，视为同意公开。");
        } else {
            p.add("公开该政府信息可能损害您的合法权益" + (present(source.reason) ? "（" + source.reason.strip() + "）" : "") + "。根据" + law.title() + article
                    + "，现书面征求您的意见。请于" + counted(source.on, answerBy.get(), estimatedYears)
                    + "前（自收到本意见书之日起15个工作日内）书面提出意见；逾期未提出意见的，由本机关依照条例的规定决定是否公开。"
                    + "第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知第三方。");
        }
    }

    // the payment period is fixed when the notice is given and enforced as given (RequestActions): never marked 暂定
    private void fee(List<String> p, InformationRequest r, RequestEvent source, LawInForce law, Extras extras) {
        p.add(aboutRequest(r));
        String basis = law == LawInForce.REGULATION_2019 ? law.title() + LegalBasis.article(law, Matter.FEE).orElseThrow() + "和" + LegalBasis.FEE_MEASURES
                : law.title() + LegalBasis.article(law, Matter.FEE).orElseThrow();
        p.add("根据" + basis + "，您的申请需缴纳信息处理费人民币" + Money.format(source.amountYuan) + "元" + (present(source.reason) ? "（" + source.reason.strip() + "）" : "") + "。");
        p.add("请于" + ChineseDates.format(source.windowEndsOn) + "前缴纳" + (present(extras.note()) ? "，缴费方式：" + extras.note().strip() : "")
                + "。本通知书发出之日至您缴费之日不计入答复期限；您逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。");
    }

    private void reply(List<String> p, InformationRequest r, List<RequestEvent> history, RequestEvent source, LawInForce law, Extras extras) {
        Outcome outcome = source.outcome;
        p.add("本机关于" + ChineseDates.format(r.receivedOn) + "收到您提出的政府信息公开申请（申请编号：" + r.trackingNumber
                + "），申请公开的内容为：“" + r.subject + "”。经审查，现答复如下：");
        p.add(decision(outcome, r, history));
        if (present(source.reason)) {
            p.add((withheld(outcome) ? "理由：" : "说明：") + source.reason.strip());
        }
        if (present(extras.note())) {
            p.add(extras.note().strip());
        }
        LegalBasis.article(law, outcome).ifPresent(a -> p.add("依据：" + law.title() + a + "。"));
        p.add("如对本答复不服，您可以自知道该行政行为之日起" + LegalBasis.RECONSIDERATION_DAYS + "日内依法申请行政复议，或者自知道该行政行为之日起"
                + LegalBasis.LAWSUIT_MONTHS + "个月内依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》第四十六条）。"
                + "您也可以依照" + law.title() + LegalBasis.article(law, Matter.COMPLAINT).orElseThrow() + "向上一级行政机关或者政府信息公开工作主管部门投诉、举报。");
    }

    /** The decision in plain words, per outcome (Art. 35–39; Art. 14–16 for the grounds of withholding). */
    static String decision(Outcome outcome, InformationRequest r, List<RequestEvent> history) {
        return switch (outcome) {
            case ALREADY_PUBLIC -> "您申请公开的政府信息本机关已经主动公开" + (r.publishedIndexNumber == null ? "" : "（索引号：" + r.publishedIndexNumber + "）")
                    + "，您可以通过本机关政府信息公开平台等途径获取。";
            case DISCLOSED -> "您申请公开的政府信息属于可以公开的政府信息，本机关予以公开。";
            case PARTIALLY_DISCLOSED -> "您申请公开的政府信息中含有不应当公开或者不属于政府信息的内容，本机关对可以公开的部分予以公开，其余部分不予公开。";
            case WITHHELD_STATE_SECRET -> "您申请公开的政府信息属于国家秘密，本机关不予公开。";
            case WITHHELD_PROHIBITED_BY_LAW -> "您申请公开的政府信息属于法律、行政法规禁止公开的信息，本机关不予公开。";
            case WITHHELD_SECURITY_STABILITY -> "您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关不予公开。";
            case WITHHELD_THIRD_PARTY -> "您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，本机关不予公开。";
            case WITHHELD_INTERNAL_AFFAIRS -> "您申请公开的政府信息属于人事管理、后勤管理、内部工作流程等内部事务信息，本机关不予公开。";
            case WITHHELD_PROCESS_INFO -> "您申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，本机关不予公开。";
            case WITHHELD_ENFORCEMENT_FILE -> "您申请公开的政府信息属于行政执法案卷信息，本机关不予公开。";
            case SPECIAL_INQUIRY_PROCEDURE -> "您申请公开的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定，请依照有关法律、行政法规的规定办理。";
            case NOT_HELD -> "经检索，本机关没有您所申请公开的政府信息，该政府信息不存在。";
            case NOT_THIS_AGENCY -> "您申请公开的政府信息不属于本机关负责公开。";
            case NEEDS_NEW_PRODUCTION -> "您申请公开的政府信息需要本机关对现有政府信息进行加工、分析，本机关不予提供。";
            case UNCLEAR_AFTER_CORRECTION -> "您补正后的申请内容仍不明确，本机关无法确定您所申请公开的政府信息，不予处理。";
            case PETITION_OR_COMPLAINT -> "您的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。";
            case REPEATED_REQUEST -> "本机关已就您提出的同一政府信息公开申请作出答复，您重复申请公开，本机关不予重复处理。";
            case PUBLISHED_MATERIAL -> "您申请获取的是政府公报、报刊、书籍等公开出版物，请通过相应途径获取。";
            case EXCESSIVE_REQUESTS -> "您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由或者理由不合理，本机关不予处理。";
            case RECONFIRMATION -> "您的申请属于要求行政机关确认或者重新出具已获取的信息，不属于政府信息公开申请，本机关不予处理。";
            case ABANDONED_NO_CORRECTION -> "本机关" + last(history, e -> e.type == EventType.CORRECTION_NOTICE).map(e -> "于" + ChineseDates.format(e.on)).orElse("")
                    + "向您发出补正告知书，您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。";
            case ABANDONED_NO_FEE -> "本机关" + last(history, e -> e.type == EventType.FEE_NOTICE).map(e -> "于" + ChineseDates.format(e.on)).orElse("")
                    + "向您发出收费通知书，您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。";
            case OTHER -> "您已撤回该政府信息公开申请，本机关终止办理。";
        };
    }

    private static boolean withheld(Outcome outcome) {
        return outcome != Outcome.DISCLOSED && outcome != Outcome.ALREADY_PUBLIC && outcome != Outcome.OTHER;
    }

    /**
     * A date counted in working days from {@code from}. Where the count ran through a year whose official holiday notice
     * is not on record, the date is an estimate and says so (DOMAIN.md §3: such dates are provisional and must say so);
     * those years are collected for the letter's closing explanation.
     */
    private String counted(LocalDate from, LocalDate to, Set<Integer> estimatedYears) {
        Set<Integer> estimated = calendar.estimatedYears(from == null ? to : from, to);
        estimatedYears.addAll(estimated);
        return ChineseDates.format(to) + (estimated.isEmpty() ? "" : "（暂定）");
    }

    private static String years(Set<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining("年、"));
    }

    /** The due date right after the event, from the history up to it. */
    private LocalDate dueAfter(List<RequestEvent> history, RequestEvent source) {
        List<RequestEvent> upTo = history.stream().filter(e -> e.seq <= source.seq).toList();
        LocalDate asOf = source.on != null ? source.on : LegalDates.today();
        LocalDate due = new DeadlineCalculator(calendar).calculate(ClockEvents.of(upTo), asOf).dueOn();
        if (due == null) {
            throw ApiException.conflict("The request has no due date at this step; the letter cannot state one");
        }
        return due;
    }

    private static String aboutRequest(InformationRequest r) {
        return "本机关于" + ChineseDates.format(r.receivedOn) + "收到您提出的政府信息公开申请（申请编号：" + r.trackingNumber
                + "），申请公开的内容为：“" + r.subject + "”。";
    }

    private static String applicantName(InformationRequest r) {
        return r.applicant != null && present(r.applicant.name) ? r.applicant.name.strip() : "申请人";
    }

    private static String channel(InformationRequest r) {
        return switch (r.channel) {
            case ONLINE -> "网络";
            case LETTER -> r.registeredPost ? "挂号信函" : "信函";
            case IN_PERSON -> "当面";
            case FAX -> "传真";
        };
    }

    private static String blankToDefault(String value, String fallback) {
        return present(value) ? value.strip() : fallback;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Optional<RequestEvent> last(List<RequestEvent> history, java.util.function.Predicate<RequestEvent> test) {
        RequestEvent found = null;
        for (RequestEvent e : history) {
            if (test.test(e)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}
