package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.Outcome;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A history entry; only the fields its type uses are present. Never carries applicant data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(int seq, EventType type, LocalDate on, OffsetDateTime recordedAt, String actor, String reason,
                        LocalDate receivedOn, Integer workingDays, String approvedBy, ConsultationParty party,
                        String amountYuan, Outcome outcome, LocalDate windowEndsOn, LocalDate dueOn, Boolean extended,
                        LocalDate concludedOn, PublishedAt publishedAt) {
}
