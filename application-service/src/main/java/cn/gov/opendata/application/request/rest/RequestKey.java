package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.platform.params.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request named by its natural key, as another service records it (an appeals case names the request it concerns).
 * The number is only bounded, not held to this service's own shape: a number this service could never have issued is
 * simply not found.
 */
@Schema(description = "申请的自然键（机关代码 + 登记编号） A request by its natural key")
public record RequestKey(
        @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE)
        @Schema(example = "zk-gov") String agency,
        @NotBlank @Size(max = 100) @Schema(example = "ZK-2018-0001") String trackingNumber) {
}
