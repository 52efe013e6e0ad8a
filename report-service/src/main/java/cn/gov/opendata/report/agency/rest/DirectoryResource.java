package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.platform.directory.AgencyTree;
import cn.gov.opendata.platform.http.Revalidation;
import cn.gov.opendata.report.agency.service.LocalDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The tree of the directory as code → parent, for the source services' replicas (platform DirectoryReplica).
 * Public like the published reports that name these agencies: codes and their parents, no names, no people; the
 * source services can fetch it without a credential of their own.
 */
@Path("/api/v1/directory")
@Tag(name = "Agencies", description = "The agency directory (机关) and its tree")
public class DirectoryResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LocalDirectory directory;

    private volatile Serialized last;

    private record Serialized(String version, byte[] json) {
    }

    @GET
    @Path("parents")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every agency's parent code (null for a root), with the directory's version as ETag",
            description = "机关目录：每个机关的上级机关代码（根机关为 null），ETag 为目录版本；If-None-Match 相同时 304。The sources use it to roll figures up a subtree without asking for the whole directory.")
    @APIResponse(responseCode = "200", description = "{\"version\": \"…\", \"parents\": {\"zk-fugou\": \"zk\", \"zk\": null, …}}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    example = "{\"version\":\"42\",\"parents\":{\"zk-city\":null,\"zk-fugou\":\"zk-city\"}}"))
    @APIResponse(responseCode = "304", description = "Unchanged since the version in If-None-Match")
    public Response parents(@Context Request request) throws JsonProcessingException {
        AgencyTree tree = directory.tree();
        EntityTag tag = new EntityTag(tree.version());
        Response.ResponseBuilder unchanged = Revalidation.notModified(request, tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        Serialized current = last;
        if (current == null || !current.version().equals(tree.version())) {
            Map<String, Object> body = Map.of("version", tree.version(), "parents", new TreeMap<>(tree.parents()));
            current = new Serialized(tree.version(), JSON.writeValueAsBytes(body));
            last = current;
        }
        return Response.ok(current.json(), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }
}
