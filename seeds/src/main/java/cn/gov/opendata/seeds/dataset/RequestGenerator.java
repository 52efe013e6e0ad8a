package cn.gov.opendata.seeds.dataset;

import java.time.LocalDate;
import java.util.List;

/** Generates information requests with plausible dates, applicants and outcomes, as historical-import lines. */
final class RequestGenerator {

    /** Every outcome code of table 三, and how often each comes up in a typical year (relative weights). */
    static final List<String> OUTCOMES = List.of("ALREADY_PUBLIC", "DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET",
            "WITHHELD_PROHIBITED_BY_LAW", "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY",
            "WITHHELD_INTERNAL_AFFAIRS", "WITHHELD_PROCESS_INFO", "WITHHELD_ENFORCEMENT_FILE",
            "SPECIAL_INQUIRY_PROCEDURE", "NOT_HELD", "NOT_THIS_AGENCY", "NEEDS_NEW_PRODUCTION",
            "UNCLEAR_AFTER_CORRECTION", "PETITION_OR_COMPLAINT", "REPEATED_REQUEST", "PUBLISHED_MATERIAL",
            "EXCESSIVE_REQUESTS", "RECONFIRMATION", "ABANDONED_NO_CORRECTION", "ABANDONED_NO_FEE", "OTHER");
    static final int[] OUTCOME_WEIGHTS = {60, 150, 30, 2, 3, 2, 8, 6, 9, 4, 5, 30, 25, 10, 5, 12, 8, 4, 3, 4, 6, 2, 8};

    private final Fabric fabric;
    private final List<String> handlingAgencies;
    private int sequence;

    RequestGenerator(Fabric fabric, List<String> handlingAgencies) {
        this(fabric, handlingAgencies, 0);
    }

    /**
     * {@code firstSequence}: tracking numbers continue after it, so that two generators of the same year (the seed
     * report's carry-overs and a year's own requests) never issue the same number.
     */
    RequestGenerator(Fabric fabric, List<String> handlingAgencies, int firstSequence) {
        this.fabric = fabric;
        this.handlingAgencies = handlingAgencies;
        this.sequence = firstSequence;
    }

    /**
     * A request received on {@code receivedOn}; concluded with {@code outcome} after a few working days, or open when
     * outcome is null. {@code concludedOn} may be given to force the conclusion into a particular year.
     */
    Records.Request request(String channel, String applicantType, LocalDate receivedOn, String outcome,
                            LocalDate concludedOn, String feeYuan) {
        sequence++;
        String agency = fabric.pick(handlingAgencies);
        boolean extended = outcome != null && fabric.random().nextInt(12) == 0;
        LocalDate concluded = outcome == null ? null
                : concludedOn != null ? concludedOn
                : Fabric.plusWeekdays(receivedOn, extended ? fabric.between(16, 28) : fabric.between(2, 15));
        Boolean registeredPost = "LETTER".equals(channel) ? Boolean.valueOf(fabric.random().nextBoolean()) : null;
        Records.Applicant applicant = switch (applicantType) {
            case "NATURAL_PERSON" -> fabric.naturalPerson();
            case "COMMERCIAL" -> fabric.organisation("贸易有限公司");
            case "RESEARCH" -> fabric.organisation("研究院");
            case "SOCIAL_WELFARE" -> fabric.organisation("公益服务中心");
            case "LEGAL_SERVICE" -> fabric.organisation("律师事务所");
            default -> fabric.organisation("协会");
        };
        return new Records.Request(agency, "YSQ" + receivedOn.getYear() + "-" + String.format("%05d", sequence), channel,
                registeredPost, applicantType, applicant, fabric.subject(), fabric.officeHoursOn(receivedOn),
                receivedOn.toString(), extended, null, outcome, concluded == null ? null : concluded.toString(),
                feeYuan == null ? "0.00" : feeYuan);
    }

    /**
     * The {@code i}-th request of a synthetic year: the first {@code carriedOver} received in the December before and
     * concluded early in January, the next {@code openAtYearEnd} received in December and still open on 31 December,
     * the rest received and concluded within the year (the carry-overs at both ends of a province's table 三).
     */
    Records.Request ofYear(int year, int i, int carriedOver, int openAtYearEnd, String channel, String applicantType,
                           String outcome, String fee) {
        if (i < carriedOver) {
            LocalDate received = fabric.weekdayBetween(LocalDate.of(year - 1, 12, 1), LocalDate.of(year - 1, 12, 24));
            LocalDate concluded = Fabric.plusWeekdays(LocalDate.of(year, 1, 5), fabric.between(0, 8));
            return request(channel, applicantType, received, outcome, concluded, fee);
        }
        if (i < carriedOver + openAtYearEnd) {
            LocalDate received = fabric.weekdayBetween(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 30));
            return request(channel, applicantType, received, null, null, null);
        }
        LocalDate received = fabric.weekdayBetween(LocalDate.of(year, 1, 2), LocalDate.of(year, 11, 14));
        return request(channel, applicantType, received, outcome, null, fee);
    }
}
