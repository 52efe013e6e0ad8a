package cn.gov.opendata.disclosure.item.rest;

import cn.gov.opendata.disclosure.item.service.CataloguePages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Read-your-writes for the catalogue's pages: any request that may have written (every method but GET, HEAD and
 * OPTIONS, whichever resource) makes the next page read the items' generation from the database, before its own
 * answer leaves. Its transaction has committed by then; the notification of its bump may not have arrived yet.
 */
public class ItemWritesForgetGeneration {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CataloguePages pages;

    @ServerResponseFilter
    public void forget(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod())) {
            pages.forgetGeneration();
        }
    }
}
