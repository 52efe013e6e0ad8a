package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** received + carried over = concluded + carried forward, per applicant type, for any lifecycles over several years. */
class StatisticsIdentityPropertiesTest {

    static final LocalDate EPOCH = LocalDate.of(2016, 1, 1);

    @Property(tries = 500)
    void flowIdentityHoldsForEveryApplicantType(@ForAll("lifecycles") @Size(max = 200) List<RequestFacts> requests,
                                               @ForAll @IntRange(min = 2015, max = 2022) int year) {
        Map<String, AgencyFigures> figures = StatisticsCounter.count(year, requests);
        for (AgencyFigures f : figures.values()) {
            for (ApplicantType type : ApplicantType.values()) {
                long in = f.receivedByApplicant().get(type) + f.carriedOver().get(type);
                long out = f.concludedTotal(type) + f.carriedForward().get(type);
                if (in != out) {
                    throw new AssertionError(type + " in " + year + ": " + in + " in, " + out + " out");
                }
            }
        }
    }

    @Property(tries = 300)
    void carriedForwardBecomesNextYearsCarriedOver(@ForAll("lifecycles") @Size(max = 200) List<RequestFacts> requests,
                                                   @ForAll @IntRange(min = 2015, max = 2021) int year) {
        Map<String, AgencyFigures> thisYear = StatisticsCounter.count(year, requests);
        Map<String, AgencyFigures> nextYear = StatisticsCounter.count(year + 1, requests);
        thisYear.forEach((agency, f) -> {
            for (ApplicantType type : ApplicantType.values()) {
                long forward = f.carriedForward().get(type);
                long over = nextYear.containsKey(agency) ? nextYear.get(agency).carriedOver().get(type) : 0;
                if (forward != over) {
                    throw new AssertionError(agency + " " + type + ": forward " + forward + " vs next year's carried over " + over);
                }
            }
        });
    }

    @Property(tries = 300)
    void receivedByChannelAndByApplicantAgree(@ForAll("lifecycles") @Size(max = 200) List<RequestFacts> requests,
                                             @ForAll @IntRange(min = 2015, max = 2022) int year) {
        for (AgencyFigures f : StatisticsCounter.count(year, requests).values()) {
            long byChannel = f.receivedByChannel().values().stream().mapToLong(Long::longValue).sum();
            long byApplicant = f.receivedByApplicant().values().stream().mapToLong(Long::longValue).sum();
            if (byChannel != byApplicant) {
                throw new AssertionError(byChannel + " by channel vs " + byApplicant + " by applicant");
            }
        }
    }

    @Provide
    Arbitrary<List<RequestFacts>> lifecycles() {
        Arbitrary<RequestFacts> request = Combinators.combine(
                Arbitraries.of("a", "b", "c"),
                Arbitraries.of(Channel.class),
                Arbitraries.of(ApplicantType.class),
                Arbitraries.integers().between(-1, 6 * 366),      // -1: never received (awaiting confirmation)
                Arbitraries.integers().between(-1, 900),           // -1: still open
                Arbitraries.of(Outcome.class)
        ).as((agency, channel, type, receivedDay, daysOpen, outcome) -> {
            LocalDate received = receivedDay < 0 ? null : EPOCH.plusDays(receivedDay);
            LocalDate concluded = received == null || daysOpen < 0 ? null : received.plusDays(daysOpen);
            return new RequestFacts(agency, channel, type, received, concluded, concluded == null ? null : outcome,
                    BigDecimal.ZERO, null, null);
        });
        return request.list();
    }
}
