package cn.gov.opendata.appeals.outcome;

import java.time.LocalDate;
import java.util.Comparator;

/** One court's decision of a case: its instance (1 = first instance, 2 = appeal …), date and result. */
public record Decision(int instance, LocalDate decidedOn, CaseResult result) {

    /** Later decisions sort last: by date, then — two on one day — by instance. */
    public static final Comparator<Decision> CHRONOLOGICAL =
            Comparator.comparing(Decision::decidedOn).thenComparingInt(Decision::instance);
}
