package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legacy format reproduces every figure and percentage text of the Zhoukou 2018 report (DOMAIN.md §6). */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class LegacyReportTest {

    private static final List<String> SEED_TEXTS = List.of("83836条", "305条", "56288条", "6034条", "50254条", "2054条",
            "2354条", "28275条", "1764条", "1666条", "94.44%", "258件", "148件", "57.36%", "67件", "25.96%", "42件", "16.27%",
            "1件", "0.38%", "253件", "97.12%", "75件", "29.64%", "114件", "45.05%", "14件", "5.53%", "6件", "2.37%", "9件",
            "3.55%", "15件", "5.92%", "4件", "1.58%", "16件", "6.32%", "98件", "53件", "9件", "36件", "86件", "74件", "2件",
            "10件", "647件");

    private JsonPath legacy(ZhoukouFixture zk, String query) {
        return given().when().get("/api/v1/reports/" + zk.city + "/" + zk.year + "?format=LEGACY_2008" + query)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    private static String section(JsonPath report, String code) {
        List<String> texts = report.getList("sections.find { it.code == '" + code + "' }.paragraphs.text");
        return String.join("\n", texts);
    }

    @Test
    void everySeedFigureAndPercentageIsPrinted() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = legacy(zk, "");
        String all = String.join("\n", report.getList("sections.paragraphs.flatten().text"));
        for (String text : SEED_TEXTS) {
            assertTrue(all.contains(text), "missing " + text + " in:\n" + all);
        }
    }

    @Test
    void sentencesReadLikeTheSeedReport() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = legacy(zk, "");
        String proactive = section(report, "PROACTIVE");
        assertTrue(proactive.contains("本市各级行政机关共主动公开各类政府信息83836条（不同渠道和方式公开相同信息计1条）"), proactive);
        assertTrue(proactive.contains("通过政府公报公开政府信息305条"), proactive);
        assertTrue(proactive.contains("周口市人民政府门户网站公开6034条，所属各级行政机关网站公开50254条"), proactive);
        assertTrue(proactive.contains("门户网站发布政策解读类信息368条"), proactive);
        assertTrue(proactive.contains("共向省政府报送信息1764条，采用1666条，采用率为94.44%"), proactive);
        assertTrue(proactive.contains("市长热线共接听群众来电53640个"), proactive);
        String requests = section(report, "REQUESTS");
        assertTrue(requests.contains("共受理政府信息公开申请258件"), requests);
        assertTrue(requests.contains("通过网络申请148件，占57.36%"), requests);
        assertTrue(requests.contains("通过传真申请1件，占0.38%"), requests);
        assertTrue(requests.contains("答复政府信息公开申请253件"), requests);
        assertTrue(requests.contains("实际公开比例为97.12%"), requests);
        assertTrue(requests.contains("“不同意公开”6件，占总数2.37%"), requests);
        assertTrue(requests.contains("“告知通过其他途径办理”16件，占总数6.32%"), requests);
        assertTrue(requests.contains("未收取检索、复印、邮寄等费用"), requests);
        String appeals = section(report, "APPEALS");
        assertTrue(appeals.contains("共受理政府信息公开行政复议申请98件。其中，被维持具体行政行为53件，被依法纠错9件，其他情形36件。"), appeals);
        assertTrue(appeals.contains("被提起行政诉讼86件，其中，被维持具体行政行为或者驳回原告诉讼请求74件，被依法纠错2件，其他情形10件。"), appeals);
        assertTrue(appeals.contains("受理政府信息公开举报投诉647件"), appeals);
        assertEquals(List.of("OVERVIEW", "PROACTIVE", "REQUESTS", "APPEALS", "PROBLEMS"), report.getList("sections.code"));
    }

    @Test
    void figuresTableCarriesProvenanceLinks() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        JsonPath report = legacy(zk, "");
        String base = "tables.find { it.code == 'LEGACY_FIGURES' }.rows.find { it.code == '%s' }.cells.find { it.column == 'VALUE' }";
        assertEquals("148", report.getString(String.format(base, "RECEIVED_ONLINE") + ".text"));
        String link = report.getString(String.format(base, "RECEIVED_ONLINE") + ".link");
        assertTrue(link.contains("/application/api/v1/requests?agency=" + zk.city), link);
        assertTrue(link.contains("agency=" + zk.township) && link.contains("receivedYear=" + zk.year) && link.contains("channel=ONLINE"), link);
        String complaints = report.getString(String.format(base, "COMPLAINTS") + ".link");
        assertTrue(complaints.contains("/appeals/api/v1/complaints?") && complaints.contains("year=" + zk.year), complaints);
        String portal = report.getString(String.format(base, "PORTAL") + ".link");
        assertTrue(portal.contains("/disclosure/api/v1/disclosures?agency=" + zk.city + "&year=" + zk.year + "&channel=WEBSITE"), portal);
        assertEquals("5000", report.getString(String.format(base, "PORTAL") + ".previous"));
        assertEquals("+1034", report.getString(String.format(base, "PORTAL") + ".change"));
    }

    @Test
    void halfUpAndLargestRemainderChangeThePercentages() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        String halfUp = section(legacy(zk, "&rounding=HALF_UP"), "REQUESTS");
        assertTrue(halfUp.contains("通过网络申请148件，占57.36%"), halfUp);
        assertTrue(halfUp.contains("当面申请42件，占16.28%"), halfUp);
        String oneDecimal = section(legacy(zk, "&rounding=LARGEST_REMAINDER&decimals=1"), "REQUESTS");
        assertTrue(oneDecimal.contains("占57.3%") && oneDecimal.contains("占26.0%") && oneDecimal.contains("占16.3%")
                && oneDecimal.contains("占0.4%"), oneDecimal);
    }

    @Test
    void selfScopeCountsTheAgencyAlone() {
        ZhoukouFixture zk = new ZhoukouFixture().create();
        String proactive = section(legacy(zk, "&scope=SELF"), "PROACTIVE");
        assertTrue(proactive.contains("本机关共主动公开各类政府信息10000条"), proactive);
        assertTrue(!proactive.contains("所属各级行政机关网站"), proactive);
    }
}
