package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.dataset.Records;
import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reconsideration names the information request it is about; the request lives in the application-service, the case
 * in the appeals-service. Across the packaged services: the report-service asks the application-service whether the
 * named requests exist and warns (UNKNOWN_REQUEST_REFERENCE, issue 19) about the one it does not hold, without
 * refusing the case or failing the report. An agency of its own outside the city, so no other test sees its records.
 */
class RequestReferenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aCaseNamingARequestTheApplicationServiceDoesNotHoldIsAWarningNotARefusal() throws Exception {
        ReferenceSystem system = ReferenceSystem.get();
        String agency = system.agencyOfItsOwn("e2e-ref-", "引用核对测试局");
        // the loader fails on any answer other than 2xx
        ApiLoader loader = new ApiLoader(system.urls(), system.token("admin"));
        loader.importLines("requests", system.urls().application() + "/api/v1/requests/import", List.of(
                new Records.Request(agency, "YSQ2023-00001", "ONLINE", null, "COMMERCIAL",
                        new Records.Applicant("周口市引用核对测试有限公司", "BUSINESS_LICENSE", "91411600MA00000001",
                                "13800000000", "周口市川汇区人民路1号"),
                        "申请公开某建设项目的批复文件", "2023-03-01T10:00:00+08:00", "2023-03-01", false, null,
                        "DISCLOSED", "2023-03-15", "0.00")));
        loader.importLines("reconsiderations", system.urls().appeals() + "/api/v1/reconsiderations/import", List.of(
                new Records.Reconsideration(agency, "FY-REF-1", "2023-05-04",
                        new Records.RequestRef(agency, "YSQ2023-00001"), "UPHELD", null, "2023-06-20"),
                new Records.Reconsideration(agency, "FY-REF-2", "2023-05-05",
                        new Records.RequestRef(agency, "YSQ2023-09999"), "UPHELD", null, "2023-06-21")));

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.reportUrl() + "/api/v1/reports/"
                        + agency + "/2023?format=NATIONAL_2021&scope=SELF"))
                .header("Authorization", "Bearer " + system.token("reader"))
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode report = JSON.readTree(answer.body());

        List<JsonNode> warnings = new ArrayList<>();
        report.get("checks").forEach(check -> {
            if ("UNKNOWN_REQUEST_REFERENCE".equals(check.get("code").asText())) {
                warnings.add(check);
            }
        });
        assertEquals(1, warnings.size(), report.get("checks").toString());
        JsonNode warning = warnings.get(0);
        assertEquals("WARNING", warning.get("severity").asText());
        String message = warning.get("message").asText();
        assertTrue(message.contains("FY-REF-2") && message.contains("YSQ2023-09999"), message);
        assertFalse(message.contains("FY-REF-1"), "the case naming a request on record is not listed: " + message);
        assertTrue(message.contains("1 件"), message);
        // both cases still count: the reference is checked, not refused
        assertEquals("2", table4(report, "RECONSIDERATION_TOTAL"), "reconsiderations of the year");
        assertEquals("2", table4(report, "RECONSIDERATION_UPHELD"), "both upheld");
    }

    private static String table4(JsonNode report, String column) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("code").asText().equals("TABLE_4")) {
                for (JsonNode cell : table.get("rows").get(0).get("cells")) {
                    if (cell.get("column").asText().equals(column)) {
                        return cell.get("text").asText();
                    }
                }
            }
        }
        throw new AssertionError("no cell " + column + " in table 四");
    }
}
