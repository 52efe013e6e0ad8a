package cn.gov.opendata.report.document.rest;

import cn.gov.opendata.report.document.DocumentNames;
import cn.gov.opendata.report.document.DocumentType;

import cn.gov.opendata.report.document.FakeReportProvider;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.core.Response.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportDocumentResourceTest {

    private FakeReportProvider provider;
    private String agency;

    @BeforeEach
    void installFakeProvider() {
        provider = new FakeReportProvider();
        QuarkusMock.installMockForType(provider, ReportProvider.class);
        agency = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Response get(String ext) {
        return given().when().get("/api/v1/reports/{agency}/2021.{ext}", agency, ext);
    }

    /** The report URL and its documents parse their parameters once: the same inputs give the same status. */
    @Test
    void theJsonReportAndItsDocumentsAcceptExactlyTheSameParameters() {
        for (String query : List.of("scope=SUBTREE", "format=%20NATIONAL_2021", "format=LEGACY_2008&scope=SELF", "format=national_2021",
                "scope=ALL", "rounding=HALF_UP&decimals=0", "decimals=7", "decimals=two", "rounding=UP&scope=X")) {
            int json = given().accept("application/json").when().get("/api/v1/reports/" + agency + "/2021?" + query).statusCode();
            int suffixed = given().when().get("/api/v1/reports/" + agency + "/2021.json?" + query).statusCode();
            int html = given().accept("text/html").when().get("/api/v1/reports/" + agency + "/2021?" + query).statusCode();
            assertEquals(json, suffixed, "?" + query);
            assertEquals(json, html, "?" + query);
        }
        given().when().get("/api/v1/reports/" + agency + "/2021.json?decimals=7&scope=X")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("decimals", "scope"));
    }

    @Test
    void htmlIsAPrintablePageWithTheFigures() {
        Response response = get("html");
        response.then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/html"))
                .header("Content-Disposition", "inline; filename=\"" + agency + "-2021-national-2021-subtree.html\"; filename*=UTF-8''"
                        + DocumentNames.encode("测试市人民政府2021年政府信息公开工作年度报告.html"));
        var page = Jsoup.parse(response.asString());
        assertEquals("57", page.selectFirst("table#TABLE_3 tr[data-row=RECEIVED] td[data-column=NATURAL_PERSON]").text());
        assertEquals("7", page.selectFirst("table#TABLE_3 thead th[colspan]").attr("colspan"), "申请人情况 over seven columns");
    }

    @Test
    void theReportUrlServesDocumentsByAcceptHeader() throws IOException {
        given().accept("text/html").when().get("/api/v1/reports/{agency}/2021", agency)
                .then().statusCode(Status.OK.getStatusCode()).contentType(containsString("text/html"))
                .body(containsString("57"));
        Response word = given().accept(DocumentType.DOCX.mediaType()).when().get("/api/v1/reports/{agency}/2021", agency);
        word.then().statusCode(Status.OK.getStatusCode()).contentType(DocumentType.DOCX.mediaType());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.asByteArray()))) {
            assertEquals(4 + 1 + 1, doc.getTables().size(), "table 二 as four small tables, then 三 and 四");
        }
        Response pdf = given().accept("application/pdf").when().get("/api/v1/reports/{agency}/2021", agency);
        pdf.then().statusCode(Status.OK.getStatusCode()).contentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            assertTrue(new PDFTextStripper().getText(document).contains("57"));
        }
    }

    @Test
    void pdfIsAnA4DocumentWithTheFiguresAndTheReportsTitleAsItsName() throws IOException {
        Response response = get("pdf");
        response.then().statusCode(Status.OK.getStatusCode())
                .contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + agency + "-2021-national-2021-subtree.pdf\"; filename*=UTF-8''"
                        + "%E6%B5%8B%E8%AF%95%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C2021%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF"
                        + "%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf");
        try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("一、本年新收政府信息公开申请数量57"), text);
        }
    }

    @Test
    void docxIsAWordDocumentWithTheFigures() throws IOException {
        Response response = get("docx");
        response.then().statusCode(Status.OK.getStatusCode())
                .contentType(DocumentType.DOCX.mediaType())
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"" + agency + "-2021-national-2021-subtree.docx\"; filename*=UTF-8''"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            assertEquals(6, doc.getTables().size());
            assertEquals("57", doc.getTables().get(4).getRow(3).getCell(1).getText());
        }
    }

    @Test
    void xlsxIsAWorkbookWithNumericFigures() throws IOException {
        Response response = get("xlsx");
        response.then().statusCode(Status.OK.getStatusCode())
                .contentType(DocumentType.XLSX.mediaType())
                .header("Content-Disposition", containsString("attachment; filename="));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertEquals(List.of("表二", "表三", "表四"), List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            assertEquals(57.0, book.getSheet("表三").getRow(5).getCell(1).getNumericCellValue(), "after two title rows and three header rows");
        }
    }

    @Test
    void markdownHasTheTableRows() {
        Response response = get("md");
        response.then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString(".md\""));
        assertTrue(response.asString().contains("| 一、本年新收政府信息公开申请数量 | [57]("), response.asString());
    }

    @Test
    void jsonIsTheReport() {
        get("json").then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("application/json"))
                .body("agency", equalTo(agency))
                .body("tables.code", equalTo(List.of("TABLE_2", "TABLE_3", "TABLE_4")));
    }

    @Test
    void queryParametersReachTheAssembler() {
        given().when().get("/api/v1/reports/{agency}/2018.html?format=LEGACY_2008&scope=SELF&rounding=HALF_UP&decimals=1", agency)
                .then().statusCode(Status.OK.getStatusCode())
                .header("Content-Disposition", containsString(agency + "-2018-legacy-2008-self.html"));
        assertEquals(new FakeReportProvider.Call(agency, 2018, ReportFormat.LEGACY_2008, ReportScope.SELF,
                new ReportSettings(ReportSettings.Rounding.HALF_UP, 1)), provider.lastCall);
    }

    @Test
    void defaultsAreNationalSubtreeTruncatedToTwoDecimals() {
        get("md").then().statusCode(Status.OK.getStatusCode());
        assertEquals(new FakeReportProvider.Call(agency, 2021, ReportFormat.NATIONAL_2021, ReportScope.SUBTREE,
                ReportSettings.defaults()), provider.lastCall);
    }

    @Test
    void unknownSuffixIsNotFoundProblem() {
        get("odt").then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(".odt"))
                .body("detail", containsString(".docx"));
    }

    @Test
    void unknownFormatIsBadRequestNamingTheParameter() {
        given().when().get("/api/v1/reports/{agency}/2021.html?format=NATIONAL_1999", agency)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("format"));
    }

    @Test
    void decimalsOutOfRangeIsBadRequest() {
        given().when().get("/api/v1/reports/{agency}/2021.xlsx?decimals=9&rounding=UP", agency)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("rounding", "decimals")));
    }

    @Test
    void nonNumericDecimalsIsBadRequest() {
        given().when().get("/api/v1/reports/{agency}/2021.md?decimals=two", agency)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("decimals")));
    }

    @Test
    void invalidAgencyCodeIsBadRequest() {
        given().when().get("/api/v1/reports/Not_An_Agency/2021.html")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void openApiDocumentsTheDocumentAndPublishingEndpoints() {
        Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath().getMap("paths");
        assertTrue(paths.keySet().containsAll(List.of("/api/v1/reports/{agency}/{year}.{ext}",
                "/api/v1/reports/{agency}/{year}/publish", "/api/v1/published", "/api/v1/published/{agency}/{year}",
                "/api/v1/published/{agency}/{year}/revisions/{revision}",
                "/api/v1/published/{agency}/{year}/revisions/{revision}.{ext}")), paths.keySet().toString());
    }

    @Test
    void assemblyFailureIsPassedOnAsProblem() {
        provider.failure = new ApiException(Status.SERVICE_UNAVAILABLE, "Service Unavailable", "appeals-service unreachable", List.of());
        get("html").then().statusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("appeals-service unreachable"));
    }
}
