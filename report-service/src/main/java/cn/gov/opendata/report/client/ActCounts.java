package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Normative acts of one kind: issued and repealed in the year, in force at its end. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActCounts(long issued, long repealed, long inForce) {

    public static final ActCounts ZERO = new ActCounts(0, 0, 0);

    public ActCounts plus(ActCounts o) {
        return new ActCounts(issued + o.issued, repealed + o.repealed, inForce + o.inForce);
    }
}
