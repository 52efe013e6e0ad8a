package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change this instance did not make (another instance's, a bulk load in SQL) reaches the catalogue's cached pages
 * through PostgreSQL's notification of the generation's bump (V7), without a request reading the generation.
 */
@QuarkusTest
class CatalogueNotificationTest {

    @Inject
    DataSource dataSource;

    private static String title(String agency) {
        return given().auth().none().queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get("/api/v1/disclosures").then().statusCode(Status.OK.getStatusCode())
                .extract().path("items[0].title");
    }

    @Test
    void aChangeMadeElsewhereReachesTheCachedPage() throws Exception {
        String agency = TestData.agency();
        DisclosureItemResourceTest.create(TestData.item(agency, "A-1"));
        String before = title(agency);
        assertEquals(before, title(agency));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE disclosure_item SET title = '关于防汛工作的更正通知' WHERE agency = ? AND index_number = 'A-1'")) {
            update.setString(1, agency);
            assertEquals(1, update.executeUpdate());
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!"关于防汛工作的更正通知".equals(title(agency))) {
            assertTrue(System.nanoTime() < deadline, "the change was not seen within 20 s");
            Thread.sleep(20);
        }
    }
}
