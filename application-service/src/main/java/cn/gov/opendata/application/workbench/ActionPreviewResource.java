package cn.gov.opendata.application.workbench;

import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/requests/{id}/preview/{action}")
@Tag(name = "Request lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ActionPreviewResource {

    @Inject
    ActionPreview preview;

    @POST
    @Operation(summary = "Dry run of a lifecycle action (same body as the action): the request before and after, or the refusal; nothing is saved", description = "Runs the action with the same rules in a transaction that is rolled back: answers the request before and after (status, due date) or the same problem the action would answer.")
    @APIResponse(responseCode = "200", description = "What the action would do (before/after, with the due date)")
    @APIResponse(responseCode = "400", description = "Unknown action or invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The action is not possible now; the detail says why")
    public ActionPreview.Preview preview(@PathParam("id") long id,
                                         @Parameter(description = "The action, as in POST /api/v1/requests/{id}/{action}: confirm-receipt · correction-notice · corrected · extension · consultation-start · consultation-end · fee-notice · fee-paid · custom-reply-date · reply · abandon · withdraw",
                                                 schema = @Schema(enumeration = {"confirm-receipt", "correction-notice", "corrected", "extension", "consultation-start",
                                                         "consultation-end", "fee-notice", "fee-paid", "custom-reply-date", "reply", "abandon", "withdraw"}))
                                         @PathParam("action") String action,
                                         @RequestBody(description = "The action's own body", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                 example = "{\"actor\":\"王科员\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-03-20\"}"))
                                         Map<String, Object> body) {
        return preview.preview(id, action, body);
    }
}
