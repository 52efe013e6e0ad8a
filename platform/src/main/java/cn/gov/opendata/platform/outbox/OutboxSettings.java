package cn.gov.opendata.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How the outbox delivers. The outbox itself is switched on per service at build time
 * ({@code opendata.outbox.enabled=true}: the service's migration has its tables).
 */
@ConfigMapping(prefix = "opendata.outbox.delivery")
public interface OutboxSettings {

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("10s")
    String every();

    /** Whether the scheduled poll runs (tests drive {@link OutboxDispatcher#dispatch} themselves). */
    @WithDefault("true")
    boolean scheduled();

    /** Attempts before a delivery is a dead letter. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; doubled after each further one. */
    @WithDefault("30s")
    Duration backoff();

    @WithDefault("6h")
    Duration maxBackoff();

    /** A claimed delivery whose dispatcher died is tried again after this. */
    @WithDefault("5m")
    Duration lease();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("50")
    int batchSize();
}
