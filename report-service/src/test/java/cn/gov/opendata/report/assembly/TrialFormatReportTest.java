package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports on 2019 in the trial format of 国办公开办函〔2019〕60号 (DOMAIN.md §5.1a), every cell counted by hand from the
 * statistics below: a city with one department (SUBTREE) and the department alone (SELF). 2019 and 2018 are used by
 * no other test, so the stubs are this class's own; they are the same on every call.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class TrialFormatReportTest {

    private static final int YEAR = 2019;
    private static final String CITY = "t19-city";
    private static final String DEPT = "t19-dept";
    private static final String TOWN = "t19-town";

    private static synchronized void fixture() {
        if (given().when().get("/api/v1/agencies/" + CITY).then().extract().statusCode() != Status.OK.getStatusCode()) {
            Directory.put(CITY, "试点市人民政府", "GOVERNMENT", null);
            Directory.put(DEPT, "试点市发展和改革委员会", "DEPARTMENT", CITY);
            Directory.put(TOWN, "试点镇人民政府", "TOWNSHIP", CITY);
        }
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("items", 500);
        city.put("normativeActs", Map.of(
                "REGULATION", Map.of("issued", 1, "repealed", 0, "inForce", 5, "published", 2, "publishedTotal", 9),
                "NORMATIVE_DOCUMENT", Map.of("issued", 10, "repealed", 2, "inForce", 40, "published", 12, "publishedTotal", 60)));
        city.put("tallies", Map.ofEntries(Map.entry("LICENSING_DECISIONS", 100), Map.entry("OTHER_SERVICE_DECISIONS", 20),
                Map.entry("PENALTY_DECISIONS", 30), Map.entry("COERCION_DECISIONS", 4), Map.entry("LICENSING_ITEMS", 55),
                Map.entry("OTHER_SERVICE_ITEMS", 12), Map.entry("PENALTY_ITEMS", 80), Map.entry("COERCION_ITEMS", 9),
                Map.entry("FEE_ITEMS", 3), Map.entry("FEES_COLLECTED_10K_YUAN", "8.00"), Map.entry("PROCUREMENT_PROJECTS", 7),
                Map.entry("PROCUREMENT_AMOUNT_10K_YUAN", "1234.5678")));
        city.put("talliesNotApplicable", List.of());
        city.put("cataloguesBefore", Map.of("LICENSING_ITEMS", 50, "OTHER_SERVICE_ITEMS", 12, "PENALTY_ITEMS", 82,
                "COERCION_ITEMS", 9, "FEE_ITEMS", 4));
        Map<String, Object> dept = new LinkedHashMap<>();
        dept.put("items", 40);
        dept.put("normativeActs", Map.of(
                "REGULATION", Map.of("issued", 0, "repealed", 0, "inForce", 0, "published", 0, "publishedTotal", 0),
                "NORMATIVE_DOCUMENT", Map.of("issued", 3, "repealed", 1, "inForce", 7, "published", 3, "publishedTotal", 11)));
        dept.put("tallies", Map.of("LICENSING_DECISIONS", 40, "LICENSING_ITEMS", 20, "PROCUREMENT_PROJECTS", 2,
                "PROCUREMENT_AMOUNT_10K_YUAN", "65.4322"));
        dept.put("talliesNotApplicable", List.of("COERCION_DECISIONS", "COERCION_ITEMS", "FEES_COLLECTED_10K_YUAN", "FEE_ITEMS",
                "OTHER_SERVICE_DECISIONS", "OTHER_SERVICE_ITEMS", "PENALTY_DECISIONS", "PENALTY_ITEMS"));
        dept.put("cataloguesBefore", Map.of("LICENSING_ITEMS", 18));
        Stubs.statistics("disclosure", YEAR, Map.of(CITY, city, DEPT, dept));
        Stubs.statistics("disclosure", YEAR - 1, Map.of(CITY, Map.of("items", 400)));

        Stubs.statistics("application", YEAR, Map.of(
                CITY, Map.of(
                        "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 10, "COMMERCIAL", 2)),
                        "carriedOver", Map.of("byApplicant", Map.of("NATURAL_PERSON", 1)),
                        "concluded", Map.of("byOutcome", Map.of(
                                "DISCLOSED", Map.of("NATURAL_PERSON", 4),
                                "ALREADY_PUBLIC", Map.of("NATURAL_PERSON", 2),
                                "ABANDONED_NO_CORRECTION", Map.of("NATURAL_PERSON", 1),
                                "ABANDONED_NO_FEE", Map.of("NATURAL_PERSON", 1),
                                "OTHER", Map.of("COMMERCIAL", 1),
                                "NOT_THIS_AGENCY", Map.of("COMMERCIAL", 1))),
                        "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 3))),
                DEPT, Map.of(
                        "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 3, "OTHER", 1)),
                        "concluded", Map.of("byOutcome", Map.of(
                                "OTHER", Map.of("NATURAL_PERSON", 2),
                                "DISCLOSED", Map.of("OTHER", 1))),
                        "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 1)))));
        Stubs.statistics("application", YEAR - 1, Map.of(
                CITY, Map.of("carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 1)))));

        Stubs.statistics("appeals", YEAR, Map.of(
                CITY, Map.of("reconsiderations", Map.of("UPHELD", 2, "CORRECTED", 1, "PENDING", 1),
                        "lawsuits", Map.of("DIRECT", Map.of("UPHELD", 1)), "complaints", 3),
                DEPT, Map.of("lawsuits", Map.of("AFTER_RECONSIDERATION", Map.of("OTHER", 1)))));
        Stubs.statistics("appeals", YEAR - 1, Map.of());
    }

    private static JsonPath report(String agency, String query) {
        fixture();
        return given().when().get("/api/v1/reports/" + agency + "/" + YEAR + query)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    private static String text(JsonPath report, String table, String row, String column) {
        return report.getString("tables.find { it.code == '" + table + "' }.rows.find { it.code == '" + row
                + "' }.cells.find { it.column == '" + column + "' }.text");
    }

    /** Every figure cell of a table as row/column → text. */
    private static Map<String, String> cells(JsonPath report, String table) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = report.getList("tables.find { it.code == '" + table + "' }.rows");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
            cells.forEach(c -> out.put(row.get("code") + "/" + c.get("column"), String.valueOf(c.get("text"))));
        }
        return out;
    }

    @Test
    void table2OfTheCityCountsActsByPublicationCataloguesAndProcurement() {
        JsonPath r = report(CITY, "");
        assertEquals("NATIONAL_2019", r.getString("format"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("REGULATION/ISSUED", "1");
        expected.put("REGULATION/PUBLISHED", "2");
        expected.put("REGULATION/PUBLISHED_TOTAL", "9");
        expected.put("NORMATIVE_DOCUMENT/ISSUED", "13");
        expected.put("NORMATIVE_DOCUMENT/PUBLISHED", "15");
        expected.put("NORMATIVE_DOCUMENT/PUBLISHED_TOTAL", "71");
        expected.put("LICENSING_DECISIONS/ITEMS_BEFORE", "68");
        expected.put("LICENSING_DECISIONS/ITEMS_CHANGE", "7");
        expected.put("LICENSING_DECISIONS/DECISIONS", "140");
        expected.put("OTHER_SERVICE_DECISIONS/ITEMS_BEFORE", "12");
        expected.put("OTHER_SERVICE_DECISIONS/ITEMS_CHANGE", "0");
        expected.put("OTHER_SERVICE_DECISIONS/DECISIONS", "20");
        expected.put("PENALTY_DECISIONS/ITEMS_BEFORE", "82");
        expected.put("PENALTY_DECISIONS/ITEMS_CHANGE", "-2");
        expected.put("PENALTY_DECISIONS/DECISIONS", "30");
        expected.put("COERCION_DECISIONS/ITEMS_BEFORE", "9");
        expected.put("COERCION_DECISIONS/ITEMS_CHANGE", "0");
        expected.put("COERCION_DECISIONS/DECISIONS", "4");
        expected.put("FEES_COLLECTED_10K_YUAN/ITEMS_BEFORE", "4");
        expected.put("FEES_COLLECTED_10K_YUAN/ITEMS_CHANGE", "-1");
        expected.put("PROCUREMENT/PROJECTS", "9");
        expected.put("PROCUREMENT/PROCUREMENT_AMOUNT", "1300.00");
        assertEquals(expected, cells(r, "TABLE_2"));
        assertEquals(List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
                "采购项目数量", "采购总金额（单位：万元）"), r.getList("tables.find { it.code == 'TABLE_2' }.columns.label"));
        assertEquals(List.of("第二十条第（一）项", "规章", "规范性文件", "第二十条第（五）项", "行政许可", "其他对外管理服务事项",
                        "第二十条第（六）项", "行政处罚", "行政强制", "第二十条第（八）项", "行政事业性收费", "第二十条第（九）项", "政府集中采购"),
                r.getList("tables.find { it.code == 'TABLE_2' }.rows.label"));
    }

    @Test
    void table2OfTheDepartmentAloneKeepsItsAmountToTheYuanAndItsSlashes() {
        Map<String, String> t2 = cells(report(DEPT, "?scope=SELF"), "TABLE_2");
        assertEquals("0", t2.get("REGULATION/PUBLISHED_TOTAL"));
        assertEquals("3", t2.get("NORMATIVE_DOCUMENT/ISSUED"));
        assertEquals("3", t2.get("NORMATIVE_DOCUMENT/PUBLISHED"));
        assertEquals("11", t2.get("NORMATIVE_DOCUMENT/PUBLISHED_TOTAL"));
        assertEquals("18", t2.get("LICENSING_DECISIONS/ITEMS_BEFORE"));
        assertEquals("2", t2.get("LICENSING_DECISIONS/ITEMS_CHANGE"));
        assertEquals("40", t2.get("LICENSING_DECISIONS/DECISIONS"));
        for (String row : List.of("OTHER_SERVICE_DECISIONS", "PENALTY_DECISIONS", "COERCION_DECISIONS")) {
            for (String column : List.of("ITEMS_BEFORE", "ITEMS_CHANGE", "DECISIONS")) {
                assertEquals("/", t2.get(row + "/" + column), row + "/" + column);
            }
        }
        assertEquals("/", t2.get("FEES_COLLECTED_10K_YUAN/ITEMS_BEFORE"));
        assertEquals("2", t2.get("PROCUREMENT/PROJECTS"));
        assertEquals("65.4322", t2.get("PROCUREMENT/PROCUREMENT_AMOUNT"));
    }

    @Test
    void table3HasOneOtherHandlingRowAndTheSameIdentities() {
        JsonPath r = report(CITY, "");
        Map<String, String> t3 = cells(r, "TABLE_3");
        assertEquals(23 * 7, t3.size(), "23 figure rows of 7 columns");
        assertFalse(t3.containsKey("ABANDONED_NO_CORRECTION/TOTAL"));
        assertEquals(List.of("13", "2", "0", "0", "0", "1", "16"), row(t3, "RECEIVED"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), row(t3, "CARRIED_OVER"));
        assertEquals(List.of("6", "0", "0", "0", "0", "1", "7"), row(t3, "DISCLOSED"));
        assertEquals(List.of("0", "1", "0", "0", "0", "0", "1"), row(t3, "NOT_HELD"));
        assertEquals(List.of("4", "1", "0", "0", "0", "0", "5"), row(t3, "OTHER_HANDLING"));
        assertEquals(List.of("10", "2", "0", "0", "0", "1", "13"), row(t3, "CONCLUDED_TOTAL"));
        assertEquals(List.of("4", "0", "0", "0", "0", "0", "4"), row(t3, "CARRIED_FORWARD"));
        long zeros = t3.entrySet().stream().filter(e -> !List.of("RECEIVED", "CARRIED_OVER", "DISCLOSED", "NOT_HELD",
                "OTHER_HANDLING", "CONCLUDED_TOTAL", "CARRIED_FORWARD").contains(e.getKey().split("/")[0]))
                .filter(e -> !e.getValue().equals("0")).count();
        assertEquals(0, zeros, "every other row is 0: " + t3);
        assertEquals("（六）其他处理", r.getString("tables.find { it.code == 'TABLE_3' }.rows.find { it.code == 'OTHER_HANDLING' }.label"));
        assertEquals(List.of("AGENCIES_WITHOUT_RECORDS"), r.getList("checks.code"), "identities hold; only the town is silent");

        Map<String, String> self = cells(report(DEPT, "?scope=SELF"), "TABLE_3");
        assertEquals(List.of("3", "0", "0", "0", "0", "1", "4"), row(self, "RECEIVED"));
        assertEquals(List.of("0", "0", "0", "0", "0", "1", "1"), row(self, "DISCLOSED"));
        assertEquals(List.of("2", "0", "0", "0", "0", "0", "2"), row(self, "OTHER_HANDLING"));
        assertEquals(List.of("2", "0", "0", "0", "0", "1", "3"), row(self, "CONCLUDED_TOTAL"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), row(self, "CARRIED_FORWARD"));
    }

    @Test
    void table4AndTheSectionsOfTheTrialFormat() {
        JsonPath r = report(CITY, "");
        Map<String, String> t4 = cells(r, "TABLE_4");
        assertEquals("2", t4.get("CASES/RECONSIDERATION_UPHELD"));
        assertEquals("1", t4.get("CASES/RECONSIDERATION_CORRECTED"));
        assertEquals("1", t4.get("CASES/RECONSIDERATION_PENDING"));
        assertEquals("4", t4.get("CASES/RECONSIDERATION_TOTAL"));
        assertEquals("1", t4.get("CASES/DIRECT_TOTAL"));
        assertEquals("1", t4.get("CASES/AFTER_RECONSIDERATION_OTHER"));
        assertEquals("1", t4.get("CASES/AFTER_RECONSIDERATION_TOTAL"));
        assertEquals(15, t4.size());
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"),
                r.getList("sections.title"));
        assertTrue(r.getList("sections[5].paragraphs.text").isEmpty(), "the trial format asks for no fee statement");
    }

    @Test
    void aFormatOtherThanTheYearsIsAllowedWithAWarning() {
        JsonPath r = report(CITY, "?format=NATIONAL_2021");
        assertEquals("NATIONAL_2021", r.getString("format"));
        assertEquals("WARNING", r.getString("checks.find { it.code == 'FORMAT_NOT_IN_FORCE' }.severity"));
        assertEquals("1", text(r, "TABLE_3", "ABANDONED_NO_CORRECTION", "TOTAL"));
        assertEquals("3", text(r, "TABLE_3", "OTHER", "TOTAL"));
        JsonPath trial = report(CITY, "?format=NATIONAL_2019");
        assertFalse(trial.getList("checks.code").contains("FORMAT_NOT_IN_FORCE"));
    }

    @Test
    void largeScopeCellsOfTheTrialFormatLinkToTheirContributions() {
        fixture();
        JsonPath split = given().when().get("/api/v1/reports/" + CITY + "/" + YEAR
                        + "/contributions?format=NATIONAL_2019&table=TABLE_2&row=PROCUREMENT&column=PROCUREMENT_AMOUNT")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals(0, new java.math.BigDecimal("1300").compareTo(new java.math.BigDecimal(split.getString("total"))));
        assertEquals(List.of(CITY, DEPT), split.getList("contributions.agency"));
        given().when().get("/api/v1/reports/" + CITY + "/" + YEAR + "/contributions?table=TABLE_3&row=OTHER_HANDLING&column=TOTAL")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        JsonPath other = given().when().get("/api/v1/reports/" + CITY + "/" + YEAR
                        + "/contributions?format=NATIONAL_2019&table=TABLE_3&row=OTHER_HANDLING&column=TOTAL")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals("5", other.getString("total"));
        String link = other.getString("contributions.find { it.agency == '" + CITY + "' }.link");
        assertTrue(link.endsWith("outcome=ABANDONED_NO_CORRECTION&outcome=ABANDONED_NO_FEE&outcome=OTHER"), link);
    }

    private static List<String> row(Map<String, String> cells, String row) {
        return List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE", "LEGAL_SERVICE", "OTHER", "TOTAL").stream()
                .map(c -> cells.get(row + "/" + c)).toList();
    }
}
