package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scope of 2,001 agencies in each format: no link may carry the scope's codes (a city's 465 made 10,000-character
 * URLs that servers refuse with 414); every figure links to its per-agency contributions, and the contributions of
 * each add up to the figure.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class LargeScopeLinksTest {

    private static final int AGENCIES = 2_000;
    /** Far below the 4 kB request line servers accept, and room for long codes and base addresses. */
    private static final int MAX_LINK = 400;

    private static String root;
    private static int year;

    private static synchronized void fixture() {
        if (root != null) {
            return;
        }
        String prefix = Stubs.code("big");
        year = Stubs.uniqueYear();
        StringBuilder lines = new StringBuilder("{\"code\":\"" + prefix + "\",\"name\":\"大市人民政府\",\"kind\":\"GOVERNMENT\"}\n");
        for (int i = 0; i < AGENCIES; i++) {
            lines.append("{\"code\":\"").append(prefix).append("-").append(i).append("\",\"name\":\"部门").append(i)
                    .append("\",\"kind\":\"DEPARTMENT\",\"parent\":\"").append(prefix).append("\"}\n");
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/agencies/import").then().statusCode(Status.OK.getStatusCode());
        String a = prefix + "-1";
        String b = prefix + "-2";
        Stubs.statistics("disclosure", year, Map.of(
                prefix, Map.of("items", 30, "channels", Map.of("WEBSITE", 30), "categories", Map.of("POLICY_INTERPRETATION", 2)),
                a, Map.of("items", 10, "channels", Map.of("WEBSITE", 8, "GAZETTE", 2),
                        "normativeActs", Map.of("NORMATIVE_DOCUMENT", Map.of("issued", 2, "repealed", 1, "inForce", 5,
                                "published", 2, "publishedTotal", 7)),
                        "tallies", Map.of("LICENSING_DECISIONS", 9, "PROCUREMENT_PROJECTS", 1, "PROCUREMENT_AMOUNT_10K_YUAN", "3.1416")),
                b, Map.of("items", 5, "channels", Map.of("WEIBO", 5),
                        "tallies", Map.of("LICENSING_DECISIONS", 1, "LICENSING_ITEMS", 4),
                        "cataloguesBefore", Map.of("LICENSING_ITEMS", 6))));
        Stubs.statistics("disclosure", year - 1, Map.of());
        Stubs.statistics("application", year, Map.of(
                a, Map.of("received", Map.of("byChannel", Map.of("ONLINE", 3), "byApplicant", Map.of("NATURAL_PERSON", 3)),
                        "concluded", Map.of("byOutcome", Map.of("ALREADY_PUBLIC", Map.of("NATURAL_PERSON", 1),
                                "DISCLOSED", Map.of("NATURAL_PERSON", 1), "OTHER", Map.of("NATURAL_PERSON", 1)))),
                b, Map.of("received", Map.of("byChannel", Map.of("LETTER", 1), "byApplicant", Map.of("COMMERCIAL", 1)),
                        "concluded", Map.of("byOutcome", Map.of("NOT_THIS_AGENCY", Map.of("COMMERCIAL", 1))))));
        Stubs.statistics("application", year - 1, Map.of());
        Stubs.statistics("appeals", year, Map.of(
                a, Map.of("reconsiderations", Map.of("OTHER", 1, "PENDING", 1), "complaints", 2),
                b, Map.of("lawsuits", Map.of("DIRECT", Map.of("UPHELD", 1)))));
        Stubs.statistics("appeals", year - 1, Map.of());
        root = prefix;
    }

    private record Linked(String table, String row, String column, String text, String link) {
    }

    private static List<Linked> links(JsonPath report) {
        List<Linked> out = new ArrayList<>();
        List<Map<String, Object>> tables = report.getList("tables");
        for (Map<String, Object> table : tables) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
                for (Map<String, Object> cell : cells) {
                    if (cell.get("link") != null) {
                        out.add(new Linked((String) table.get("code"), (String) row.get("code"), (String) cell.get("column"),
                                (String) cell.get("text"), (String) cell.get("link")));
                    }
                }
            }
        }
        return out;
    }

    private void everyLinkIsShortAndItsContributionsAddUp(String format) {
        fixture();
        JsonPath report = given().when().get("/api/v1/reports/" + root + "/" + year + "?format=" + format)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        List<Linked> links = links(report);
        assertTrue(links.size() > 20, format + ": " + links.size() + " links");
        int followed = 0;
        for (Linked l : links) {
            assertTrue(l.link().length() <= MAX_LINK, format + " " + l.row() + "/" + l.column() + ": " + l.link().length()
                    + " characters: " + l.link().substring(0, Math.min(200, l.link().length())));
            if (!l.link().contains("/contributions?")) {
                assertEquals(1, l.link().split("agency=").length - 1, "a direct link lists one agency: " + l.link());
                continue;
            }
            JsonPath split = given().when().get(l.link().substring(l.link().indexOf("/api/v1/")))
                    .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
            BigDecimal sum = split.getList("contributions.value", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cell = new BigDecimal(l.text().equals("/") ? "0" : l.text());
            assertEquals(0, cell.compareTo(new BigDecimal(split.getString("total"))), format + " " + l.row() + "/" + l.column());
            assertEquals(0, cell.compareTo(sum), format + " " + l.row() + "/" + l.column() + " contributions add up");
            for (String link : split.getList("contributions.link", String.class)) {
                assertTrue(link.length() <= MAX_LINK && link.split("agency=").length - 1 == 1, link);
            }
            followed++;
        }
        assertTrue(followed > 20, format + ": followed " + followed);
    }

    @Test
    void legacyFiguresOfALargeScopeLinkToTheirContributions() {
        everyLinkIsShortAndItsContributionsAddUp("LEGACY_2008");
    }

    @Test
    void nationalCellsOfALargeScopeLinkToTheirContributions() {
        everyLinkIsShortAndItsContributionsAddUp("NATIONAL_2021");
    }

    @Test
    void trialCellsOfALargeScopeLinkToTheirContributions() {
        everyLinkIsShortAndItsContributionsAddUp("NATIONAL_2019");
    }

    @Test
    void theLargeScopesDocumentsStaySmall() {
        fixture();
        for (String suffix : List.of(".html", ".md")) {
            int bytes = given().when().get("/api/v1/reports/" + root + "/" + year + suffix + "?format=LEGACY_2008")
                    .then().statusCode(Status.OK.getStatusCode()).extract().asByteArray().length;
            assertTrue(bytes < 100_000, suffix + ": " + bytes + " bytes");
        }
    }
}
