package cn.gov.opendata.application.letter.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agency's name as letters print it and its document-number pattern (see DocumentNumbers). */
public record LetterSettingBody(@NotBlank @Size(max = 200) String agencyName, @NotBlank @Size(max = 100) String numberPattern) {
}
