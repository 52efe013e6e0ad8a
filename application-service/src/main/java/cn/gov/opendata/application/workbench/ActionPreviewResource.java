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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/api/v1/requests/{id}/preview/{action}")
@Tag(name = "Request lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ActionPreviewResource {

    @Inject
    ActionPreview preview;

    @POST
    @Operation(summary = "Dry run of a lifecycle action (same body as the action): the request before and after, or the refusal; nothing is saved",
            description = "办理预演：以与办理步骤相同的请求体试做一个步骤（confirm-receipt、reply……），返回申请前后的状态和到期日，或拒绝的理由；不保存任何内容。Unknown action is 400; an impossible step is 409 with the reason.")
    @APIResponse(responseCode = "200", description = "What the action would do (before/after, with the due date)")
    @APIResponse(responseCode = "400", description = "Unknown action or invalid body")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The action is not possible now; the detail says why")
    @RequestBody(description = "The body of the action previewed, e.g. of confirm-receipt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(type = SchemaType.OBJECT, description = "The body of POST /requests/{id}/{action}"),
            example = "{\"actor\":\"clerk-zhang\",\"on\":\"2018-03-05\"}"))
    public ActionPreview.Preview preview(@PathParam("id") long id, @Parameter(schema = @Schema(enumeration = {"confirm-receipt", "correction-notice", "corrected", "extension", "consultation-start", "consultation-end", "fee-notice", "fee-paid", "custom-reply-date", "reply", "abandon", "withdraw"}, description = "办理步骤 The step, as its action path: confirm-receipt 确认收到 · correction-notice 补正告知 · corrected 申请人补正 · extension 延期答复 · consultation-start 开始征求意见 · consultation-end 征求意见结束 · fee-notice 收费通知 · fee-paid 缴费 · custom-reply-date 另行确定答复期限 · reply 答复 · abandon 视为放弃 · withdraw 撤回申请")) @PathParam("action") String action, JsonNode body) {
        return preview.preview(id, action, body);
    }
}
