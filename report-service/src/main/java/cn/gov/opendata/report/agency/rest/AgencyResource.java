package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.agency.SubtreeEntry;
import cn.gov.opendata.report.agency.service.AgencyDirectory;
import cn.gov.opendata.report.agency.service.AgencyImporter;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The agency directory (机关) and its tree")
@Authenticated
public class AgencyResource {

    static final int MAX_SIZE = 500;

    @Inject
    AgencyService service;

    @Inject
    AgencyDirectory directory;

    @Inject
    AgencyImporter importer;


    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an agency under its code")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown parent or a cycle")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response put(@PathParam("code") String code, @Valid @NotNull AgencyRequest body) {
        checkCode(code);
        AgencyService.Saved saved = service.put(code, body.name(), body.kind(), body.parent(), body.version());
        return Response.status(saved.created() ? Status.CREATED : Status.OK).entity(AgencyView.of(saved.agency())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an agency")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown parent")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull AgencyLine body, @Context UriInfo uri) {
        var agency = service.create(body.code(), body.name(), body.kind(), body.parent());
        return Response.created(uri.getAbsolutePathBuilder().path(agency.code).build()).entity(AgencyView.of(agency)).build();
    }

    @GET
    @Operation(summary = "List agencies, filtered by parent, kind or a text in code or name")
    @APIResponse(responseCode = "200", description = "A page of agencies, by code")
    @APIResponse(responseCode = "400", description = "Bad paging")
    public PageView<AgencyView> list(@QueryParam("parent") String parent, @QueryParam("kind") AgencyKind kind,
                                     @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw ApiException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        AgencyService.Listing listing = service.list(parent, kind, q, page, size);
        return new PageView<>(listing.items().stream().map(AgencyView::of).toList(), page, size, listing.total());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One agency")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public AgencyView get(@PathParam("code") String code) {
        return AgencyView.of(service.require(code));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an agency that has no children")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "409", description = "It has child agencies")
    public Response delete(@PathParam("code") String code) {
        service.delete(code);
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/subtree")
    @Operation(summary = "The agency and everything under it, flat, depth-first, with depth")
    @APIResponse(responseCode = "200", description = "The subtree")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public SubtreeView subtree(@PathParam("code") String code) {
        List<SubtreeEntry> entries = existingSubtree(code);
        return new SubtreeView(code, entries, entries.size());
    }

    @GET
    @Path("{code}/tree")
    @Operation(summary = "The agency and everything under it, nested")
    @APIResponse(responseCode = "200", description = "The tree")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public TreeNode tree(@PathParam("code") String code) {
        return TreeNode.of(existingSubtree(code));
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import agencies from NDJSON lines {code,name,kind,parent}; all or nothing")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged agencies")
    @APIResponse(responseCode = "400", description = "Bad lines, each listed as 'line n: field'; nothing written")
    public ImportResult importAgencies(InputStream body) {
        return importer.importLines(body);
    }

    private List<SubtreeEntry> existingSubtree(String code) {
        List<SubtreeEntry> entries = directory.subtree(code);
        if (entries.isEmpty()) {
            throw ApiException.notFound("Agency '" + code + "' is not in the directory");
        }
        return entries;
    }

    private static void checkCode(String code) {
        if (!code.matches(AgencyRequest.CODE)) {
            throw ApiException.badRequest("code", "must match " + AgencyRequest.CODE);
        }
    }
}
