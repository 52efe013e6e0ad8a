package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Information-processing fees (信息处理费) charged in the year. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Fees(long requestsCharged, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountYuan) {

    public static final Fees EMPTY = new Fees(0, null);

    public Fees {
        amountYuan = (amountYuan == null ? BigDecimal.ZERO : amountYuan).setScale(2, RoundingMode.HALF_UP);
    }

    public Fees plus(Fees o) {
        return new Fees(requestsCharged + o.requestsCharged, amountYuan.add(o.amountYuan));
    }
}
