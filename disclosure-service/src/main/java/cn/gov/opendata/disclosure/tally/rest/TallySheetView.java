package cn.gov.opendata.disclosure.tally.rest;

import cn.gov.opendata.disclosure.tally.Tally;
import cn.gov.opendata.disclosure.tally.TallyKind;
import cn.gov.opendata.disclosure.tally.service.TallyValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tallies of one agency-year: values by kind (as strings) and the kinds that do not apply. */
public record TallySheetView(String agency, int year, Map<TallyKind, String> values, List<TallyKind> notApplicable) {

    public static TallySheetView of(String agency, int year, List<Tally> tallies) {
        Map<TallyKind, String> values = new LinkedHashMap<>();
        List<TallyKind> notApplicable = new ArrayList<>();
        tallies.stream().sorted(Comparator.comparing(t -> t.kind)).forEach(tally -> {
            if (tally.notApplicable) {
                notApplicable.add(tally.kind);
            } else {
                values.put(tally.kind, TallyValues.format(tally.kind, tally.value));
            }
        });
        return new TallySheetView(agency, year, values, notApplicable);
    }
}
