package cn.gov.opendata.application.letter.rest;

import cn.gov.opendata.application.letter.LetterKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A letter to issue. {@code on} is the letter's date (default: the day of the step it reports); {@code recipient}
 * names the consulted third party or agency; {@code note} adds what only the office knows (how to obtain the
 * information, the competent agency, how to pay).
 */
public record IssueLetterBody(@NotNull LetterKind kind,
                              @NotBlank @Size(max = 200) String actor,
                              LocalDate on,
                              @Size(max = 200) String recipient,
                              @Size(max = 2000) String note) {
}
