package cn.gov.opendata.report.client;

import cn.gov.opendata.platform.testing.Contract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report-service's side of the statistics contract: its client records read the very golden files each source
 * proves it answers (contract/*.json in the platform test-jar), and keep every figure in them — a field the client
 * did not know would be dropped silently by ignoreUnknown, so each value is looked for again after a round trip.
 */
class StatisticsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void disclosureAnswersAreReadWhole() throws Exception {
        DisclosureStatistics read = JSON.readValue(Contract.text("disclosure-statistics-2023"), DisclosureStatistics.class);
        DisclosureFigures a = read.agencies().get("contract-a");
        assertEquals(3, a.items());
        assertEquals(1, a.channel("WECHAT"));
        assertEquals(1, a.act("NORMATIVE_DOCUMENT").repealed());
        assertEquals(new BigDecimal("1.50"), a.tallies().get("FEES_COLLECTED_10K_YUAN"));
        assertEquals(List.of("COERCION_DECISIONS"), a.talliesNotApplicable());
        assertEquals(2, a.act("NORMATIVE_DOCUMENT").publishedTotal());
        assertEquals(new BigDecimal("123.4567"), a.tallies().get("PROCUREMENT_AMOUNT_10K_YUAN"));
        assertEveryValueKept("disclosure-statistics-2023", read);
    }

    @Test
    void applicationAnswersAreReadWhole() throws Exception {
        ApplicationStatistics read = JSON.readValue(Contract.text("application-statistics-2023"), ApplicationStatistics.class);
        ApplicationFigures a = read.agencies().get("contract-a");
        assertEquals(5, a.received().totalByChannel());
        assertEquals(1, a.concluded().count("NOT_HELD", "COMMERCIAL"));
        assertEquals(1, a.timeliness().late());
        assertEquals(new BigDecimal("200.00"), a.fees().amountYuan());
        assertEveryValueKept("application-statistics-2023", read);
    }

    @Test
    void appealsAnswersAreReadWhole() throws Exception {
        AppealsStatistics read = JSON.readValue(Contract.text("appeals-statistics-2023"), AppealsStatistics.class);
        AppealsFigures a = read.agencies().get("contract-a");
        assertEquals(2, a.complaints());
        assertEquals(1L, a.reconsiderations().get("PENDING"));
        assertEquals(1L, a.lawsuits().get("AFTER_RECONSIDERATION").get("OTHER"));
        assertEquals(List.of(new RequestReference("RECONSIDERATION", "FY-2", new RequestReference.RequestKey("contract-a", "YSQ-7")),
                new RequestReference("LAWSUIT", "SS-2", new RequestReference.RequestKey("contract-b", "YSQ-8"))), a.requestReferences());
        assertEquals(List.of(), read.agencies().get("contract-b").requestReferences());
        assertEveryValueKept("appeals-statistics-2023", read);
    }

    /** Every leaf of the golden file is found, with its value, in the client record written back as JSON. */
    private static void assertEveryValueKept(String name, Object read) {
        JsonNode again = JSON.valueToTree(read);
        List<String> lost = new ArrayList<>();
        compare(Contract.golden(name), again, "", lost);
        assertEquals(List.of(), lost, "values of contract/" + name + ".json the client does not keep");
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> lost) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual == null ? null : actual.get(field.getKey());
                compare(field.getValue(), value, path + "/" + field.getKey(), lost);
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.equals(expected)) {
                lost.add(path + " = " + expected + " (read: " + actual + ")");
            }
        } else if (actual == null || !sameValue(expected.asText(), actual.asText())) {
            lost.add(path + " = " + expected + " (read: " + actual + ")");
        }
    }

    /** Equal as text, or as decimals ("1.50" is kept as the amount 1.5). */
    private static boolean sameValue(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
