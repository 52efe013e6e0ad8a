package cn.gov.opendata.disclosure.statistics.rest;

import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.tally.TallyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One agency's figures for the year. items counts each item once; channels count it once per channel it went out
 * on (so they may add up to more). channels and categories list non-zero keys only. tallies hold counts as integers
 * and fees (万元) as a string with two decimals; kinds marked not applicable are listed apart.
 */
@Schema(name = "AgencyDisclosureFigures")
public record AgencyFigures(long items,
                            Map<Channel, Long> channels,
                            Map<Category, Long> categories,
                            @Schema(description = "REGULATION and NORMATIVE_DOCUMENT: issued and repealed this year, in force at 31 Dec")
                            Map<Category, ActFigures> normativeActs,
                            @Schema(description = "count kinds as integers, FEES_COLLECTED_10K_YUAN as a string with 2 decimals")
                            Map<TallyKind, Object> tallies,
                            List<TallyKind> talliesNotApplicable,
                            @Schema(description = "catalogue sizes (the *_ITEMS kinds) recorded for the end of the year before")
                            Map<TallyKind, Long> cataloguesBefore) {
}
