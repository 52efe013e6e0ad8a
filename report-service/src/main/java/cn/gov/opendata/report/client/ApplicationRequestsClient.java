package cn.gov.opendata.report.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The application-service's lookup of request keys named elsewhere ({@code POST /api/v1/requests/exists}). */
@RegisterClientHeaders(SourcesToken.class)
@RegisterRestClient(configKey = "application")
@Path("/api/v1/requests/exists")
public interface ApplicationRequestsClient {

    /** At most {@link #MAX_KEYS} keys per call, as the application-service accepts. */
    int MAX_KEYS = 1000;

    record Keys(List<RequestReference.RequestKey> requests) {
    }

    record Unknown(List<RequestReference.RequestKey> unknown) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Unknown unknown(Keys keys);
}
