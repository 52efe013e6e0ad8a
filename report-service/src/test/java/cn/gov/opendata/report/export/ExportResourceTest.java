package cn.gov.opendata.report.export;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class ExportResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private String root;
    private int year;

    private void data() {
        root = Stubs.code("t-exp");
        year = Stubs.uniqueYear();
        Directory.put(root, "导出市人民政府", "GOVERNMENT", null);
        Directory.put(root + "-b", "导出市,某局", "DEPARTMENT", root);
        Stubs.statistics("disclosure", year, Map.of(root, Map.of("items", 7, "channels", Map.of("WEBSITE", 7),
                "tallies", Map.of("FEES_COLLECTED_10K_YUAN", "1.5"), "talliesNotApplicable", List.of("COERCION_DECISIONS"))));
        Stubs.statistics("application", year, Map.of(root + "-b", Map.of(
                "received", Map.of("byChannel", Map.of("ONLINE", 2), "byApplicant", Map.of("NATURAL_PERSON", 2)),
                "fees", Map.of("requestsCharged", 1, "amountYuan", "100.00"))));
        Stubs.statistics("appeals", year, Map.of("zz-outsider", Map.of("complaints", 1)));
    }

    @Test
    void jsonHasEveryAgencyOwnFiguresSortedByCode() {
        data();
        JsonPath export = given().when().get("/api/v1/exports/" + year)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        assertEquals(year, export.getInt("year"));
        List<String> codes = export.getList("agencies.code");
        assertEquals(codes.stream().sorted().toList(), codes);
        String self = "agencies.find { it.code == '" + root + "' }";
        assertEquals(7, export.getInt(self + ".disclosure.items"));
        assertEquals("1.50", export.getString(self + ".disclosure.tallies.FEES_COLLECTED_10K_YUAN"));
        assertEquals(List.of("COERCION_DECISIONS"), export.getList(self + ".disclosure.talliesNotApplicable"));
        assertEquals(0, export.getInt(self + ".application.received.byApplicant.size()"));
        String child = "agencies.find { it.code == '" + root + "-b' }";
        assertEquals(root, export.getString(child + ".parent"));
        assertEquals(2, export.getInt(child + ".application.received.byApplicant.NATURAL_PERSON"));
        assertEquals("100.00", export.getString(child + ".application.fees.amountYuan"));
        assertEquals(0, export.getInt(child + ".disclosure.items"));
        assertEquals(List.of("zz-outsider"), export.getList("unknownAgencies"));
    }

    @Test
    void csvHasOneRowPerAgencyWithStableColumns() {
        data();
        byte[] bytes = given().when().get("/api/v1/exports/" + year + ".csv")
                .then().statusCode(Status.OK.getStatusCode()).contentType(matchesPattern("(?i)text/csv; ?charset=utf-8"))
                .extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "UTF-8 byte-order mark, so Excel reads the Chinese names");
        String csv = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(List.copyOf(CsvExport.columns().keySet()), header);
        assertEquals(List.of("code", "name", "kind", "parent", "items"), header.subList(0, 5));
        String rootLine = lines.stream().filter(l -> l.startsWith(root + ",")).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(rootLine.split(",", -1));
        assertEquals("7", cells.get(header.indexOf("items_WEBSITE")));
        assertEquals("/", cells.get(header.indexOf("COERCION_DECISIONS")));
        assertEquals("1.50", cells.get(header.indexOf("FEES_COLLECTED_10K_YUAN")));
        assertTrue(csv.contains(root + "-b,\"导出市,某局\",DEPARTMENT," + root + ","), csv);
    }

    @Test
    void csvByAcceptHeader() {
        data();
        given().accept("text/csv").when().get("/api/v1/exports/" + year)
                .then().statusCode(Status.OK.getStatusCode()).contentType(startsWith("text/csv"))
                .body(startsWith("\uFEFFcode,name,kind,parent,items,"));
    }

    @Test
    void unavailableSourceFailsTheExport() {
        int y = Stubs.uniqueYear();
        Stubs.status("appeals", y, Status.BAD_GATEWAY.getStatusCode());
        given().when().get("/api/v1/exports/" + y)
                .then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                .body("title", equalTo("appeals-service unavailable"));
    }
}
