package cn.gov.opendata.platform.http;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Hands the URI check over to {@link RequestGuard}. The framework's own check answers a URI that java.net.URI cannot
 * parse (a malformed escape such as {@code %zz}) with a bare 400 before any route or filter runs, so the client got
 * no problem+json and no security headers. Configuration sources are loaded before the HTTP server starts, which
 * makes this the one place early enough to switch that check off; the guard then refuses the same URIs, and more.
 * Holds no configuration itself.
 */
public class StrictUriHandover implements ConfigSource {

    static {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "opendata-strict-uri-handover";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
