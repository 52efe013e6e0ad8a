package cn.gov.opendata.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.concurrent.CompletionStage;

/** The statistics endpoint of the disclosure-service (DESIGN.md, the statistics contract). */
@RegisterClientHeaders(SourcesToken.class)
@RegisterRestClient(configKey = "disclosure")
@Path("/api/v1/statistics")
public interface DisclosureClient {

    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<DisclosureStatistics> statistics(@PathParam("year") int year);
}
