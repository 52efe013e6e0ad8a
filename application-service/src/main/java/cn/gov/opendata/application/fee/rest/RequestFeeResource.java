package cn.gov.opendata.application.fee.rest;

import cn.gov.opendata.application.fee.FeeMethod;
import cn.gov.opendata.application.fee.service.FeeQuotes;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/requests/{id}/fee-quote")
@Tag(name = "Fees", description = "信息处理费 quotes under 国办函〔2020〕109号")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestFeeResource {

    @Inject
    FeeQuotes quotes;

    @GET
    @Operation(summary = "Quote the fee for a request: PER_REQUEST counts the same applicant's (by id number) requests to the agency in the month of receipt",
            description = "某件申请的信息处理费试算：按件计收时按同一申请人（以证件号码识别）在受理当月向本机关提出的申请件数计算，按量计收时按页数计算。A quote only; nothing is recorded.")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "400", description = "Missing or bad method or pages")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Not received yet, or no applicant id number to count by")
    public FeeQuote requestQuote(@PathParam("id") long id, @Parameter(schema = @Schema(implementation = FeeMethod.class)) @QueryParam("method") String method,
                                 @QueryParam("pages") @Min(0) @Max(1_000_000) Integer pages) {
        FeeMethod m = FeeResource.method(method);
        if (m == FeeMethod.PER_VOLUME) {
            if (pages == null) {
                throw ApiException.badRequest("pages", "required for PER_VOLUME");
            }
            quotes.requireExists(id);
            return FeeResource.volume(id, pages);
        }
        return quotes.perRequest(id);
    }
}
