package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.FakeReportProvider;
import cn.gov.opendata.report.document.JsonRenderer;
import cn.gov.opendata.report.document.SampleReports;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.report.publish.Digests;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PublishResourceTest {

    @Inject
    JsonRenderer json;

    @Inject
    EntityManager em;

    private FakeReportProvider provider;
    private String agency;

    @BeforeEach
    void installFakeProvider() {
        provider = new FakeReportProvider();
        QuarkusMock.installMockForType(provider, ReportProvider.class);
        agency = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Response publish(String query) {
        return given().when().post("/api/v1/reports/{agency}/2021/publish" + query, agency);
    }

    private JsonPath published(String query) {
        return publish(query).then().statusCode(Status.CREATED.getStatusCode()).extract().jsonPath();
    }

    private Response revisionDocument(int revision, String ext) {
        return given().when().get("/api/v1/published/{agency}/2021/revisions/{n}.{ext}", agency, revision, ext);
    }

    @Test
    void firstPublicationIsRevisionOne() {
        publish("?publishedBy=办公室").then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith("/api/v1/published/" + agency + "/2021/revisions/1?format=NATIONAL_2021&scope=SUBTREE"))
                .body("agency", equalTo(agency))
                .body("agencyName", equalTo("测试市人民政府"))
                .body("year", equalTo(2021))
                .body("format", equalTo("NATIONAL_2021"))
                .body("scope", equalTo("SUBTREE"))
                .body("revision", equalTo(1))
                .body("rounding", equalTo("TRUNCATE"))
                .body("decimals", equalTo(2))
                .body("publishedBy", equalTo("办公室"))
                .body("publishedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("documents.type", equalTo(List.of("JSON", "HTML", "DOCX", "XLSX", "PDF", "MARKDOWN")))
                .body("documents[2].href", equalTo("/api/v1/published/" + agency + "/2021/revisions/1.docx?format=NATIONAL_2021&scope=SUBTREE"));
    }

    @Test
    void changedFiguresPublishRevisionTwo() {
        published("");
        provider.extraRequests = 1;
        JsonPath second = published("");
        assertEquals(2, second.getInt("revision"));
        given().when().get("/api/v1/published/{agency}/2021/revisions/2", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("snapshot.revision", equalTo(2))
                .body("report.tables[1].rows[0].cells[0].text", equalTo("58"));
    }

    @Test
    void unchangedReportReturnsTheLatestRevisionWithoutStoringAnother() {
        JsonPath first = published("");
        publish("").then().statusCode(Status.OK.getStatusCode())
                .body("revision", equalTo(1))
                .body("sha256", equalTo(first.getString("sha256")));
        given().when().get("/api/v1/published?agency={agency}", agency)
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
    }

    @Test
    void forceStoresANewRevisionOfAnUnchangedReport() {
        JsonPath first = published("");
        JsonPath forced = published("?force=true");
        assertEquals(2, forced.getInt("revision"));
        assertEquals(first.getString("contentSha256"), forced.getString("contentSha256"));
    }

    @Test
    void revisionsAreNumberedPerFormatAndScope() {
        published("");
        assertEquals(1, published("?scope=SELF").getInt("revision"));
        assertEquals(1, published("?format=LEGACY_2008").getInt("revision"));
        assertEquals(2, published("?force=true").getInt("revision"));
    }

    @Test
    void storedBytesAreReturnedExactlyWithTheirHash() {
        JsonPath snapshot = published("");
        List<Map<String, Object>> documents = snapshot.getList("documents");
        assertEquals(List.of("JSON", "HTML", "DOCX", "XLSX", "PDF", "MARKDOWN"), documents.stream().map(d -> d.get("type")).toList());
        for (Map<String, Object> document : documents) {
            DocumentType type = DocumentType.valueOf((String) document.get("type"));
            Response response = revisionDocument(1, type.extension());
            response.then().statusCode(Status.OK.getStatusCode())
                    .contentType(containsString(type.mediaType()))
                    .header("ETag", "\"" + document.get("sha256") + "\"")
                    .header("Repr-Digest", Digests.reprDigest((String) document.get("sha256")))
                    .header("Content-Disposition", containsString(agency + "-2021-national-2021-subtree-r1." + type.extension()));
            byte[] body = response.asByteArray();
            assertEquals(document.get("sha256"), Digests.sha256Hex(body), type + " hash");
            assertEquals(((Number) document.get("size")).longValue(), body.length, type + " size");
            assertArrayEquals(body, revisionDocument(1, type.extension()).asByteArray(), type + " served the same twice");
        }
    }

    @Test
    void storedJsonIsTheCanonicalJsonOfThePublishedReport() {
        JsonPath snapshot = published("");
        byte[] expected = json.render(SampleReports.national(agency, 2021));
        byte[] stored = revisionDocument(1, "json").asByteArray();
        assertArrayEquals(expected, stored);
        assertEquals(Digests.sha256Hex(expected), snapshot.getString("sha256"));
    }

    @Test
    void snapshotIsUnchangedWhenTheFiguresChangeLater() throws IOException {
        published("");
        byte[] html = revisionDocument(1, "html").asByteArray();
        byte[] xlsx = revisionDocument(1, "xlsx").asByteArray();
        byte[] reportJson = revisionDocument(1, "json").asByteArray();

        provider.extraRequests = 5;
        given().when().get("/api/v1/reports/{agency}/2021.html", agency).then().statusCode(Status.OK.getStatusCode())
                .body(containsString(">62</a>"));

        assertArrayEquals(html, revisionDocument(1, "html").asByteArray());
        assertArrayEquals(xlsx, revisionDocument(1, "xlsx").asByteArray());
        assertArrayEquals(reportJson, revisionDocument(1, "json").asByteArray());
        var page = Jsoup.parse(revisionDocument(1, "html").asString());
        assertEquals("57", page.selectFirst("table#TABLE_3 tr[data-row=RECEIVED] td[data-column=NATURAL_PERSON]").text());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(revisionDocument(1, "xlsx").asByteArray()))) {
            assertEquals(57.0, book.getSheet("表三").getRow(5).getCell(1).getNumericCellValue());
        }
        given().when().get("/api/v1/published/{agency}/2021", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("snapshot.revision", equalTo(1))
                .body("report.tables[1].rows[0].cells[0].text", equalTo("57"));
    }

    @Test
    void latestGivesTheNewestRevisionWithItsReport() {
        published("");
        provider.extraRequests = 2;
        published("?publishedBy=复核人");
        given().when().get("/api/v1/published/{agency}/2021", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("snapshot.revision", equalTo(2))
                .body("snapshot.publishedBy", equalTo("复核人"))
                .body("report.agency", equalTo(agency))
                .body("report.title", equalTo("测试市人民政府2021年政府信息公开工作年度报告"))
                .body("report.tables[1].rows[0].cells[0].text", equalTo("59"));
    }

    @Test
    void listShowsRevisionsWithoutContent() {
        published("");
        provider.extraRequests = 1;
        published("");
        published("?format=LEGACY_2008");
        given().when().get("/api/v1/published?agency={agency}&year=2021", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.format", equalTo(List.of("LEGACY_2008", "NATIONAL_2021", "NATIONAL_2021")))
                .body("items.revision", equalTo(List.of(1, 2, 1)))
                .body("items[0].report", nullValue())
                .body("items[1].documents", hasSize(6));
        given().when().get("/api/v1/published?agency={agency}&format=NATIONAL_2021&size=1&page=1", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(2))
                .body("items.revision", equalTo(List.of(1)));
        given().when().get("/api/v1/published?agency={agency}&year=2020", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(0));
    }

    @Test
    void nonNumericYearFilterIsBadRequest() {
        given().when().get("/api/v1/published?year=last")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("year"));
    }

    @Test
    void databaseRefusesToChangeAPublishedSnapshot() {
        published("");
        assertRefused("UPDATE published_report SET title = 'changed' WHERE agency_code = ?1");
        assertRefused("UPDATE published_document SET sha256 = 'changed' WHERE published_report_id IN "
                + "(SELECT id FROM published_report WHERE agency_code = ?1)");
        given().when().get("/api/v1/published/{agency}/2021", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("snapshot.title", equalTo("测试市人民政府2021年政府信息公开工作年度报告"));
    }

    private void assertRefused(String update) {
        PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery(update).setParameter(1, agency).executeUpdate()));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("published report snapshots are immutable"), root.getMessage());
    }

    @Test
    void pageSizeOverFiveHundredIsBadRequest() {
        given().when().get("/api/v1/published?size=501")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void unknownRevisionIsNotFound() {
        published("");
        given().when().get("/api/v1/published/{agency}/2021/revisions/2", agency)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        revisionDocument(7, "html").then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/v1/published/{agency}/2021?scope=SELF", agency)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unknownDocumentSuffixIsNotFound() {
        published("");
        revisionDocument(1, "odt").then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(".odt"));
    }

    @Test
    void failedAssemblyStoresNothing() {
        provider.failure = new ApiException(Status.SERVICE_UNAVAILABLE, "Service Unavailable", "report assembly unavailable", List.of());
        publish("").then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("report assembly unavailable"));
        given().when().get("/api/v1/published?agency={agency}", agency)
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(0));
    }

    @Test
    void invalidParametersAreBadRequest() {
        publish("?scope=EVERYTHING").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("scope"));
        given().when().post("/api/v1/reports/NO/2021/publish")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("agency"));
        publish("?publishedBy=" + "x".repeat(201)).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("publishedBy"));
    }

    @Test
    void concurrentPublicationsGetConsecutiveRevisions() {
        List<CompletableFuture<Integer>> calls = List.of(
                CompletableFuture.supplyAsync(() -> published("?force=true").getInt("revision")),
                CompletableFuture.supplyAsync(() -> published("?force=true").getInt("revision")),
                CompletableFuture.supplyAsync(() -> published("?force=true").getInt("revision")));
        List<Integer> revisions = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(1, 2, 3), revisions);
        assertNotEquals(revisionDocument(1, "json").asString(), "");
    }
}
