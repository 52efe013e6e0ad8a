package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.platform.statistics.StatisticsCache;
import cn.gov.opendata.platform.storage.NotifiedValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The public catalogue's pages ({@code GET /api/v1/disclosures}), serialised once and served again for as long as no
 * item has changed, with an ETag and a Last-Modified so that browsers and proxies revalidate and get 304.
 * Validity comes from the same row as the statistics caches' ({@code statistics_generation}, bumped in the transaction
 * of every change to an item, V5). That row is not read per request: each bump notifies at its commit (V7) and
 * {@link NotifiedValue} keeps it, so a cached page costs no database round trip. This instance's writes forget it
 * before they answer ({@code ItemWritesForgetGeneration}), so a page is never older than this instance's last write;
 * another instance's write is seen when its notification arrives (milliseconds), and while the listening connection is
 * down the row is read per request as before. Earned by measurement (BENCHMARKS.md, issue 24).
 */
@ApplicationScoped
public class CataloguePages {

    /** Bounds the cache (a page of 20 items is ~8 kB). Past the bound everything is dropped and refilled on demand. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** The items' generation as entity tags name it, and when it began. */
    public record Generation(String tag, Instant changedAt) {
    }

    /** A page's JSON, its entity tag and the time of the change it reflects. */
    public record Answer(byte[] json, EntityTag etag, Instant lastModified) {
    }

    private record Entry(String generation, Answer answer) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Answer>> readings = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private NotifiedValue<Generation> generation;

    @PostConstruct
    void listen() {
        generation = new NotifiedValue<>(dataSource, "statistics_generation", CataloguePages::readGeneration,
                Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    @PreDestroy
    void stop() {
        generation.close();
    }

    /** The items' generation now (as of this instance's last write, at least). */
    public Generation generation() {
        return generation.get();
    }

    /** After a write of this instance: the next page reads the generation from the database. */
    public void forgetGeneration() {
        generation.forget();
    }

    private static Generation readGeneration(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT epoch, generation, changed_at FROM statistics_generation")) {
            if (!row.next()) {
                throw new IllegalStateException("statistics_generation has no row (V3 migration)");
            }
            return new Generation(StatisticsCache.generation(row.getString(1), row.getLong(2)), row.getTimestamp(3).toInstant());
        }
    }

    /**
     * The entity tag of a page at a generation. The query is named by its text (records print their parts, enums
     * their names), so every instance and every restart gives the same tag for the same page.
     */
    public static EntityTag etag(Generation generation, String query) {
        return new EntityTag("c" + generation.tag() + "-" + Integer.toHexString(query.hashCode()));
    }

    /**
     * The page for the query at the generation: from the cache, else read by {@code page} and kept. Requests that
     * miss the same page at the same generation together (the first burst after a change) wait for one reading of it
     * rather than each querying the items.
     */
    public Answer answer(Generation generation, String query, Supplier<Object> page) {
        Entry cached = entries.get(query);
        if (cached != null && cached.generation().equals(generation.tag())) {
            return cached.answer();
        }
        String reading = generation.tag() + " " + query;
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = readings.putIfAbsent(reading, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Answer answer = read(generation, query, page);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            readings.remove(reading, mine);
        }
    }

    private Answer read(Generation generation, String query, Supplier<Object> page) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(page.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Answer answer = new Answer(json, etag(generation, query), generation.changedAt());
        if (bytes.addAndGet(json.length) > MAX_BYTES) {
            entries.clear();
            bytes.set(json.length);
        }
        Entry replaced = entries.put(query, new Entry(generation.tag(), answer));
        if (replaced != null) {
            bytes.addAndGet(-replaced.answer().json().length);
        }
        return answer;
    }

    /** The other request's page, or its failure as if it were this request's own. */
    private static Answer await(CompletableFuture<Answer> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
