package cn.gov.opendata.platform.audit;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Audit", description = "Append-only log of every write, every publication and every read of personal data")
public class AuditResource {

    private final AuditLog log;
    private final AgencyAccess access;

    public AuditResource(AuditLog log, AgencyAccess access) {
        this.log = log;
        this.access = access;
    }

    @GET
    @Operation(summary = "List audit entries, newest first: a supervisor sees its subtree's records, an admin all",
            description = "审计日志：每一次写入、发布和每一次查看个人信息的记录，新的在前，只增不改。A supervisor sees its subtree's records, an admin all; filter by agency and a time range (dates in Asia/Shanghai, or instants with offset).")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the agency, nor an admin")
    public Page<AuditEntryView> list(@Parameter(description = "The agency owning the records") @QueryParam("agency") String agency,
                                     @Parameter(description = "From this date (Asia/Shanghai) or instant, inclusive") @QueryParam("from") String from,
                                     @Parameter(description = "To this date (Asia/Shanghai, inclusive) or instant (exclusive)") @QueryParam("to") String to,
                                     @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
                                     @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("size") String size) {
        String owner = QueryParams.agency("agency", agency);
        OffsetDateTime start = QueryParams.instant("from", from, false);
        OffsetDateTime end = QueryParams.instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badRequest("to", "must be after from");
        }
        return log.list(access.auditScope(owner), start, end, PageRequest.of(page, size));
    }
}
