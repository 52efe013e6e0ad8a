package cn.gov.opendata.disclosure.tally.rest;

import cn.gov.opendata.disclosure.tally.TallyKind;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** All tallies of one agency-year at once; kinds in neither part are removed. */
public record TallySheetBody(Map<TallyKind, BigDecimal> values, Set<TallyKind> notApplicable) {
}
