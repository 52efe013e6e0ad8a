package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.service.RequestActions;
import cn.gov.opendata.application.request.service.RequestVoiding;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each action appends one event to the history and answers the request as it now stands. */
@Path("/api/v1/requests/{id}")
@Tag(name = "Request lifecycle", description = "Receipt, correction, extension, consultation, fees and conclusion (2019 条例 Art. 30–35)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "Done; the request as it now stands (applicant masked)")
@APIResponse(responseCode = "400", description = "Invalid body")
@APIResponse(responseCode = "404", description = "No such request")
@APIResponse(responseCode = "409", description = "Not possible in the request's current state; nothing changed")
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class RequestActionResource {

    @Inject
    RequestActions actions;

    @Inject
    RequestVoiding voiding;

    @POST
    @Path("/confirm-receipt")
    @Operation(summary = "Confirm receipt with the applicant; sets the legal receipt date (Art. 31)",
            description = "办理步骤：与申请人确认收到申请，确定法定收到日期（第三十一条）；答复期限自此起算 20 个工作日。Only for a request that is awaiting confirmation.")
    public RequestView confirmReceipt(@PathParam("id") long id, @Valid @NotNull ConfirmReceiptBody body) {
        return actions.confirmReceipt(id, body);
    }

    @POST
    @Path("/correction-notice")
    @Operation(summary = "Send the single correction notice, within 7 working days of receipt (Art. 30)",
            description = "办理步骤：发出一次性补正告知，须在收到申请之日起 7 个工作日内（第三十条）；期限暂停，待申请人补正。")
    public RequestView correctionNotice(@PathParam("id") long id, @Valid @NotNull CorrectionNoticeBody body) {
        return actions.correctionNotice(id, body);
    }

    @POST
    @Path("/corrected")
    @Operation(summary = "The corrected request arrived; the 20-working-day clock restarts (Art. 30)",
            description = "办理步骤：申请人补正后的申请到达；20 个工作日的答复期限自补正之日重新计算（第三十条）。")
    public RequestView corrected(@PathParam("id") long id, @Valid @NotNull CorrectedBody body) {
        return actions.corrected(id, body);
    }

    @POST
    @Path("/extension")
    @Operation(summary = "Extend the deadline once by up to 20 working days (Art. 33)",
            description = "办理步骤：延长答复期限一次，最多 20 个工作日（第三十三条第二款），须说明理由。A second extension is 409.")
    public RequestView extension(@PathParam("id") long id, @Valid @NotNull ExtensionBody body) {
        return actions.extension(id, body);
    }

    @POST
    @Path("/consultation-start")
    @Operation(summary = "Start consulting a third party (Art. 32) or another agency (Art. 34); the clock pauses",
            description = "办理步骤：开始征求第三方（第三十二条）或其他机关（第三十四条）意见；期限暂停，征求意见时间不计入答复期限（第三十三条第三款）。")
    public RequestView consultationStart(@PathParam("id") long id, @Valid @NotNull ConsultationStartBody body) {
        return actions.consultationStart(id, body);
    }

    @POST
    @Path("/consultation-end")
    @Operation(summary = "End the consultation; the clock resumes (at most 15 working days were paused)",
            description = "办理步骤：征求意见结束，期限继续计算；暂停的时间至多 15 个工作日计入暂停。")
    public RequestView consultationEnd(@PathParam("id") long id, @Valid @NotNull ConsultationEndBody body) {
        return actions.consultationEnd(id, body);
    }

    @POST
    @Path("/fee-notice")
    @Operation(summary = "Send a fee notice (信息处理费); the clock pauses until payment",
            description = "办理步骤：发出收费通知（信息处理费），期限暂停至申请人缴费；金额按按件或按量计收标准计算。")
    public RequestView feeNotice(@PathParam("id") long id, @Valid @NotNull FeeNoticeBody body) {
        return actions.feeNotice(id, body);
    }

    @POST
    @Path("/fee-paid")
    @Operation(summary = "Record payment of the fee; the clock resumes",
            description = "办理步骤：记录申请人已缴纳信息处理费，期限继续计算。")
    public RequestView feePaid(@PathParam("id") long id, @Valid @NotNull FeePaidBody body) {
        return actions.feePaid(id, body);
    }

    @POST
    @Path("/custom-reply-date")
    @Operation(summary = "Set a later reply date for an unreasonable volume or frequency of requests (Art. 35)",
            description = "办理步骤：申请数量、频次明显超过合理范围的，另行确定答复期限（第三十五条），记录约定的答复日期及理由。")
    public RequestView customReplyDate(@PathParam("id") long id, @Valid @NotNull CustomReplyDateBody body) {
        return actions.customReplyDate(id, body);
    }

    @POST
    @Path("/reply")
    @Operation(summary = "Reply, concluding the request with an outcome",
            description = "办理步骤：作出答复，以一个办理结果（见 Outcome 各值，对应年度报告第三表各行）办结申请。A reply before receipt or to a concluded request is 409.")
    public RequestView reply(@PathParam("id") long id, @Valid @NotNull ReplyBody body) {
        return actions.reply(id, body);
    }

    @POST
    @Path("/abandon")
    @Operation(summary = "Record the request as abandoned after the correction or payment window lapsed",
            description = "办理步骤：申请人逾期未补正或逾期未缴费，视为放弃，申请以相应结果办结（其他处理）。")
    public RequestView abandon(@PathParam("id") long id, @Valid @NotNull AbandonBody body) {
        return actions.abandon(id, body);
    }

    @POST
    @Path("/withdraw")
    @Operation(summary = "Record the applicant's withdrawal (outcome OTHER)",
            description = "办理步骤：记录申请人撤回申请，申请以“其他处理：其他”(OTHER) 办结。")
    public RequestView withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawBody body) {
        return actions.withdraw(id, body);
    }

    @POST
    @Path("/void")
    @Operation(summary = "Void a registration made by mistake (a duplicate entry): kept and audited, counted nowhere",
            description = "作废误登记：登记有误（如重复录入）的申请作废，保留记录并记入审计日志（须说明理由），不再计入任何统计、列表和待办。"
                    + "已作出答复、已办结或已出具文书的申请不能作废（409，说明原因）。Voiding a voided request again answers it unchanged.")
    public RequestView voidRegistration(@PathParam("id") long id, @Valid @NotNull VoidBody body) {
        return voiding.voidRegistration(id, body);
    }
}
