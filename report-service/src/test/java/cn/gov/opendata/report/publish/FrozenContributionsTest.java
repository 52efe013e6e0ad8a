package cn.gov.opendata.report.publish;

import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published report of a scope too large to list in a link (more than FigureLinks.MAX_LISTED_AGENCIES agencies)
 * links each figure to its per-agency contributions; those links must keep showing the figures as published, after
 * the records behind them changed (issue 20). Live contributions, by contrast, show today's.
 */
@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class FrozenContributionsTest {

    private static final int AGENCIES = 45;

    private static void directory(String root) {
        StringBuilder lines = new StringBuilder("{\"code\":\"" + root + "\",\"name\":\"大市人民政府\",\"kind\":\"GOVERNMENT\"}\n");
        for (int i = 0; i < AGENCIES; i++) {
            lines.append("{\"code\":\"").append(root).append("-").append(i).append("\",\"name\":\"部门").append(i)
                    .append("\",\"kind\":\"DEPARTMENT\",\"parent\":\"").append(root).append("\"}\n");
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/agencies/import").then().statusCode(Status.OK.getStatusCode());
    }

    /** Agency 1 received {@code online} requests online, agency 2 one letter. */
    private static void records(String root, int year, int online) {
        Stubs.statistics("disclosure", year, Map.of(root + "-1", Map.of("items", 10, "channels", Map.of("WEBSITE", 10))));
        Stubs.statistics("disclosure", year - 1, Map.of());
        Stubs.statistics("application", year, Map.of(
                root + "-1", Map.of("received", Map.of("byChannel", Map.of("ONLINE", online),
                        "byApplicant", Map.of("NATURAL_PERSON", online))),
                root + "-2", Map.of("received", Map.of("byChannel", Map.of("LETTER", 1),
                        "byApplicant", Map.of("COMMERCIAL", 1)))));
        Stubs.statistics("application", year - 1, Map.of());
        Stubs.statistics("appeals", year, Map.of());
        Stubs.statistics("appeals", year - 1, Map.of());
    }

    /** The link of table 三's RECEIVED row, TOTAL column (收到申请数 总计). */
    @SuppressWarnings("unchecked")
    private static String receivedLink(JsonPath report) {
        for (Map<String, Object> table : report.<Map<String, Object>>getList("tables")) {
            for (Map<String, Object> row : (List<Map<String, Object>>) table.get("rows")) {
                if ("RECEIVED".equals(row.get("code"))) {
                    for (Map<String, Object> cell : (List<Map<String, Object>>) row.get("cells")) {
                        if ("TOTAL".equals(cell.get("column"))) {
                            return (String) cell.get("link");
                        }
                    }
                }
            }
        }
        throw new AssertionError("no RECEIVED / TOTAL cell");
    }

    private static JsonPath follow(String link) {
        return given().when().get(link.substring(link.indexOf("/api/v1/")))
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    @Test
    void aPublishedReportsContributionsStayAsPublishedWhenTheRecordsChange() {
        String root = Stubs.code("frozen");
        int year = Stubs.uniqueYear();
        directory(root);
        records(root, year, 3);

        given().when().post("/api/v1/reports/{agency}/{year}/publish?format=NATIONAL_2021", root, year)
                .then().statusCode(Status.CREATED.getStatusCode());
        JsonPath published = given().when().get("/api/v1/published/{agency}/{year}/revisions/1?format=NATIONAL_2021", root, year)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath().setRootPath("report");
        String link = receivedLink(published);
        assertTrue(link.contains("/api/v1/published/" + root + "/" + year + "/revisions/1/contributions?"),
                "a published figure links to the revision's frozen contributions: " + link);

        JsonPath atPublication = follow(link);
        assertEquals(4, atPublication.getInt("total"));
        assertEquals(List.of(root + "-1", root + "-2"), atPublication.getList("contributions.agency"));
        assertEquals(List.of(3, 1), atPublication.getList("contributions.value", Integer.class));

        String live = "/api/v1/reports/" + root + "/" + year + "/contributions?table=TABLE_3&row=RECEIVED&column=TOTAL";
        assertEquals(follow(live).getList("contributions"), atPublication.getList("contributions"),
                "frozen as the live resource answered at publication");

        // the records change after publication: agency 1 has now received 7 requests
        records(root, year, 7);
        assertEquals(8, follow(live).getInt("total"), "the live contributions show today's records");

        JsonPath later = follow(link);
        assertEquals(4, later.getInt("total"), "the published link still shows the figures as published");
        assertEquals(List.of(3, 1), later.getList("contributions.value", Integer.class));
        assertEquals(atPublication.prettify(), later.prettify());

        // the published revision's documents carry the frozen links too, never the live ones
        String html = given().when().get("/api/v1/published/{agency}/{year}/revisions/1.html?format=NATIONAL_2021", root, year)
                .then().statusCode(Status.OK.getStatusCode()).extract().asString();
        assertTrue(html.contains("/revisions/1/contributions?"), "the HTML links to the frozen contributions");
        assertTrue(!html.contains("/api/v1/reports/" + root + "/" + year + "/contributions"), "no live contributions link in the HTML");
    }

    @Test
    void aFigureTheRevisionDoesNotLinkIs404AndAMissingCodeIs400() {
        String root = Stubs.code("frozen");
        int year = Stubs.uniqueYear();
        directory(root);
        records(root, year, 2);
        given().when().post("/api/v1/reports/{agency}/{year}/publish?format=NATIONAL_2021", root, year)
                .then().statusCode(Status.CREATED.getStatusCode());
        String base = "/api/v1/published/" + root + "/" + year + "/revisions/1/contributions?format=NATIONAL_2021";
        given().when().get(base + "&table=TABLE_3&row=NO_SUCH_ROW&column=TOTAL")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
        given().when().get(base + "&table=TABLE_3&column=TOTAL")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json");
        given().when().get("/api/v1/published/" + root + "/" + year + "/revisions/2/contributions?format=NATIONAL_2021"
                        + "&table=TABLE_3&row=RECEIVED&column=TOTAL")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
    }
}
