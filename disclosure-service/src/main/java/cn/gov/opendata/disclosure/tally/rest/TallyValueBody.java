package cn.gov.opendata.disclosure.tally.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Exactly one of: a value ("12.50"; counts are whole numbers) or notApplicable = true. */
@Schema(name = "TallyValueBody")
public record TallyValueBody(
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "12.50") BigDecimal value,
        @Schema(description = "true when the figure does not apply to this agency (printed as \"/\", distinct from 0)") Boolean notApplicable) {
}
