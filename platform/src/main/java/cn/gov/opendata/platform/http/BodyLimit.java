package cn.gov.opendata.platform.http;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body a service accepts ({@code opendata.http.max-body-size}), and how a refusal says it. A body
 * that declares its length is refused before it is read ({@link RequestGuard}); one sent without (chunked) is counted
 * as it is read ({@link CountedBodies}). The framework checks a chunked body too, but answers with an empty 413, so its
 * own limit ({@code quarkus.http.limits.max-body-size}) must lie at least {@link #MARGIN} above, for ours to come first:
 * the framework counts what has arrived, ours what has been read, and the difference is a few network buffers.
 */
@ApplicationScoped
public class BodyLimit {

    static final long MARGIN = 1024L * 1024;

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "opendata.http.max-body-size") String limit,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") String frameworkLimit) {
        MemorySizeConverter sizes = new MemorySizeConverter();
        this.maxBytes = sizes.convert(limit).asLongValue();
        long framework = sizes.convert(frameworkLimit).asLongValue();
        if (framework < maxBytes + MARGIN) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + frameworkLimit + ") must be at least 1 MB"
                    + " above opendata.http.max-body-size (" + limit + "); set the service's limit in the latter");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** What a refused client reads. */
    public String refusal() {
        return "The request body is larger than this service accepts (" + readable(maxBytes)
                + " at most); send a large import in several smaller batches";
    }

    /** A size in the unit a person reads: 10 MB, 64 MB, 4 GB. */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= 1024 * mb && bytes % (1024 * mb) == 0) {
            return bytes / (1024 * mb) + " GB";
        }
        if (bytes >= mb) {
            return (bytes + mb / 2) / mb + " MB";
        }
        return (bytes + 512) / 1024 + " KB";
    }
}
