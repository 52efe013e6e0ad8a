package cn.gov.opendata.disclosure.item.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.disclosure.item.Category;
import cn.gov.opendata.disclosure.item.Channel;
import cn.gov.opendata.disclosure.item.service.ItemRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * An item as a client sends it (POST, PUT, and each line of an import). agency and indexNumber are required on
 * POST and import; on PUT they come from the path and, if present, must match it. version is required to replace
 * an existing item and ignored on import.
 */
@Schema(name = "DisclosureItemBody")
public record DisclosureItemBody(
        @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE)
        String agency,
        @Size(max = 100, message = ItemRules.MAX_100) @Pattern(regexp = ItemRules.INDEX_NUMBER_PATTERN, message = ItemRules.INDEX_NUMBER_MESSAGE)
        @Schema(description = "索引号; may contain '/' (e.g. zk-gov/2018-00001)")
        String indexNumber,
        @NotBlank(message = ItemRules.NOT_BLANK) @Size(max = 1000, message = ItemRules.MAX_1000)
        @Pattern(regexp = ItemRules.NO_NUL, message = ItemRules.NO_NUL_MESSAGE)
        String title,
        @Size(max = 200, message = ItemRules.MAX_200) @Pattern(regexp = ItemRules.NO_NUL, message = ItemRules.NO_NUL_MESSAGE)
        @Schema(description = "文号, e.g. 周政〔2018〕1号")
        String documentNumber,
        @NotNull(message = ItemRules.NOT_NULL)
        Category category,
        @NotNull(message = ItemRules.NOT_NULL) @Schema(description = "first publication instant; its calendar year in Asia/Shanghai is the item's report year")
        OffsetDateTime publishedAt,
        @NotEmpty(message = ItemRules.NOT_EMPTY)
        Set<@NotNull(message = ItemRules.NOT_NULL) Channel> channels,
        @Size(max = 2000, message = ItemRules.MAX_2000) @Pattern(regexp = ItemRules.NO_NUL, message = ItemRules.NO_NUL_MESSAGE)
        String url,
        @Schema(description = "date issued (REGULATION and NORMATIVE_DOCUMENT only, required for them)")
        LocalDate issuedOn,
        @Schema(description = "date repealed (REGULATION and NORMATIVE_DOCUMENT only; not before issuedOn)")
        LocalDate repealedOn,
        Long version) {
}
