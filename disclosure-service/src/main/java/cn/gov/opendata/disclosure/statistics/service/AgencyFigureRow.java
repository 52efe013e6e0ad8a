package cn.gov.opendata.disclosure.statistics.service;

import java.math.BigDecimal;

/**
 * One agency's figures for a year as read from the aggregates, kept as plain arrays: a province year is ~10,000 of
 * these and is written straight to JSON.
 *
 * @param counts       items, then one count per Channel, then one per Category (declaration order)
 * @param acts         issued, repealed, in force, published in the year, published up to its end for REGULATION,
 *                     then for NORMATIVE_DOCUMENT
 * @param tallyKinds   TallyKind names, sorted
 * @param tallyValues  the value of each kind, null when not applicable
 * @param kindsBefore  catalogue TallyKind names recorded for the year before, sorted
 * @param valuesBefore their values (catalogue sizes at the end of the year before)
 */
record AgencyFigureRow(String agency, long[] counts, long[] acts, String[] tallyKinds, BigDecimal[] tallyValues,
                       String[] kindsBefore, BigDecimal[] valuesBefore) {
}
