package cn.gov.opendata.application.workbench;

import cn.gov.opendata.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/requests/{id}/preview/{action}")
@Tag(name = "Request lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ActionPreviewResource {

    @Inject
    ActionPreview preview;

    @POST
    @Operation(summary = "Dry run of a lifecycle action (same body as the action): the request before and after, or the refusal; nothing is saved")
    @APIResponse(responseCode = "200", description = "What the action would do (before/after, with the due date)")
    @APIResponse(responseCode = "400", description = "Unknown action or invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The action is not possible now; the detail says why")
    public ActionPreview.Preview preview(@PathParam("id") long id, @PathParam("action") String action, JsonNode body) {
        return preview.preview(id, action, body);
    }
}
