package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.platform.params.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where already-public information was published: the publishing agency and its index number (索引号). */
public record PublishedAt(@NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency, @NotBlank @Size(max = 100) String indexNumber) {
}
