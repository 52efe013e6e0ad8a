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
    @Operation(summary = "Register an arrived request (idempotent on agency + trackingNumber)")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Identical retry: the request already registered")
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
    @Operation(summary = "Import historical requests (NDJSON, one request per line); all lines or none")
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged requests")
    @APIResponse(responseCode = "400", description = "Some lines are invalid (each listed as 'line N: field'); nothing was written")
    public ImportResult importRequests(InputStream body) {
        return importer.importLines(body);
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Groups of an agency's requests asking for the same thing (same normalised subject), largest first")
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
    @Operation(summary = "One request with its current deadline; the applicant in clear only for a clerk of the owning agency (audited), masked for supervisors and admins")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No such request")
    public RequestView get(@PathParam("id") long id) {
        return registry.find(id).orElseThrow(() -> ApiException.notFound("No request " + id));
    }

    @GET
    @Path("/by-key/{agency}/{trackingNumber}")
    @Operation(summary = "One request by its natural key (the applicant as in GET /requests/{id})")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No such request")
    public RequestView byKey(@PathParam("agency") String agency, @PathParam("trackingNumber") String trackingNumber) {
        return registry.findByKey(agency, trackingNumber)
                .orElseThrow(() -> ApiException.notFound("No request " + agency + "/" + trackingNumber));
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The request's history, oldest first (no personal data)")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such request")
    public List<EventView> events(@PathParam("id") long id) {
        return registry.events(id).orElseThrow(() -> ApiException.notFound("No request " + id));
    }

    @GET
    @Operation(summary = "List requests (no personal data); the year filters select exactly the records behind each statistics figure")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad filter or page size over 500")
    public Page<RequestSummary> list(@Parameter(description = "agency code; repeat for several (any of them)") @QueryParam("agency") List<String> agency,
                                     @QueryParam("receivedYear") @Min(1990) @Max(2100) Integer receivedYear,
                                     @QueryParam("concludedYear") @Min(1990) @Max(2100) Integer concludedYear,
                                     @Parameter(description = "outcome code; repeat for several (any of them)") @QueryParam("outcome") List<String> outcome,
                                     @QueryParam("applicantType") String applicantType,
                                     @QueryParam("channel") String channel,
                                     @QueryParam("openAtYearEnd") @Min(1990) @Max(2100) Integer openAtYearEnd,
                                     @QueryParam("carriedOverInto") @Min(1990) @Max(2100) Integer carriedOverInto,
                                     @QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        RequestFilter filter = new RequestFilter(access.listScope(QueryParams.agencies("agency", agency)), receivedYear, concludedYear,
                QueryParams.enumValues("outcome", outcome, Outcome.class),
                QueryParams.enumValue("applicantType", applicantType, ApplicantType.class),
                QueryParams.enumValue("channel", channel, Channel.class),
                openAtYearEnd, carriedOverInto,
                QueryParams.enumValue("status", status, RequestStatus.class));
        return registry.list(filter, page, size);
    }
}
