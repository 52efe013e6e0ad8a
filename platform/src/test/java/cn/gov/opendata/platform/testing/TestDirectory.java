package cn.gov.opendata.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the report-service's directory ({@code GET /api/v1/directory/parents}) in a source service's tests:
 * a small HTTP server with the same answers and ETags, whose tree the tests edit ({@link #put}; {@link Tokens#supervisor}
 * puts its subtree). Points the service's replica at itself, with a short refresh period.
 */
public class TestDirectory implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PARENTS = new HashMap<>();
    private static final AtomicLong VERSION = new AtomicLong(1);
    private static final AtomicInteger FULL_ANSWERS = new AtomicInteger();
    private static volatile boolean down;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/directory/parents", exchange -> {
            try (exchange) {
                if (down) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                byte[] body;
                String version;
                synchronized (PARENTS) {
                    version = Long.toString(VERSION.get());
                    body = JSON.writeValueAsBytes(Map.of("version", version, "parents", new TreeMap<>(PARENTS)));
                }
                exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
                if (("\"" + version + "\"").equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                FULL_ANSWERS.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return Map.of("opendata.directory.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "opendata.directory.refresh", "2S",
                "opendata.directory.min-interval", "0S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Adds or moves an agency ({@code parent} null for a root); the next version of the directory has it. */
    public static void put(String code, String parent) {
        synchronized (PARENTS) {
            if (!PARENTS.containsKey(code) || !java.util.Objects.equals(PARENTS.get(code), parent)) {
                PARENTS.put(code, parent);
                if (parent != null && !PARENTS.containsKey(parent)) {
                    PARENTS.put(parent, null);
                }
                VERSION.incrementAndGet();
            }
        }
    }

    /** Adds or moves many agencies at once (a scale test's province) in one new version. */
    public static void putAll(Map<String, String> parents) {
        synchronized (PARENTS) {
            PARENTS.putAll(parents);
            VERSION.incrementAndGet();
        }
    }

    /** Takes agencies out, in one new version. */
    public static void remove(Iterable<String> codes) {
        synchronized (PARENTS) {
            codes.forEach(PARENTS::remove);
            VERSION.incrementAndGet();
        }
    }

    /** How many times the directory was sent whole rather than answered 304. */
    public static int fullAnswers() {
        return FULL_ANSWERS.get();
    }

    /** Makes the directory answer 503 (true) or normally again (false). */
    public static void down(boolean unavailable) {
        down = unavailable;
    }
}
