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

import cn.gov.opendata.platform.params.DatePolicy;

import java.time.LocalDate;
import java.util.List;

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
    @Operation(summary = "What an office must do as of a day, soonest first: replies falling due within N working days or overdue, "
            + "correction notices whose 7 working days are closing, lapsed correction and payment windows awaiting the abandonment "
            + "record, consultations past 15 working days, requests never confirmed; every request open on that day is considered",
            description = "待办提醒：截至某日（默认今日，Asia/Shanghai）某机关须办理的事项，最急的在前：N 个工作日内到期或已逾期的答复，7 个工作日内须发出的补正告知，已届满待记录视为放弃的补正和缴费期限，超过 15 个工作日的征求意见，尚未确认收到的申请；当日未办结的每一件申请都在考虑之列。")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad parameter")
    public Page<DeadlineItem> upcoming(@QueryParam("agency") String agency,
                                       @QueryParam("within") @DefaultValue("5") @Min(0) @Max(400) int within,
                                       @QueryParam("asOf") String asOf,
                                       @QueryParam("kind") String kind,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (agency != null && !agency.matches(Patterns.AGENCY)) {
            throw ApiException.badRequest("agency", "must be an agency code");
        }
        if (kind != null && !DeadlineService.KINDS.contains(kind)) {
            throw ApiException.badRequest("kind", "must be one of " + String.join(", ", DeadlineService.KINDS));
        }
        return deadlines.upcoming(access.listScope(agency), within, asOf(asOf), kind, page, size);
    }

    /** The day asked about: today by default, else a day within the date policy (1990 to tomorrow, China time). */
    static LocalDate asOf(String value) {
        LocalDate day = QueryParams.date("asOf", value);
        if (day == null) {
            return LegalDates.today();
        }
        DatePolicy.happened("asOf", day).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
        return day;
    }
}
