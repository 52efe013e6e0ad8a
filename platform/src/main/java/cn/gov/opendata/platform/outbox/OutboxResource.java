package cn.gov.opendata.platform.outbox;

import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/outbox")
@Tag(name = "Events", description = "Domain events delivered to subscribed endpoints as signed JSON (HMAC-SHA256), at least once, with an idempotency key; delivery log, dead letters and replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@IfBuildProperty(name = "opendata.outbox.enabled", stringValue = "true")
public class OutboxResource {

    @Inject
    OutboxAdmin admin;

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an endpoint to an agency's events; each is posted with X-Opendata-Signature: sha256=HMAC(secret, body) and Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Subscribed (the secret is not shown again)")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    public Response subscribe(@Valid @NotNull SubscriptionBody body, @Context UriInfo uri) {
        SubscriptionView s = admin.subscribe(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/outbox/subscriptions/{id}").build(s.id())).entity(s).build();
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "Subscriptions the caller oversees")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    @APIResponse(responseCode = "400", description = "Bad agency code")
    public List<SubscriptionView> subscriptions(@QueryParam("agency") String agency) {
        return admin.subscriptions(QueryParams.agency("agency", agency));
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(summary = "Cancel a subscription; its pending deliveries become dead letters")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView cancel(@PathParam("id") long id) {
        return admin.cancel(id);
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "The delivery log, newest first: status PENDING, DELIVERED or DEAD (dead letters)")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad parameter")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    public Page<DeliveryView> deliveries(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        if (status != null && !OutboxAdmin.STATUSES.contains(status)) {
            throw ApiException.badRequest("status", "must be PENDING, DELIVERED or DEAD");
        }
        return admin.deliveries(QueryParams.agency("agency", agency), status, PageRequest.of(page, size));
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Deliver again from the first attempt (a dead letter, or an event the receiver lost): same body, same idempotency key")
    @APIResponse(responseCode = "200", description = "Pending again")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView replay(@PathParam("id") long id) {
        return admin.replay(id);
    }
}
