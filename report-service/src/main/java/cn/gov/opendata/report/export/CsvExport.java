package cn.gov.opendata.report.export;

import cn.gov.opendata.report.client.ActCounts;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.Counts;
import cn.gov.opendata.report.client.RequestCounts;
import cn.gov.opendata.report.format.NationalLayout;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The export as CSV: one row per agency, a fixed list of columns (docs/EXPORT.md). Cells that do not apply are "/".
 * Codes outside the contract's known lists are left to the JSON export.
 */
public final class CsvExport {

    public static final List<String> ITEM_CHANNELS = List.of("GAZETTE", "WEBSITE", "WEIBO", "WECHAT", "OTHER");
    public static final List<String> REQUEST_CHANNELS = List.of("ONLINE", "LETTER", "IN_PERSON", "FAX");
    public static final List<String> ACTS = List.of("REGULATION", "NORMATIVE_DOCUMENT");
    public static final List<String> TALLIES = List.of("LICENSING_DECISIONS", "PENALTY_DECISIONS", "COERCION_DECISIONS",
            "FEES_COLLECTED_10K_YUAN");
    public static final List<String> ROUTES = List.of("DIRECT", "AFTER_RECONSIDERATION");

    private CsvExport() {
    }

    /** The 23 outcome codes of DOMAIN.md §3.1, in the order of table 三. */
    public static List<String> outcomes() {
        return NationalLayout.resultRows().stream().flatMap(r -> r.outcomes().stream()).distinct().toList();
    }

    public static Map<String, Function<AgencyFigures, String>> columns() {
        Map<String, Function<AgencyFigures, String>> c = new LinkedHashMap<>();
        c.put("code", AgencyFigures::code);
        c.put("name", AgencyFigures::name);
        c.put("kind", a -> a.kind().name());
        c.put("parent", a -> a.parent() == null ? "" : a.parent());
        c.put("items", a -> String.valueOf(a.disclosure().items()));
        ITEM_CHANNELS.forEach(ch -> c.put("items_" + ch, a -> String.valueOf(Counts.get(a.disclosure().channels(), ch))));
        c.put("items_POLICY_INTERPRETATION", a -> String.valueOf(Counts.get(a.disclosure().categories(), "POLICY_INTERPRETATION")));
        for (String act : ACTS) {
            c.put(act + "_issued", a -> na(a, act) ? "/" : String.valueOf(a.disclosure().normativeActs().getOrDefault(act, ActCounts.ZERO).issued()));
            c.put(act + "_repealed", a -> na(a, act) ? "/" : String.valueOf(a.disclosure().normativeActs().getOrDefault(act, ActCounts.ZERO).repealed()));
            c.put(act + "_inForce", a -> na(a, act) ? "/" : String.valueOf(a.disclosure().normativeActs().getOrDefault(act, ActCounts.ZERO).inForce()));
        }
        for (String tally : TALLIES) {
            c.put(tally, a -> na(a, tally) ? "/" : AgencyFigures.Disclosure.isMoney(tally)
                    ? a.disclosure().tally(tally).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    : a.disclosure().tally(tally).toPlainString());
        }
        REQUEST_CHANNELS.forEach(ch -> c.put("received_" + ch, a -> String.valueOf(a.application().received().channel(ch))));
        applicants(c, "received", ApplicationFigures::received);
        applicants(c, "carriedOver", ApplicationFigures::carriedOver);
        for (String outcome : outcomes()) {
            c.put("concluded_" + outcome, a -> String.valueOf(a.application().concluded().count(outcome)));
        }
        c.put("concluded_TOTAL", a -> String.valueOf(a.application().concluded().total()));
        applicants(c, "carriedForward", ApplicationFigures::carriedForward);
        c.put("onTime", a -> String.valueOf(a.application().timeliness().onTime()));
        c.put("afterExtension", a -> String.valueOf(a.application().timeliness().afterExtension()));
        c.put("late", a -> String.valueOf(a.application().timeliness().late()));
        c.put("feeRequestsCharged", a -> String.valueOf(a.application().fees().requestsCharged()));
        c.put("feeAmountYuan", a -> a.application().fees().amountYuan().toPlainString());
        for (String result : NationalLayout.RESULTS) {
            c.put("reconsiderations_" + result, a -> String.valueOf(a.appeals().reconsideration(result)));
        }
        for (String route : ROUTES) {
            for (String result : NationalLayout.RESULTS) {
                c.put("lawsuits_" + route + "_" + result, a -> String.valueOf(a.appeals().lawsuit(route, result)));
            }
        }
        c.put("complaints", a -> String.valueOf(a.appeals().complaints()));
        return c;
    }

    private static boolean na(AgencyFigures a, String kind) {
        return a.disclosure().talliesNotApplicable().contains(kind);
    }

    private static void applicants(Map<String, Function<AgencyFigures, String>> c, String prefix,
                                   Function<ApplicationFigures, RequestCounts> counts) {
        for (String applicant : NationalLayout.APPLICANTS) {
            c.put(prefix + "_" + applicant, a -> String.valueOf(counts.apply(a.application()).applicant(applicant)));
        }
        c.put(prefix + "_TOTAL", a -> String.valueOf(counts.apply(a.application()).totalByApplicant()));
    }

    public static String write(ProvincialExport export) {
        Map<String, Function<AgencyFigures, String>> columns = columns();
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", columns.keySet())).append("\r\n");
        for (AgencyFigures agency : export.agencies()) {
            List<String> cells = new ArrayList<>();
            columns.values().forEach(f -> cells.add(escape(f.apply(agency))));
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    static String escape(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
