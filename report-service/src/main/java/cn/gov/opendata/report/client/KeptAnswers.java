package cn.gov.opendata.report.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last statistics answer of each source and year, with its ETag. Every report still asks every source, sending
 * that ETag; a source whose records have not changed since answers 304 and the kept answer is used, so a province
 * report does not move and parse megabytes of unchanged JSON each time. Whether an answer is still current is
 * decided by the source, from its committed changes, never by age here.
 */
@ApplicationScoped
public class KeptAnswers {

    /** Two years of three sources is what one report needs; a few more for reports of other years in between. */
    private static final int MAX_ENTRIES = 8;

    /** An answer as sent with a request: the ETag that went out and the answer it stands for. */
    public record Kept(String etag, Object answer) {
    }

    private record Key(Source source, int year) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The answer held for the source and year, or null. */
    public Kept held(Source source, int year) {
        return kept.get(new Key(source, year));
    }

    /** The answer to use: the body of a 200 (kept when it has an ETag), or what was held when the source said 304. */
    public <T> T answer(Source source, int year, Kept sent, RestResponse<T> response, Class<T> type) {
        if (response.getStatus() == Status.NOT_MODIFIED.getStatusCode()) {
            if (sent == null) {
                throw new SourceFailedException(source.serviceName() + " answered 304 to a request without an ETag", null);
            }
            return type.cast(sent.answer());
        }
        T body = response.getEntity();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag != null && body != null) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(new Key(source, year), new Kept(etag, body));
        }
        return body;
    }
}
