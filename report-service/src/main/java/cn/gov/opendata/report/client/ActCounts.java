package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Normative acts of one kind: issued and repealed in the year, in force at its end; published in the year and
 * published up to its end (the trial format's 本年新公开数量 and 对外公开总数量).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActCounts(long issued, long repealed, long inForce, long published, long publishedTotal) {

    public static final ActCounts ZERO = new ActCounts(0, 0, 0, 0, 0);

    public ActCounts plus(ActCounts o) {
        return new ActCounts(issued + o.issued, repealed + o.repealed, inForce + o.inForce, published + o.published,
                publishedTotal + o.publishedTotal);
    }
}
