package cn.gov.opendata.application.letter.rest;

import cn.gov.opendata.application.letter.DeliveryMethod;
import cn.gov.opendata.application.letter.LetterKind;
import cn.gov.opendata.application.request.Outcome;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A letter's record, without its text (which names the applicant): the document is downloaded on its own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterView(long id, long requestId, String agency, LetterKind kind, String title, Outcome outcome,
                         String documentNumber, int year, int number, LocalDate issuedOn, OffsetDateTime issuedAt,
                         String issuedBy, String recipient, String sha256, DeliveryMethod deliveryMethod,
                         LocalDate deliveredOn, String deliveredBy) {
}
