package cn.gov.opendata.application.fee.rest;

import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.application.fee.FeeCalculator;
import cn.gov.opendata.application.fee.FeeMethod;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.platform.problem.ApiException;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/fees")
@Tag(name = "Fees", description = "信息处理费 quotes under 国办函〔2020〕109号")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FeeResource {

    @GET
    @Path("/quote")
    @Operation(summary = "Quote a fee: PER_VOLUME for a number of pages, or PER_REQUEST for the applicant's n-th request of the month",
            description = "信息处理费试算：按量计收时给出页数，按件计收时给出申请人当月第几件申请，返回各档计费明细和金额（元）。A quote only; nothing is recorded.")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "400", description = "Missing or bad method, pages or countInMonth")
    public FeeQuote quote(@Parameter(schema = @Schema(implementation = FeeMethod.class)) @QueryParam("method") String method,
                          @QueryParam("pages") @Min(0) @Max(1_000_000) Integer pages,
                          @QueryParam("countInMonth") @Min(1) @Max(100_000) Integer countInMonth) {
        FeeMethod m = method(method);
        if (m == FeeMethod.PER_VOLUME) {
            if (pages == null) {
                throw ApiException.badRequest("pages", "required for PER_VOLUME");
            }
            return volume(null, pages);
        }
        if (countInMonth == null) {
            throw ApiException.badRequest("countInMonth", "required for PER_REQUEST");
        }
        return new FeeQuote(m, null, null, countInMonth, null, Money.format(FeeCalculator.perRequest(countInMonth)), null);
    }

    static FeeMethod method(String value) {
        FeeMethod m = QueryParams.enumValue("method", value, FeeMethod.class);
        if (m == null) {
            throw ApiException.badRequest("method", "required: one of " + List.of(FeeMethod.values()));
        }
        return m;
    }

    static FeeQuote volume(Long id, int pages) {
        List<FeeQuote.Band> bands = FeeCalculator.volumeBands(pages).stream()
                .map(b -> new FeeQuote.Band(b.from(), b.to(), b.units(), Money.format(b.unitYuan()), Money.format(b.amountYuan())))
                .toList();
        return new FeeQuote(FeeMethod.PER_VOLUME, id, pages, null, null, Money.format(FeeCalculator.perVolume(pages)), bands);
    }
}
