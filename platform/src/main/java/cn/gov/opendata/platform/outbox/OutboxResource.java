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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Operation(summary = "Subscribe an endpoint to an agency's events; each is posted with X-Opendata-Signature: sha256=HMAC(secret, body) and Idempotency-Key",
            description = "事件订阅：为某机关的领域事件订阅一个接收地址；每个事件以 JSON POST，带 X-Opendata-Signature: sha256=HMAC(secret, body) 和 Idempotency-Key，至少送达一次。The secret is shown only in this answer. One active subscription per agency and URL: an identical retry answers 200 with it. An admin, or a supervisor of the agency.")
    @APIResponse(responseCode = "201", description = "Subscribed (the secret is not shown again)")
    @APIResponse(responseCode = "200", description = "Identical retry: the agency's subscription to this URL, made before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or an event type this service does not send")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    @APIResponse(responseCode = "409", description = "The agency has an active subscription to this URL with another secret or other event types")
    public Response subscribe(@Valid @NotNull SubscriptionBody body, @Context UriInfo uri) {
        OutboxAdmin.Subscribed subscribed = admin.subscribe(body);
        SubscriptionView s = subscribed.subscription();
        if (!subscribed.created()) {
            return Response.ok(s).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/outbox/subscriptions/{id}").build(s.id())).entity(s).build();
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "Subscriptions the caller oversees",
            description = "事件订阅：调用者所管辖的订阅（管理员为全部），可按机关筛选。")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    @APIResponse(responseCode = "400", description = "Bad agency code")
    public List<SubscriptionView> subscriptions(@QueryParam("agency") String agency) {
        return admin.subscriptions(QueryParams.agency("agency", agency));
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(summary = "Cancel a subscription; its pending deliveries become dead letters",
            description = "事件订阅：取消一个订阅，其未送达的事件转为死信。An admin, or a supervisor of the agency.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView cancel(@PathParam("id") long id) {
        return admin.cancel(id);
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "The delivery log, newest first: status PENDING, DELIVERED or DEAD (dead letters)",
            description = "事件投递记录：新的在前，可按机关和状态筛选：PENDING 待投递、DELIVERED 已送达、DEAD 死信（多次失败后放弃）。")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad parameter")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    public Page<DeliveryView> deliveries(@QueryParam("agency") String agency, @Parameter(schema = @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}, description = "投递状态 PENDING 待投递 · DELIVERED 已送达 · DEAD 死信（多次失败后放弃）")) @QueryParam("status") String status,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        if (status != null && !OutboxAdmin.STATUSES.contains(status)) {
            throw ApiException.badRequest("status", "must be PENDING, DELIVERED or DEAD");
        }
        return admin.deliveries(QueryParams.agency("agency", agency), status, PageRequest.of(page, size));
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Deliver again from the first attempt (a dead letter, or an event the receiver lost): same body, same idempotency key",
            description = "事件投递：从第一次尝试起重新投递一条事件（死信，或接收方丢失的事件），正文和幂等键不变。An admin, or a supervisor of the agency.")
    @APIResponse(responseCode = "200", description = "Pending again")
    @APIResponse(responseCode = "403", description = "Not an admin, nor a supervisor of the agency")
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView replay(@PathParam("id") long id) {
        return admin.replay(id);
    }
}
