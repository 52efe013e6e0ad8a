package cn.gov.opendata.disclosure.audit.rest;

import cn.gov.opendata.disclosure.audit.service.AuditLog;
import cn.gov.opendata.disclosure.item.service.ItemRules;
import cn.gov.opendata.disclosure.problem.ApiException;
import cn.gov.opendata.disclosure.security.AgencyAccess;
import cn.gov.opendata.disclosure.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Audit", description = "Append-only log of every write")
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
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the agency, nor an admin")
    public AuditPage list(@Parameter(description = "The agency owning the records") @QueryParam("agency")
                          @Pattern(regexp = ItemRules.AGENCY_PATTERN, message = "must be a lower-case agency code") String agency,
                          @Parameter(description = "From this date (Asia/Shanghai) or instant, inclusive") @QueryParam("from") String from,
                          @Parameter(description = "To this date (Asia/Shanghai, inclusive) or instant (exclusive)") @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        OffsetDateTime start = instant("from", from, false);
        OffsetDateTime end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badRequest("to", "must be after from");
        }
        return log.list(access.auditScope(agency), start, end, page, size);
    }

    /** A date-time with offset, or a date in Asia/Shanghai (its start; with endOfDay the next day's start). */
    static OffsetDateTime instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "must be a date (YYYY-MM-DD) or a date-time with offset (ISO 8601)");
        }
    }
}
