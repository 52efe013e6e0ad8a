package cn.gov.opendata.application.fee.rest;

import cn.gov.opendata.application.fee.FeeMethod;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A fee quote. For PER_VOLUME: {@code pages} and the charged bands; for PER_REQUEST: the request's position in
 * the applicant's month ({@code countInMonth}). Money as strings with two decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeQuote(FeeMethod method, Long requestId, Integer pages, Integer countInMonth, String month,
                       String amountYuan, List<Band> bands) {

    public record Band(int from, int to, int units, String unitYuan, String amountYuan) {
    }
}
