package cn.gov.opendata.report.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.util.Optional;

/**
 * The report-service's own credential towards the source services' statistics endpoints: a bearer token with
 * the {@code service} role, by client credentials ({@link ClientCredentials}) or from {@code opendata.sources.token}
 * (env OPENDATA_SOURCES_TOKEN). Never the caller's
 * token: the statistics are fetched for the report, whoever asked for it.
 */
@ApplicationScoped
public class SourcesToken implements ClientHeadersFactory {

    private final Optional<String> token;
    private final ClientCredentials clientCredentials;

    public SourcesToken(@ConfigProperty(name = "opendata.sources.token") Optional<String> token, ClientCredentials clientCredentials) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
        this.clientCredentials = clientCredentials;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        // a client-credentials token, when configured, is the identity provider's word and preferred to a fixed one
        Optional<String> current = clientCredentials.configured() ? clientCredentials.token().or(() -> token) : token;
        current.ifPresent(t -> headers.putSingle("Authorization", "Bearer " + t));
        return headers;
    }
}
