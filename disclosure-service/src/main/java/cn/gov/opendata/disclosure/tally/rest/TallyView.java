package cn.gov.opendata.disclosure.tally.rest;

import cn.gov.opendata.disclosure.tally.Tally;
import cn.gov.opendata.disclosure.tally.TallyKind;
import cn.gov.opendata.disclosure.tally.service.TallyValues;

/** One tally as the API returns it; value is null when not applicable. */
public record TallyView(String agency, int year, TallyKind kind, String value, boolean notApplicable) {

    public static TallyView of(Tally tally) {
        return new TallyView(tally.agency, tally.year, tally.kind,
                tally.notApplicable ? null : TallyValues.format(tally.kind, tally.value), tally.notApplicable);
    }
}
