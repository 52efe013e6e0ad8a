package cn.gov.opendata.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.concurrent.CompletionStage;

/** The statistics endpoint of the appeals-service (DESIGN.md, the statistics contract). */
@RegisterClientHeaders(SourcesToken.class)
@RegisterRestClient(configKey = "appeals")
@Path("/api/v1/statistics")
public interface AppealsClient {

    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    /** With the ETag of the answer already held, if any: an unchanged answer then comes back as 304 without a body. */
    CompletionStage<RestResponse<AppealsStatistics>> statistics(@PathParam("year") int year,
                                                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
