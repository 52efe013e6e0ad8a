package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.deadline.Timeliness;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the yearly figures need of one request. {@code timeliness} and {@code workingDaysTaken} are only needed
 * for requests concluded in the year being counted.
 */
public record RequestFacts(String agency, Channel channel, ApplicantType applicantType, LocalDate receivedOn,
                           LocalDate concludedOn, Outcome outcome, BigDecimal feeChargedYuan,
                           Timeliness timeliness, Integer workingDaysTaken) {
}
