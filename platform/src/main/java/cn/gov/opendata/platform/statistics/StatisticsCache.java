package cn.gov.opendata.platform.statistics;

import cn.gov.opendata.platform.http.Revalidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A source service's statistics answers ({@code GET /api/v1/statistics/{year}}) for a year and a list of agencies,
 * serialised once and served again for as long as nothing behind them has changed.
 * Validity comes from the database, not from time: every committed change to the counted records bumps
 * {@code statistics_generation} (V3 migration), which is read before each computation, so a cached answer is never
 * older than the last committed write, on any replica. (The application-service's writers append to
 * {@code statistics_change} instead, and its statistics reads fold those into the generation before calling this: V10.) The generation also makes the ETag, so a client that already
 * holds the answer gets 304 Not Modified.
 */
@ApplicationScoped
public class StatisticsCache {

    /** Bounds the cache (a whole province would be ~7 MB). Past the bound everything is dropped and refilled on demand. */
    static final long MAX_BYTES = 48L * 1024 * 1024;

    /** The JSON of an answer and its entity tag (unquoted). */
    public record Answer(byte[] json, String etag) {
    }

    /** Writes one answer as JSON. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Key(int year, List<String> agencies) {
    }

    private record Entry(String generation, Answer answer) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    DataSource dataSource;

    public Answer answer(int year, List<String> agencies, Writer writer) {
        // read before computing: the answer then reflects at least this generation, never less
        String generation = generation();
        Key key = new Key(year, List.copyOf(agencies));
        Entry cached = entries.get(key);
        if (cached != null && cached.generation().equals(generation)) {
            return cached.answer();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Answer answer = new Answer(out.toByteArray(), etag(year, generation, key.agencies()));
        if (bytes.addAndGet(answer.json().length) > MAX_BYTES) {
            entries.clear();
            bytes.set(answer.json().length);
        }
        Entry replaced = entries.put(key, new Entry(generation, answer));
        if (replaced != null) {
            bytes.addAndGet(-replaced.answer().json().length);
        }
        return answer;
    }

    /** A generation as written into entity tags: the database's epoch (shortened) and its counter. */
    public static String generation(String epoch, long counter) {
        return epoch.substring(0, 8) + "." + counter;
    }

    /** The entity tag of the answer for the year and agencies (none: every agency) at a generation. */
    public static String etag(int year, String generation, List<String> agencies) {
        return year + "-" + generation + "-" + Integer.toHexString(agencies.hashCode());
    }

    /** The answer with its ETag, or 304 Not Modified when the client already holds it ({@code If-None-Match}), or 412. */
    public static Response respond(Request request, Answer answer) {
        EntityTag tag = new EntityTag(answer.etag());
        Response.ResponseBuilder notModified = Revalidation.notModified(request, tag);
        return (notModified != null ? notModified : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE)).tag(tag).build();
    }

    private String generation() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT epoch, generation FROM statistics_generation")) {
            if (!row.next()) {
                throw new IllegalStateException("statistics_generation has no row (V3 migration)");
            }
            return generation(row.getString(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics generation", e);
        }
    }
}
