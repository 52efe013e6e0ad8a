package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static cn.gov.opendata.seeds.e2e.KilledImports.LINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The appeals-service killed (SIGKILL) while it writes a 60,000-line complaints import: after the restart the import
 * is wholly absent (PostgreSQL rolled back the open transaction when the connection died), and sending it again writes
 * all of it — never half a batch.
 */
class ImportKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anImportKilledMidwayIsAllOrNothing() throws Exception {
        ReferenceSystem system = ReferenceSystem.get();
        String admin = system.token("admin");
        ServiceProcess appeals = system.service("appeals");
        String agency = "e2e-kill-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = KilledImports.batch(agency, "K-", "2012-05-02");

        CompletableFuture<HttpResponse<String>> first = KilledImports.start(appeals, admin, batch);
        String backend;
        try {
            backend = KilledImports.awaitWritingBackend(first);
            appeals.kill();
        } finally {
            // the other end-to-end tests share the system: it runs again whatever happened here
            appeals.stop();
            appeals.start(false);
            new ApiLoader(system.urls(), null).awaitReady(Duration.ofMinutes(2));
        }
        assertNotNull(backend, "the import was not seen writing before it ended: " + KilledImports.outcome(first));
        assertEquals(0, KilledImports.total(appeals, admin, agency), "nothing of the killed import is there");

        HttpResponse<String> again = KilledImports.send(appeals, admin, batch);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(LINES, JSON.readTree(again.body()).get("created").asInt(), again.body());
        assertEquals(LINES, KilledImports.total(appeals, admin, agency));
    }
}
