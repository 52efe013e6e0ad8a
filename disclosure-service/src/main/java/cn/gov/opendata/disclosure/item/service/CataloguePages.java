package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.platform.statistics.StatisticsCache;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The public catalogue's pages ({@code GET /api/v1/disclosures}), serialised once and served again for as long as no
 * item has changed, with an ETag and a Last-Modified so that browsers and proxies revalidate and get 304.
 * Validity comes from the same row as the statistics caches' ({@code statistics_generation}, bumped in the transaction
 * of every change to an item, V5), read before each answer: a page is never older than the last committed write, on
 * any instance. Earned by measurement (BENCHMARKS.md, issue 24): a page from here costs one single-row read instead of
 * a page query, a count and their serialisation.
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
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    public Generation generation() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT epoch, generation, changed_at FROM statistics_generation")) {
            if (!row.next()) {
                throw new IllegalStateException("statistics_generation has no row (V3 migration)");
            }
            return new Generation(StatisticsCache.generation(row.getString(1), row.getLong(2)), row.getTimestamp(3).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the items' generation", e);
        }
    }

    /**
     * The entity tag of a page at a generation. The query is named by its text (records print their parts, enums
     * their names), so every instance and every restart gives the same tag for the same page.
     */
    public static EntityTag etag(Generation generation, Object query) {
        return new EntityTag("c" + generation.tag() + "-" + Integer.toHexString(query.toString().hashCode()));
    }

    /** The page for the query at the generation: from the cache, else read by {@code page} and kept. */
    public Answer answer(Generation generation, Object query, Supplier<Object> page) {
        String key = query.toString();
        Entry cached = entries.get(key);
        if (cached != null && cached.generation().equals(generation.tag())) {
            return cached.answer();
        }
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
        Entry replaced = entries.put(key, new Entry(generation.tag(), answer));
        if (replaced != null) {
            bytes.addAndGet(-replaced.answer().json().length);
        }
        return answer;
    }
}
