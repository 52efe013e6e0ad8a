package cn.gov.opendata.report.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.util.Optional;

/**
 * The report-service's own credential towards the source services' statistics endpoints: a bearer token with
 * the {@code service} role, from {@code opendata.sources.token} (env OPENDATA_SOURCES_TOKEN). Never the caller's
 * token: the statistics are fetched for the report, whoever asked for it.
 */
@ApplicationScoped
public class SourcesToken implements ClientHeadersFactory {

    private final Optional<String> token;

    public SourcesToken(@ConfigProperty(name = "opendata.sources.token") Optional<String> token) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        token.ifPresent(t -> headers.putSingle("Authorization", "Bearer " + t));
        return headers;
    }
}
