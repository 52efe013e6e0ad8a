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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    @Operation(summary = "Create or replace an agency under its code",
            description = "机关目录：按机关代码新建或整体替换一个机关（名称、类型、上级机关）。Creates the agency or replaces it whole; give the version you read to guard against a concurrent change (409 when stale). The parent must exist and must not lie under the agency itself. Needs an admin token.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
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
    @Operation(summary = "Create an agency",
            description = "机关目录：新建一个机关。Creates an agency under a new code; the answer's Location names it. The parent must already be in the directory; a code that is taken is 409. Needs an admin token.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown parent")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull AgencyLine body, @Context UriInfo uri) {
        var agency = service.create(body.code(), body.name(), body.kind(), body.parent());
        return Response.created(uri.getAbsolutePathBuilder().path(agency.code).build()).entity(AgencyView.of(agency)).build();
    }

    @GET
    @Operation(summary = "List agencies, filtered by parent, kind or a text in code or name",
            description = "机关目录：分页列出机关，可按上级机关、机关类型或代码/名称中的文字筛选，按代码排序。Lists the directory a page at a time (page from 0, size 1-500).")
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
    @Operation(summary = "One agency",
            description = "机关目录：按代码查看一个机关，含其上级机关和版本号。Answers 404 when the code is not in the directory.")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public AgencyView get(@PathParam("code") String code) {
        return AgencyView.of(service.require(code));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an agency that has no children",
            description = "机关目录：删除一个没有下级机关的机关。An agency that still has children is 409; delete or move them first. Needs an admin token.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "409", description = "It has child agencies")
    public Response delete(@PathParam("code") String code) {
        service.delete(code);
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/subtree")
    @Operation(summary = "The agency and everything under it, flat, depth-first, with depth",
            description = "机关目录：该机关及其全部下级机关，平铺、深度优先，每项带层级 depth。The flat form the report's subtree scope counts over.")
    @APIResponse(responseCode = "200", description = "The subtree")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public SubtreeView subtree(@PathParam("code") String code) {
        List<SubtreeEntry> entries = existingSubtree(code);
        return new SubtreeView(code, entries, entries.size());
    }

    @GET
    @Path("{code}/tree")
    @Operation(summary = "The agency and everything under it, nested",
            description = "机关目录：该机关及其全部下级机关，按树形嵌套。The same agencies as the subtree, nested under their parents.")
    @APIResponse(responseCode = "200", description = "The tree")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public TreeNode tree(@PathParam("code") String code) {
        return TreeNode.of(existingSubtree(code));
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import agencies from NDJSON lines {code,name,kind,parent}; all or nothing",
            description = "机关目录：以 NDJSON 批量导入机关，每行一个机关 {code, name, kind, parent}。The whole batch is validated first: if any line is bad, nothing is written and the answer lists every bad line as 'line n: field'. Otherwise every line is created or updated in one transaction, and sending the same batch again changes nothing (all unchanged). A parent may be defined on a later line of the same batch. Needs an admin token.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged agencies")
    @APIResponse(responseCode = "400", description = "Bad lines, each listed as 'line n: field'; nothing written")
    @RequestBody(description = "NDJSON: one agency per line, in the shape of AgencyLine (code, name, kind, parent); blank lines are skipped", content = {
        @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = AgencyLine.class),
                example = "[{\"code\":\"zk-city\",\"name\":\"周口市人民政府\",\"kind\":\"GOVERNMENT\"},"
                        + "{\"code\":\"zk-fugou\",\"name\":\"扶沟县人民政府\",\"kind\":\"COUNTY\",\"parent\":\"zk-city\"}]"),
        @Content(mediaType = "text/plain", schema = @Schema(implementation = AgencyLine.class),
                example = "{\"code\":\"zk-fugou\",\"name\":\"扶沟县人民政府\",\"kind\":\"COUNTY\",\"parent\":\"zk-city\"}")})
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
