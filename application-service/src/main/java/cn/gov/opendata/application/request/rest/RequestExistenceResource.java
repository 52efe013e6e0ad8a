package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.service.KnownRequests;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which requests named elsewhere are not on record here: the report-service asks it for the requests its appeals cases
 * name (DESIGN.md, checks on references between services). Keys only, no personal data: a service or an admin.
 */
@Path("/api/v1/requests/exists")
@Tag(name = "Requests", description = "Information requests (依申请公开): registration, lookup and lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
public class RequestExistenceResource {

    private final KnownRequests known;

    public RequestExistenceResource(KnownRequests known) {
        this.known = known;
    }

    @POST
    @Operation(summary = "Which of these request keys name no counted request (none on record, or a voided registration)",
            description = "依申请公开：核对其他服务引用的申请（机关代码 + 登记编号）是否已登记。答复中列出未登记或登记已作废的申请，按提问顺序，每件一次；"
                    + "全部已登记时为空列表。At most 1000 keys per call. For the report-service's check UNKNOWN_REQUEST_REFERENCE; a service token or an admin.")
    @RequestBody(description = "The keys to look up", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestKeys.class),
            example = "{\"requests\":[{\"agency\":\"zk-gov\",\"trackingNumber\":\"ZK-2018-0001\"},{\"agency\":\"zk-gov\",\"trackingNumber\":\"ZK-2018-9999\"}]}"))
    @APIResponse(responseCode = "200", description = "The keys that name no counted request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnknownRequests.class),
                    example = "{\"unknown\":[{\"agency\":\"zk-gov\",\"trackingNumber\":\"ZK-2018-9999\"}]}"))
    @APIResponse(responseCode = "400", description = "Missing list, more than 1000 keys, or a bad key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a service nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnknownRequests unknown(@Valid @NotNull RequestKeys body) {
        return new UnknownRequests(known.unknown(body.requests()));
    }
}
