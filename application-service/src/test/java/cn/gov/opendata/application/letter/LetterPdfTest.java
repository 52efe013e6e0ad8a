package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.application.letter.rest.LetterResource;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statutory letters as PDF, read back with PDFBox: A4, the Chinese fonts embedded, and the text searchable —
 * the document number, the article of the 条例, the reasons and the remedies, as the DOCX states them.
 */
@QuarkusTest
class LetterPdfTest {

    private static final int OK = Status.OK.getStatusCode();

    private static ValidatableResponse post(String agency, long id, String path, String body) {
        return given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests/" + id + "/" + path).then();
    }

    private static ValidatableResponse pdf(String token, long id, long letter) {
        return given().auth().oauth2(token).when().get("/api/v1/requests/" + id + "/letters/" + letter + "/pdf").then();
    }

    @Test
    void theReplyAsPdfIsA4WithEmbeddedFontsAndSearchableNumberArticleReasonsAndRemedies() throws Exception {
        String agency = Fixtures.agency();
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON)
                .body("{\"agencyName\":\"周口市扶沟县人民政府\",\"numberPattern\":\"扶政依申〔{year}〕{seq:3}号\"}")
                .when().put("/api/v1/letter-settings/" + agency).then().statusCode(OK);
        long id = Fixtures.inPerson(agency, "PDF-1", "2024-03-04");
        post(agency, id, "reply", "{\"actor\":\"王科员\",\"reason\":\"第3项涉及他人个人隐私\",\"on\":\"2024-03-20\",\"outcome\":\"PARTIALLY_DISCLOSED\"}")
                .statusCode(OK);
        var issued = post(agency, id, "letters", "{\"kind\":\"REPLY\",\"actor\":\"王科员\"}")
                .statusCode(Status.CREATED.getStatusCode()).extract().jsonPath();
        long letter = issued.getLong("id");

        byte[] bytes = pdf(Tokens.clerk(agency), id, letter).statusCode(OK).contentType(LetterResource.PDF)
                .header("Content-Disposition", equalTo("attachment; filename=\"letter-2024-1-reply.pdf\""))
                .header("X-Letter-SHA256", equalTo(issued.getString("sha256")))
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1, "A4 width");
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1, "A4 height");
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded() && font instanceof PDType0Font, font.getName() + " is an embedded CID font");
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String expected : new String[] {"政府信息公开申请答复书", "扶政依申〔2024〕001号", "张三：",
                    "本机关于2024年3月4日收到您提出的政府信息公开申请（申请编号：PDF-1）", "理由：第3项涉及他人个人隐私",
                    "《中华人民共和国政府信息公开条例》（国务院令第711号）第三十七条", "60日内依法申请行政复议",
                    "6个月内依法向人民法院提起行政诉讼", "周口市扶沟县人民政府", "2024年3月20日"}) {
                assertTrue(text.contains(expected), "missing " + expected + " in " + text);
            }
        }

        // the DOCX named by the header is the one issued: the PDF is its layout, not another text
        byte[] docx = given().auth().oauth2(Tokens.clerk(agency))
                .when().get("/api/v1/requests/" + id + "/letters/" + letter + "/document").then().statusCode(OK).extract().asByteArray();
        assertEquals(issued.getString("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
    }

    @Test
    void onlyTheOwningAgencysClerksReadThePdfAndAMissingLetterIsAProblem() throws IOException {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "PDF-2", "2024-03-04");
        long letter = post(agency, id, "letters", "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}")
                .statusCode(Status.CREATED.getStatusCode()).extract().jsonPath().getLong("id");

        pdf(Tokens.clerk(Fixtures.agency()), id, letter).statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        pdf(Tokens.supervisor(agency), id, letter).statusCode(Status.FORBIDDEN.getStatusCode());
        pdf(Tokens.clerk(agency), id, letter + 100_000).statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        byte[] receipt = pdf(Tokens.clerk(agency), id, letter).statusCode(OK).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("依申请公开〔2024〕第1号") && text.contains("第三十一条"), text);
        }
    }
}
