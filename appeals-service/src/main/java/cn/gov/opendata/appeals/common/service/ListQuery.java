package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.appeals.outcome.CaseResult;
import cn.gov.opendata.appeals.outcome.YearEndResult;
import cn.gov.opendata.platform.security.AgencyScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A filtered, ordered, paged JPQL query over one entity ({@code e}), with the matching count. */
public final class ListQuery<E> {

    /** "Now" for a list without a year: later than any date a decision may carry. */
    private static final LocalDate NOW = LocalDate.of(9999, 12, 31);

    private final Class<E> type;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ListQuery(Class<E> type) {
        this.type = type;
    }

    public static <E> ListQuery<E> of(Class<E> type) {
        return new ListQuery<>(type);
    }

    /** Adds {@code e.<path> = :<name>} when the value is given. */
    public ListQuery<E> equal(String path, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add("e." + path + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** Keeps the records of the agencies in scope (none if the scope is empty). */
    public ListQuery<E> within(String path, AgencyScope scope) {
        if (!scope.all()) {
            if (scope.agencies().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                String name = "p" + parameters.size();
                conditions.add("e." + path + " in :" + name);
                parameters.put(name, scope.agencies());
            }
        }
        return this;
    }

    /**
     * Filters on the result a case shows in the figures: as of 31 Dec of the filing year when the year
     * is given (the same rule the statistics count by), otherwise as it stands now.
     */
    public ListQuery<E> result(YearEndResult result, Integer filedYear) {
        return results(result == null ? List.of() : List.of(result), filedYear);
    }

    /** Any of the results (a legacy figure such as 其他情形 is OTHER or PENDING); none given keeps every case. */
    public ListQuery<E> results(List<YearEndResult> results, Integer filedYear) {
        return results(results, filedYear, null);
    }

    /**
     * As {@link #results(List, Integer)}, for a case whose later instances are the collection {@code appeals} (of
     * elements with instance, decidedOn, result): the latest decision by then counts (YearEndResult.latestAsOf) — the
     * same rule the statistics query counts by.
     */
    public ListQuery<E> resultsWithAppeals(List<YearEndResult> results, Integer filedYear, String appeals) {
        return results(results, filedYear, appeals);
    }

    private ListQuery<E> results(List<YearEndResult> results, Integer filedYear, String appeals) {
        if (results == null || results.isEmpty()) {
            return this;
        }
        if (appeals != null) {
            return appealResults(results, filedYear, appeals);
        }
        boolean asOfYearEnd = filedYear != null;
        if (asOfYearEnd) {
            parameters.put("asOf", YearEndResult.endOf(filedYear));
        }
        List<String> any = new ArrayList<>();
        for (YearEndResult result : results) {
            if (result == YearEndResult.PENDING) {
                any.add(asOfYearEnd ? "(e.result is null or e.decidedOn > :asOf)" : "e.result is null");
            } else {
                String name = "r" + parameters.size();
                parameters.put(name, CaseResult.valueOf(result.name()));
                any.add(asOfYearEnd ? "(e.result = :" + name + " and e.decidedOn <= :asOf)" : "e.result = :" + name);
            }
        }
        conditions.add("(" + String.join(" or ", any) + ")");
        return this;
    }

    private ListQuery<E> appealResults(List<YearEndResult> results, Integer filedYear, String appeals) {
        // without a year, as it stands now: every decision on record counts
        parameters.put("asOf", filedYear != null ? YearEndResult.endOf(filedYear) : NOW);
        String entity = type.getSimpleName();
        String decidedAppeal = " from " + entity + " x join x." + appeals + " a where x = e and a.result is not null"
                + " and a.decidedOn <= :asOf";
        String noDecidedAppeal = "not exists (select a.instance" + decidedAppeal + ")";
        List<String> any = new ArrayList<>();
        for (YearEndResult result : results) {
            if (result == YearEndResult.PENDING) {
                any.add("(" + noDecidedAppeal + " and (e.result is null or e.decidedOn > :asOf))");
            } else {
                String name = "r" + parameters.size();
                parameters.put(name, CaseResult.valueOf(result.name()));
                String latestAppealIs = "exists (select a.instance" + decidedAppeal + " and a.result = :" + name
                        + " and not exists (select b.instance from " + entity + " y join y." + appeals + " b where y = e"
                        + " and b.result is not null and b.decidedOn <= :asOf and (b.decidedOn > a.decidedOn"
                        + " or (b.decidedOn = a.decidedOn and b.instance > a.instance))))";
                any.add("(" + latestAppealIs + " or (" + noDecidedAppeal + " and e.result = :" + name
                        + " and e.decidedOn <= :asOf))");
            }
        }
        conditions.add("(" + String.join(" or ", any) + ")");
        return this;
    }

    public List<E> page(EntityManager em, String orderBy, PageRequest page) {
        TypedQuery<E> query = em.createQuery("select e from " + type.getSimpleName() + " e" + where() + " order by " + orderBy, type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(e) from " + type.getSimpleName() + " e" + where(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
