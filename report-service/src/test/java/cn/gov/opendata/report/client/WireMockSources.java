package cn.gov.opendata.report.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One WireMock server on a dynamic port stands in for the three source services (each under its own path prefix),
 * answering "no figures" for any year no test has stubbed, and "all on record" to any lookup of request keys.
 */
public class WireMockSources implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        for (String source : new String[] {"disclosure", "application", "appeals"}) {
            server.stubFor(get(urlPathMatching("/" + source + "/api/v1/statistics/[0-9]+")).atPriority(100)
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"agencies\":{}}")));
        }
        // every request key a report asks about is on record unless a test says otherwise
        server.stubFor(post(urlPathEqualTo("/application/api/v1/requests/exists")).atPriority(100)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"unknown\":[]}")));
        String base = server.baseUrl();
        return Map.of(
                "quarkus.rest-client.disclosure.url", base + "/disclosure",
                "quarkus.rest-client.application.url", base + "/application",
                "quarkus.rest-client.appeals.url", base + "/appeals");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
