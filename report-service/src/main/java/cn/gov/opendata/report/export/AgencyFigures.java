package cn.gov.opendata.report.export;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.client.ActCounts;
import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.DisclosureFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One agency's figures in the export: the statistics contract's per-agency shapes, with zeros where a source had none. */
public record AgencyFigures(String code, String name, AgencyKind kind, String parent,
                            Disclosure disclosure, ApplicationFigures application, AppealsFigures appeals) {

    /** The disclosure figures with money as a two-decimal string, as on every other wire of the project. */
    public record Disclosure(long items, Map<String, Long> channels, Map<String, Long> categories,
                             Map<String, ActCounts> normativeActs, Map<String, Object> tallies, List<String> talliesNotApplicable) {

        public static Disclosure of(DisclosureFigures d) {
            Map<String, Object> tallies = new TreeMap<>();
            d.tallies().forEach((kind, value) -> tallies.put(kind, isMoney(kind)
                    ? value.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    : (Object) value.setScale(0, RoundingMode.DOWN).longValueExact()));
            return new Disclosure(d.items(), d.channels(), d.categories(), d.normativeActs(), tallies, d.talliesNotApplicable());
        }

        static boolean isMoney(String kind) {
            return kind.endsWith("_YUAN");
        }

        public BigDecimal tally(String kind) {
            Object value = tallies.get(kind);
            return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
        }
    }
}
