package cn.gov.opendata.appeals.statistics.service;

import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.outcome.YearEndResult;
import cn.gov.opendata.appeals.statistics.rest.AgencyFigures;
import cn.gov.opendata.appeals.statistics.rest.AppealsStatistics;
import cn.gov.opendata.appeals.statistics.rest.CaseKind;
import cn.gov.opendata.appeals.statistics.rest.RequestReference;
import cn.gov.opendata.appeals.common.rest.RequestRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts cases by agency for one report year with indexed GROUP BY queries on (filed year, agency), and lists the
 * requests the year's cases name.
 * The result is taken as of 31 Dec of the year (DOMAIN.md §4), the same rule the lists filter by, so a
 * report cell and its provenance list always agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** A case decided after the year end, or not at all, is PENDING in that year's figures. */
    private static final String YEAR_END_RESULT =
            "CASE WHEN result IS NULL OR decided_on > :asOf THEN 'PENDING' ELSE result END";

    /**
     * A lawsuit's result is that of its latest decision by the year end (YearEndResult.latestAsOf): the latest appeal
     * decided by then replaces the first instance. Appeals are only recorded after a first-instance decision, which
     * is never later than theirs.
     */
    private static final String LAWSUIT_YEAR_END_RESULT =
            "CASE WHEN a.result IS NOT NULL THEN a.result"
                    + " WHEN l.result IS NULL OR l.decided_on > :asOf THEN 'PENDING' ELSE l.result END";

    private static final String LATEST_APPEAL = " LEFT JOIN LATERAL (SELECT result FROM lawsuit_appeal"
            + " WHERE lawsuit_id = l.id AND result IS NOT NULL AND decided_on <= :asOf"
            + " ORDER BY decided_on DESC, instance DESC LIMIT 1) a ON true";

    private final EntityManager em;

    public StatisticsService(EntityManager em) {
        this.em = em;
    }

    public AppealsStatistics figures(int year, List<String> agencies) {
        LocalDate asOf = YearEndResult.endOf(year);
        Map<String, AgencyFigures> figures = new TreeMap<>();

        for (Object[] row : rows("SELECT agency, " + YEAR_END_RESULT + ", count(*) FROM reconsideration"
                + " WHERE filed_year = :year" + agencyFilter(agencies) + " GROUP BY 1, 2", year, asOf, agencies)) {
            figures.computeIfAbsent((String) row[0], a -> AgencyFigures.empty())
                    .reconsiderations().put(YearEndResult.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        for (Object[] row : rows("SELECT l.agency, l.route, " + LAWSUIT_YEAR_END_RESULT + ", count(*) FROM lawsuit l"
                + LATEST_APPEAL + " WHERE l.filed_year = :year" + (agencies.isEmpty() ? "" : " AND l.agency IN (:agencies)")
                + " GROUP BY 1, 2, 3", year, asOf, agencies)) {
            figures.computeIfAbsent((String) row[0], a -> AgencyFigures.empty())
                    .lawsuits().get(Route.valueOf((String) row[1]))
                    .put(YearEndResult.valueOf((String) row[2]), ((Number) row[3]).longValue());
        }
        // the requests the year's cases name, in the order the contract lists them: reconsiderations, then lawsuits
        for (Object[] row : rows("SELECT agency, 'RECONSIDERATION', case_number, request_agency, request_tracking_number"
                + " FROM reconsideration WHERE filed_year = :year AND request_tracking_number IS NOT NULL" + agencyFilter(agencies)
                + " UNION ALL SELECT agency, 'LAWSUIT', case_number, request_agency, request_tracking_number"
                + " FROM lawsuit WHERE filed_year = :year AND request_tracking_number IS NOT NULL" + agencyFilter(agencies)
                + " ORDER BY 1, 2 DESC, 3", year, null, agencies)) {
            figures.computeIfAbsent((String) row[0], a -> AgencyFigures.empty()).requestReferences().add(new RequestReference(
                    CaseKind.valueOf((String) row[1]), (String) row[2], new RequestRef((String) row[3], (String) row[4])));
        }
        for (Object[] row : rows("SELECT agency, count(*) FROM complaint"
                + " WHERE received_year = :year" + agencyFilter(agencies) + " GROUP BY 1", year, null, agencies)) {
            String agency = (String) row[0];
            figures.put(agency, figures.getOrDefault(agency, AgencyFigures.empty()).withComplaints(((Number) row[1]).longValue()));
        }
        return new AppealsStatistics(year, figures);
    }

    private static String agencyFilter(List<String> agencies) {
        return agencies.isEmpty() ? "" : " AND agency IN (:agencies)";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year, LocalDate asOf, List<String> agencies) {
        Query query = em.createNativeQuery(sql).setParameter("year", year);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        if (!agencies.isEmpty()) {
            query.setParameter("agencies", agencies);
        }
        return query.getResultList();
    }
}
