package cn.gov.opendata.platform.directory;

import cn.gov.opendata.platform.problem.ApiException;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replica against a stand-in report-service: fails closed, refreshes by version, keeps its copy when cut off. */
class DirectoryReplicaTest {

    private HttpServer server;
    private volatile String body = "{\"version\":\"1\",\"parents\":{\"zk\":null,\"zk-fugou\":\"zk\"}}";
    private volatile String version = "1";
    private volatile int status = 200;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(DirectoryReplica.PATH, exchange -> {
            try (exchange) {
                String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
                synchronized (asked) {
                    asked.add(String.valueOf(ifNoneMatch));
                }
                if (status != 200) {
                    exchange.sendResponseHeaders(status, -1);
                } else if (("\"" + version + "\"").equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DirectoryReplica replica(Duration refresh) {
        return new DirectoryReplica(Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/"), refresh, Duration.ZERO);
    }

    @Test
    void withoutAnyCopyItFailsClosedNamingTheDirectory() {
        status = 503;
        ApiException refused = assertThrows(ApiException.class, () -> replica(Duration.ofSeconds(30)).tree());
        assertEquals(503, refused.status().getStatusCode());
        assertTrue(refused.getMessage().contains("agency directory"), refused.getMessage());
        ApiException unconfigured = assertThrows(ApiException.class,
                () -> new DirectoryReplica(Optional.empty(), Duration.ofSeconds(30), Duration.ZERO).tree());
        assertTrue(unconfigured.getMessage().contains("opendata.directory.url"), unconfigured.getMessage());
    }

    @Test
    void itAsksWithItsVersionAndKeepsItsCopyWhenCutOff() {
        DirectoryReplica replica = replica(Duration.ZERO);
        assertTrue(replica.tree().within("zk-fugou", "zk"));
        replica.tree();
        status = 500;
        AgencyTree kept = replica.tree();
        assertTrue(kept.within("zk-fugou", "zk"), "a failed refresh keeps the last copy");
        synchronized (asked) {
            assertEquals("null", asked.get(0));
            assertEquals("\"1\"", asked.get(1), "a conditional GET with the version held");
        }
    }

    @Test
    void anUnknownCodeFetchesAtOnceAndAMoveMovesTheScope() {
        DirectoryReplica replica = replica(Duration.ofHours(1));
        assertFalse(replica.tree().contains("zk-new"));
        body = "{\"version\":\"2\",\"parents\":{\"zk\":null,\"zk-fugou\":\"zk\",\"zk-new\":\"zk-fugou\",\"zk-xihua\":null}}";
        version = "2";
        assertTrue(replica.treeKnowing("zk-new").within("zk-new", "zk"), "a new code is fetched before saying no");
        assertFalse(replica.tree().within("zk-xihua", "zk"));
    }

    @Test
    void theTreeAnswersSubtreesAndSurvivesABadCycle() {
        AgencyTree tree = new AgencyTree(java.util.Map.of("a", "b", "b", "a", "r", "", "c", "r"), "x");
        assertFalse(tree.within("a", "r"), "a cycle does not loop");
        assertEquals(java.util.Set.of("c"), tree.subtree("c"));
        assertTrue(tree.subtree("unknown").isEmpty());
    }
}
