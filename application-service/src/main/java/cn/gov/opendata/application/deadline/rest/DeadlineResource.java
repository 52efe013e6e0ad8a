package cn.gov.opendata.application.deadline.rest;

import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.deadline.service.DeadlineService;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/deadlines")
@Tag(name = "Deadlines", description = "Reply deadlines in working days, derived from each request's history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @Inject
    AgencyAccess access;

    @GET
    @Operation(summary = "Open requests falling due within N working days, and overdue ones, soonest first",
            description = "答复期限提醒：某机关未办结申请中在 N 个工作日内到期的和已逾期的，最先到期的在前；工作日按节假日和调休日历计算。asOf defaults to today in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad parameter")
    public Page<DeadlineItem> upcoming(@QueryParam("agency") String agency,
                                       @QueryParam("within") @DefaultValue("5") @Min(0) @Max(400) int within,
                                       @QueryParam("asOf") String asOf,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (agency != null && !agency.matches(Patterns.AGENCY)) {
            throw ApiException.badRequest("agency", "must be an agency code");
        }
        return deadlines.upcoming(access.listScope(agency), within, asOf(asOf), page, size);
    }

    static LocalDate asOf(String value) {
        LocalDate day = QueryParams.date("asOf", value);
        return day == null ? LegalDates.today() : day;
    }
}
