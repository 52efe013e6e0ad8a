package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class NationalReportTest {

    private static JsonPath national(String agency, int year, String query) {
        return given().when().get("/api/v1/reports/" + agency + "/" + year + query)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    private static String cell(JsonPath report, String table, String row, String column, String field) {
        return report.getString("tables.find { it.code == '" + table + "' }.rows.find { it.code == '" + row
                + "' }.cells.find { it.column == '" + column + "' }." + field);
    }

    @Test
    void table3SumsTheSubtreeIntoTheOfficialRows() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = national(zk.city, zk.year, "");
        assertEquals("NATIONAL_2021", report.getString("format"));
        assertEquals("SUBTREE", report.getString("scope"));
        assertEquals("258", cell(report, "TABLE_3", "RECEIVED", "TOTAL", "text"));
        assertEquals("230", cell(report, "TABLE_3", "RECEIVED", "NATURAL_PERSON", "text"));
        assertEquals("7", cell(report, "TABLE_3", "RECEIVED", "LEGAL_SERVICE", "text"));
        assertEquals("5", cell(report, "TABLE_3", "CARRIED_OVER", "TOTAL", "text"));
        assertEquals("189", cell(report, "TABLE_3", "DISCLOSED", "TOTAL", "text"));
        assertEquals("14", cell(report, "TABLE_3", "PARTIALLY_DISCLOSED", "TOTAL", "text"));
        assertEquals("21", cell(report, "TABLE_3", "NOT_HELD", "TOTAL", "text"));
        assertEquals("4", cell(report, "TABLE_3", "WITHHELD_THIRD_PARTY", "NATURAL_PERSON", "text"));
        assertEquals("253", cell(report, "TABLE_3", "CONCLUDED_TOTAL", "TOTAL", "text"));
        assertEquals("10", cell(report, "TABLE_3", "CARRIED_FORWARD", "TOTAL", "text"));
        List<String> rows = report.getList("tables.find { it.code == 'TABLE_3' }.rows.findAll { it.cells.size() > 0 }.code");
        assertEquals(25, rows.size());
        assertEquals("RECEIVED", rows.get(0));
        assertEquals("CARRIED_FORWARD", rows.get(24));
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                report.getList("tables.find { it.code == 'TABLE_3' }.columns.label"));
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                report.getString("tables.find { it.code == 'TABLE_3' }.note"), "the official corner note, nothing appended");
    }

    @Test
    void tables2And4AndTheFeeSentence() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = national(zk.city, zk.year, "");
        assertEquals("1", cell(report, "TABLE_2", "REGULATION", "ISSUED", "text"));
        assertEquals("140", cell(report, "TABLE_2", "NORMATIVE_DOCUMENT", "IN_FORCE", "text"));
        assertEquals("121", cell(report, "TABLE_2", "NORMATIVE_DOCUMENT", "IN_FORCE", "previous"));
        assertEquals("+19", cell(report, "TABLE_2", "NORMATIVE_DOCUMENT", "IN_FORCE", "change"));
        assertEquals("2000", cell(report, "TABLE_2", "LICENSING_DECISIONS", "DECISIONS", "text"));
        assertEquals("310", cell(report, "TABLE_2", "PENALTY_DECISIONS", "DECISIONS", "text"));
        assertEquals("12.75", cell(report, "TABLE_2", "FEES_COLLECTED_10K_YUAN", "AMOUNT", "text"));
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）"),
                report.getList("tables.find { it.code == 'TABLE_2' }.columns.label"));
        assertEquals(List.of("第二十条第（一）项", "规章", "行政规范性文件", "第二十条第（五）项", "行政许可", "第二十条第（六）项",
                        "行政处罚", "行政强制", "第二十条第（八）项", "行政事业性收费"),
                report.getList("tables.find { it.code == 'TABLE_2' }.rows.label"));
        assertEquals(List.of("TABLE_2", "TABLE_3", "TABLE_4"), report.getList("tables.code"));
        assertEquals("53", cell(report, "TABLE_4", "CASES", "RECONSIDERATION_UPHELD", "text"));
        assertEquals("98", cell(report, "TABLE_4", "CASES", "RECONSIDERATION_TOTAL", "text"));
        assertEquals("70", cell(report, "TABLE_4", "CASES", "DIRECT_TOTAL", "text"));
        assertEquals("16", cell(report, "TABLE_4", "CASES", "AFTER_RECONSIDERATION_TOTAL", "text"));
        assertEquals(15, report.getList("tables.find { it.code == 'TABLE_4' }.columns").size());
        assertEquals(List.of("OVERVIEW", "PROACTIVE", "REQUESTS", "APPEALS", "PROBLEMS", "OTHER"), report.getList("sections.code"));
        assertEquals("六、其他需要报告的事项", report.getString("sections[5].title"));
        assertTrue(report.getList("sections[5].paragraphs.text").contains("本年度未收取信息处理费。"));
    }

    @Test
    void cellsLinkToTheOwningServicesLists() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = national(zk.city, zk.year, "");
        String link = cell(report, "TABLE_3", "NOT_HELD", "NATURAL_PERSON", "link");
        assertTrue(link.contains("/application/api/v1/requests?agency=" + zk.city + "&agency="), link);
        assertTrue(link.endsWith("concludedYear=" + zk.year + "&outcome=NOT_HELD&outcome=NOT_THIS_AGENCY&applicantType=NATURAL_PERSON"), link);
        String recon = cell(report, "TABLE_4", "CASES", "DIRECT_CORRECTED", "link");
        assertTrue(recon.contains("/appeals/api/v1/lawsuits?") && recon.endsWith("filedYear=" + zk.year + "&route=DIRECT&result=CORRECTED"), recon);
        assertEquals(List.of("disclosure-service", "application-service", "appeals-service"), report.getList("sources.name"));
    }

    @Test
    void contributionsSplitASubtreeCellByAgencyWithEachAgencysOwnLink() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = national(zk.city, zk.year, "");
        JsonPath split = given().when().get("/api/v1/reports/" + zk.city + "/" + zk.year
                        + "/contributions?table=TABLE_3&row=RECEIVED&column=TOTAL")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals(cell(report, "TABLE_3", "RECEIVED", "TOTAL", "text"), split.getString("total"));
        assertEquals("258", split.getString("total"));
        List<Integer> values = split.getList("contributions.value", Integer.class);
        assertEquals(258, values.stream().mapToInt(Integer::intValue).sum());
        assertEquals(values.stream().sorted(java.util.Comparator.reverseOrder()).toList(), values, "largest first");
        assertTrue(!split.getList("contributions.agency").contains(zk.township), "an agency without records is left out");
        String link = split.getString("contributions[0].link");
        String agency = split.getString("contributions[0].agency");
        assertTrue(link.contains("/api/v1/requests?agency=" + agency + "&receivedYear=" + zk.year), link);
        assertEquals(1, link.split("agency=").length - 1, "one agency per contribution: " + link);

        JsonPath cases = given().when().get("/api/v1/reports/" + zk.city + "/" + zk.year
                        + "/contributions?table=TABLE_4&row=CASES&column=DIRECT_CORRECTED")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals(cell(report, "TABLE_4", "CASES", "DIRECT_CORRECTED", "text"), cases.getString("total"));
    }

    @Test
    void contributionsRefuseAnUnknownOrMissingCell() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        given().when().get("/api/v1/reports/" + zk.city + "/" + zk.year + "/contributions?table=TABLE_3&row=NOPE&column=TOTAL")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("table"));
        given().when().get("/api/v1/reports/" + zk.city + "/" + zk.year + "/contributions?table=TABLE_3&row=RECEIVED")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("column"));
        given().when().get("/api/v1/reports/t-no-such-agency/" + zk.year + "/contributions?table=TABLE_3&row=RECEIVED&column=TOTAL")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void consistentFiguresGiveOnlyTheMissingAgencyWarning() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = national(zk.city, zk.year, "");
        assertEquals(List.of("AGENCIES_WITHOUT_RECORDS"), report.getList("checks.code"));
        assertTrue(report.getString("checks[0].message").contains(zk.township));
        assertEquals("WARNING", report.getString("checks[0].severity"));
    }

    @Test
    void inconsistentSourceFiguresFailTheBalanceIdentity() {
        String agency = Stubs.code("t-bad");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "失衡县人民政府", "COUNTY", null);
        Stubs.statistics("application", year, Map.of(agency, Map.of(
                "received", Map.of("byApplicant", Map.of("NATURAL_PERSON", 10)),
                "concluded", Map.of("byOutcome", Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 7))),
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 1)))));
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.OK.getStatusCode())
                .body("checks.findAll { it.severity == 'ERROR' }.code", hasItem("TABLE_3_BALANCE"))
                .body("checks.find { it.code == 'TABLE_3_BALANCE' }.message", containsString("自然人"));
    }

    @Test
    void negativeFiguresAreErrors() {
        String agency = Stubs.code("t-neg");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "负数局", "DEPARTMENT", null);
        Stubs.statistics("appeals", year, Map.of(agency, Map.of("reconsiderations", Map.of("UPHELD", -1))));
        given().when().get("/api/v1/reports/" + agency + "/" + year)
                .then().statusCode(Status.OK.getStatusCode())
                .body("checks.findAll { it.severity == 'ERROR' }.code", hasItem("NEGATIVE_CELL"));
    }

    @Test
    void yearOnYearDifferencesAreWarnings() {
        String agency = Stubs.code("t-yoy");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "跨年局", "DEPARTMENT", null);
        Stubs.statistics("application", year, Map.of(agency, Map.of(
                "carriedOver", Map.of("byApplicant", Map.of("NATURAL_PERSON", 3)),
                "concluded", Map.of("byOutcome", Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 3))))));
        Stubs.statistics("application", year - 1, Map.of(agency, Map.of(
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 2)))));
        Stubs.statistics("disclosure", year, Map.of(agency, Map.of("items", 1,
                "normativeActs", Map.of("NORMATIVE_DOCUMENT", Map.of("issued", 2, "repealed", 0, "inForce", 9)))));
        Stubs.statistics("disclosure", year - 1, Map.of(agency, Map.of("items", 1,
                "normativeActs", Map.of("NORMATIVE_DOCUMENT", Map.of("issued", 0, "repealed", 0, "inForce", 5)))));
        JsonPath report = national(agency, year, "");
        assertEquals(List.of("CARRY_OVER_MISMATCH", "IN_FORCE_MISMATCH"), report.getList("checks.code"));
        assertEquals(List.of("WARNING", "WARNING"), report.getList("checks.severity"));
    }

    @Test
    void notApplicableOnlyWhenEveryAgencyMarksIt() {
        String root = Stubs.code("t-na");
        int year = Stubs.uniqueYear();
        Directory.put(root, "甲县人民政府", "COUNTY", null);
        Directory.put(root + "-d", "甲县某局", "DEPARTMENT", root);
        Stubs.statistics("disclosure", year, Map.of(
                root, Map.of("items", 1, "talliesNotApplicable", List.of("COERCION_DECISIONS", "REGULATION")),
                root + "-d", Map.of("items", 1, "tallies", Map.of("PENALTY_DECISIONS", 3),
                        "talliesNotApplicable", List.of("COERCION_DECISIONS"))));
        JsonPath report = national(root, year, "");
        assertEquals("/", cell(report, "TABLE_2", "COERCION_DECISIONS", "DECISIONS", "text"));
        assertEquals("3", cell(report, "TABLE_2", "PENALTY_DECISIONS", "DECISIONS", "text"));
        assertEquals("0", cell(report, "TABLE_2", "REGULATION", "ISSUED", "text"));
        JsonPath self = national(root, year, "?scope=SELF");
        assertEquals("/", cell(self, "TABLE_2", "REGULATION", "ISSUED", "text"));
    }

    @Test
    void unknownAgencyCodesInTheSourcesAreReported() {
        String agency = Stubs.code("t-unk");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "某局", "DEPARTMENT", null);
        Stubs.statistics("disclosure", year, Map.of(agency, Map.of("items", 2), "zz-ghost-" + year, Map.of("items", 5)));
        JsonPath report = national(agency, year, "");
        assertEquals(List.of("UNKNOWN_AGENCIES"), report.getList("checks.code"));
        assertTrue(report.getString("checks[0].message").contains("zz-ghost-" + year + " (5)"));
    }

    @Test
    void narrativesComeFromTheReportAgency() {
        String agency = Stubs.code("t-nar");
        int year = Stubs.uniqueYear();
        Directory.put(agency, "叙述局", "DEPARTMENT", null);
        given().contentType(ContentType.JSON).body(Map.of("text", "第一段。\n\n第二段。"))
                .when().put("/api/v1/narratives/" + agency + "/" + year + "/OVERVIEW")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("text", "其他事项。"))
                .when().put("/api/v1/narratives/" + agency + "/" + year + "/OTHER")
                .then().statusCode(Status.CREATED.getStatusCode());
        JsonPath report = national(agency, year, "");
        assertEquals(List.of("第一段。", "第二段。"), report.getList("sections[0].paragraphs.text"));
        assertEquals(List.of("本年度未收取信息处理费。", "其他事项。"), report.getList("sections[5].paragraphs.text"),
                "the fee statement first, so a narrative closing section 六 is not contradicted by it");
    }

    @Test
    void badParametersAndUnknownAgencies() {
        given().when().get("/api/v1/reports/t-no-such-agency/2020")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        String agency = Stubs.code("t-par");
        Directory.put(agency, "参数局", "DEPARTMENT", null);
        given().when().get("/api/v1/reports/" + agency + "/2020?format=PDF")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("format"));
        given().when().get("/api/v1/reports/" + agency + "/2020?rounding=UP")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("rounding"));
        given().when().get("/api/v1/reports/" + agency + "/2020?decimals=9")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("decimals"));
    }
}
