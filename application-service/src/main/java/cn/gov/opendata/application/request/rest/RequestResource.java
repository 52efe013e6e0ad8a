package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.paging.Page;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.service.RequestFilter;
import cn.gov.opendata.application.request.service.RequestImporter;
import cn.gov.opendata.application.request.service.RequestRegistry;
import cn.gov.opendata.application.request.service.SimilarRequests;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/requests")
@Tag(name = "Requests", description = "Information requests (依申请公开): registration, lookup and lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestResource {

    @Inject
    RequestRegistry registry;

    @Inject
    RequestImporter importer;

    @Inject
    SimilarRequests similar;

    @Inject
    AgencyAccess access;

    @POST
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Register an arrived request (idempotent on agency + trackingNumber)",
            description = "依申请公开：登记一件已到达的政府信息公开申请（机关、登记编号、渠道、申请人、申请内容、到达时间）。The legal receipt date and the 20-working-day deadline follow from the channel (Art. 31): a request by ordinary post, online or fax waits for receipt confirmation. Idempotent on agency + trackingNumber: an identical retry answers 200 with the stored request, a different request under a taken number is 409. A clerk of the agency or an admin.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Identical retry: the request already registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "409", description = "The tracking number is taken by a request with different content")
    public Response register(@Valid @NotNull RegisterRequestBody body, @Context UriInfo uri) {
        access.requireWrite(body.agency());
        RequestRegistry.Registration registration = registry.register(body);
        if (!registration.created()) {
            return Response.ok(registration.view()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/requests/{id}").build(registration.view().id()))
                .entity(registration.view()).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes("application/x-ndjson")
    @Operation(summary = "Import historical requests (NDJSON, one request per line); all lines or none",
            description = "依申请公开：以 NDJSON 批量导入历史申请，每行一件（ImportLine）。The whole batch is validated first: if any line is bad, nothing is written and the answer lists every bad line as 'line n: field'. Otherwise all lines are created or updated in one transaction; re-sending the batch changes nothing. A line with outcome and concludedOn is a concluded request; without them it is still open.")
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged requests")
    @APIResponse(responseCode = "400", description = "Some lines are invalid (each listed as 'line N: field'); nothing was written")
    @RequestBody(description = "NDJSON: one historical request per line, in the shape of ImportLine; blank lines are skipped", content =
        @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ImportLine.class),
                example = "[{\"agency\":\"zk-fugou\",\"trackingNumber\":\"FG-2018-0001\",\"channel\":\"LETTER\",\"applicantType\":\"NATURAL_PERSON\",\"applicant\":{\"name\":\"张三\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"411621198001010011\"},\"subject\":\"2018年城区道路改造项目的立项批复\",\"receivedOn\":\"2018-03-01\",\"outcome\":\"DISCLOSED\",\"concludedOn\":\"2018-03-20\"},"
                        + "{\"agency\":\"zk-fugou\",\"trackingNumber\":\"FG-2018-0002\",\"channel\":\"ONLINE\",\"applicantType\":\"COMMERCIAL\",\"subject\":\"2018年财政预算执行情况\",\"receivedOn\":\"2018-12-20\"}]"))
    public ImportResult importRequests(InputStream body) {
        return importer.importLines(body);
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Groups of an agency's requests asking for the same thing (same normalised subject), largest first",
            description = "依申请公开：某机关申请内容相同（规范化后的申请事项相同）的申请分组，件数多者在前，用于发现重复申请、批量申请。Narrow by a text in the subject; minCount is the smallest group shown (default 2).")
    @APIResponse(responseCode = "200", description = "One page of groups")
    @APIResponse(responseCode = "400", description = "Missing agency or bad parameter")
    public Page<SimilarGroup> similar(@QueryParam("agency") @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                                      @QueryParam("subject") String subject,
                                      @QueryParam("minCount") @DefaultValue("2") @Min(1) int minCount,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        access.requireRead(agency);
        return similar.groups(agency, subject, minCount, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request with its current deadline; the applicant in clear only for a clerk of the owning agency (audited), masked for supervisors and admins",
            description = "依申请公开：按编号查看一件申请及其当前答复期限。The applicant's personal data is in clear only for a clerk of the owning agency (and that read is audited); supervisors and admins see it masked.")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No such request")
    public RequestView get(@PathParam("id") long id) {
        return registry.find(id).orElseThrow(() -> ApiException.notFound("No request " + id));
    }

    @GET
    @Path("/by-key/{agency}/{trackingNumber}")
    @Operation(summary = "One request by its natural key (the applicant as in GET /requests/{id})",
            description = "依申请公开：按机关代码和登记编号（自然键）查看一件申请，申请人信息的显示规则同 GET /requests/{id}。404 when no such request.")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No such request")
    public RequestView byKey(@PathParam("agency") String agency, @PathParam("trackingNumber") String trackingNumber) {
        return registry.findByKey(agency, trackingNumber)
                .orElseThrow(() -> ApiException.notFound("No request " + agency + "/" + trackingNumber));
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The request's history, oldest first (no personal data)",
            description = "依申请公开：一件申请的办理经过（登记、确认收到、补正、延期、征求意见、收费、答复……），按时间先后，不含个人信息。")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such request")
    public List<EventView> events(@PathParam("id") long id) {
        return registry.events(id).orElseThrow(() -> ApiException.notFound("No request " + id));
    }

    @GET
    // a reader follows a report figure's link to the records counted (docs/SECURITY.md): lists only, no personal data
    @RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List requests (no personal data); the year filters select exactly the records behind each statistics figure",
            description = "依申请公开：分页列出申请（不含个人信息），可按机关、渠道、申请人类型、办理结果、办理状态和年度筛选；年度筛选恰好选出统计表中各数字背后的记录（本年新收、本年办结、上年结转、年末未办结）。")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad filter or page size over 500")
    public Page<RequestSummary> list(@Parameter(description = "agency code; repeat for several (any of them)") @QueryParam("agency") List<String> agency,
                                     @QueryParam("receivedYear") @Min(1990) @Max(2100) Integer receivedYear,
                                     @QueryParam("concludedYear") @Min(1990) @Max(2100) Integer concludedYear,
                                     @Parameter(description = "outcome code; repeat for several (any of them)", schema = @Schema(implementation = Outcome.class)) @QueryParam("outcome") List<String> outcome,
                                     @Parameter(schema = @Schema(implementation = ApplicantType.class)) @QueryParam("applicantType") String applicantType,
                                     @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
                                     @QueryParam("openAtYearEnd") @Min(1990) @Max(2100) Integer openAtYearEnd,
                                     @QueryParam("carriedOverInto") @Min(1990) @Max(2100) Integer carriedOverInto,
                                     @Parameter(schema = @Schema(implementation = RequestStatus.class)) @QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        RequestFilter filter = new RequestFilter(access.figureListScope(QueryParams.agencies("agency", agency)), receivedYear, concludedYear,
                QueryParams.enumValues("outcome", outcome, Outcome.class),
                QueryParams.enumValue("applicantType", applicantType, ApplicantType.class),
                QueryParams.enumValue("channel", channel, Channel.class),
                openAtYearEnd, carriedOverInto,
                QueryParams.enumValue("status", status, RequestStatus.class));
        return registry.list(filter, page, size);
    }
}
