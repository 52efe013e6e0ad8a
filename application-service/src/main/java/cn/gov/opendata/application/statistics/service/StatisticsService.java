package cn.gov.opendata.application.statistics.service;

import cn.gov.opendata.application.deadline.ClockEvent;
import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.service.ClockEvents;
import cn.gov.opendata.application.request.service.RequestViews;
import cn.gov.opendata.application.statistics.AgencyFigures;
import cn.gov.opendata.application.statistics.RequestFacts;
import cn.gov.opendata.application.statistics.StatisticsCounter;
import cn.gov.opendata.application.statistics.rest.StatisticsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers the records that matter for a year and counts them with {@link StatisticsCounter}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    @Inject
    EntityManager em;

    @Inject
    RequestViews views;

    public StatisticsResponse statistics(int year, List<String> agencies) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        boolean narrowed = agencies != null && !agencies.isEmpty();
        String agencyClause = narrowed ? " and r.agency in :agencies" : "";

        Map<Long, Deadline> deadlines = deadlinesOfConcluded(first, last, agencyClause, narrowed ? agencies : null);

        TypedQuery<Object[]> query = em.createQuery("""
                select r.id, r.agency, r.channel, r.applicantType, r.receivedOn, r.concludedOn, r.outcome, r.feeChargedYuan
                from InformationRequest r
                where r.receivedOn <= :last and (r.concludedOn is null or r.concludedOn >= :first)
                and r.voidedOn is null""" + agencyClause, Object[].class)
                .setParameter("first", first).setParameter("last", last);
        if (narrowed) {
            query.setParameter("agencies", agencies);
        }
        List<RequestFacts> facts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Deadline d = deadlines.get((Long) row[0]);
            facts.add(new RequestFacts((String) row[1], (Channel) row[2], (ApplicantType) row[3], (LocalDate) row[4],
                    (LocalDate) row[5], (Outcome) row[6], (BigDecimal) row[7],
                    d == null ? null : d.timeliness(), d == null ? null : d.workingDaysTaken()));
        }
        Map<String, StatisticsResponse.AgencyStatistics> out = new TreeMap<>();
        StatisticsCounter.count(year, facts).forEach((agency, figures) -> out.put(agency, toResponse(figures)));
        return new StatisticsResponse(year, out);
    }

    private Map<Long, Deadline> deadlinesOfConcluded(LocalDate first, LocalDate last, String agencyClause, List<String> agencies) {
        // the columns, not the entities: a province year is ~60,000 events, and loading them as managed entities
        // was a third of a statistics computation (JFR)
        TypedQuery<Object[]> query = em.createQuery("""
                select e.requestId, e.type, e.on, e.receivedOn, e.workingDays, e.party, e.dueOn, e.extended, e.concludedOn
                from RequestEvent e where e.requestId in (
                    select r.id from InformationRequest r
                    where r.receivedOn is not null and r.concludedOn >= :first and r.concludedOn <= :last
                    and r.voidedOn is null""" + agencyClause + """
                ) order by e.requestId, e.seq""", Object[].class)
                .setParameter("first", first).setParameter("last", last);
        if (agencies != null) {
            query.setParameter("agencies", agencies);
        }
        Map<Long, List<ClockEvent>> histories = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            histories.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(ClockEvents.of((EventType) row[1],
                    (LocalDate) row[2], (LocalDate) row[3], (Integer) row[4], (ConsultationParty) row[5], (LocalDate) row[6],
                    (Boolean) row[7], (LocalDate) row[8]));
        }
        DeadlineCalculator calculator = views.calculator();
        Map<Long, Deadline> deadlines = new HashMap<>();
        histories.forEach((id, history) -> deadlines.put(id, calculator.calculate(history, last)));
        return deadlines;
    }

    static StatisticsResponse.AgencyStatistics toResponse(AgencyFigures f) {
        Map<String, Map<String, Long>> byOutcome = new LinkedHashMap<>();
        Map<Outcome, Map<ApplicantType, Long>> ordered = new EnumMap<>(f.concluded());
        ordered.forEach((outcome, byApplicant) -> byOutcome.put(outcome.name(), names(byApplicant)));
        Map<String, Long> histogram = new LinkedHashMap<>();
        f.workingDays().forEach((days, count) -> histogram.put(String.valueOf(days), count));
        return new StatisticsResponse.AgencyStatistics(
                new StatisticsResponse.Received(names(f.receivedByChannel()), names(f.receivedByApplicant())),
                new StatisticsResponse.ByApplicant(names(f.carriedOver())),
                new StatisticsResponse.Concluded(byOutcome),
                new StatisticsResponse.ByApplicant(names(f.carriedForward())),
                new StatisticsResponse.TimelinessFigures(f.onTime(), f.afterExtension(), f.late(), histogram),
                new StatisticsResponse.Fees(f.requestsCharged(), Money.format(f.feesYuan())));
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, value) -> named.put(key.name(), value));
        return named;
    }
}
