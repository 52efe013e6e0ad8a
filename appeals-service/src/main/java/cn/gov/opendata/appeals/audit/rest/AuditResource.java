package cn.gov.opendata.appeals.audit.rest;

import cn.gov.opendata.appeals.audit.service.AuditLog;
import cn.gov.opendata.appeals.common.rest.Page;
import cn.gov.opendata.appeals.common.rest.PageRequest;
import cn.gov.opendata.appeals.common.rest.QueryParams;
import cn.gov.opendata.appeals.problem.ApiException;
import cn.gov.opendata.appeals.problem.Problem;
import cn.gov.opendata.appeals.security.AgencyAccess;
import cn.gov.opendata.appeals.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Audit", description = "Append-only log of every write and every read of personal data")
public class AuditResource {

    private final AuditLog log;
    private final AgencyAccess access;

    public AuditResource(AuditLog log, AgencyAccess access) {
        this.log = log;
        this.access = access;
    }

    @GET
    @Operation(summary = "List audit entries, newest first: a supervisor sees its subtree's records, an admin all")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor of the agency, nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AuditEntryView> list(@Parameter(description = "The agency owning the records") @QueryParam("agency") String agency,
                                     @Parameter(description = "From this date (Asia/Shanghai) or instant, inclusive") @QueryParam("from") String from,
                                     @Parameter(description = "To this date (Asia/Shanghai, inclusive) or instant (exclusive)") @QueryParam("to") String to,
                                     @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        OffsetDateTime start = QueryParams.instant("from", from, false);
        OffsetDateTime end = QueryParams.instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badRequest("to", "must be after from");
        }
        return log.list(access.auditScope(QueryParams.agency("agency", agency)), start, end, PageRequest.of(page, size));
    }
}
