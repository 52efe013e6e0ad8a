package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.SubjectKey;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.application.request.rest.SimilarGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups an agency's requests by normalised subject to show repeated questions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarRequests {

    @Inject
    EntityManager em;

    public Page<SimilarGroup> groups(String agency, String subject, int minCount, int page, int size) {
        String key = subject == null ? null : SubjectKey.of(subject);
        String keyClause = key == null ? "" : " and r.subjectKey = :key";
        TypedQuery<Object[]> query = em.createQuery("""
                select r.subjectKey, min(r.subject), count(r), min(r.receivedOn), max(r.receivedOn)
                from InformationRequest r where r.agency = :agency and r.voidedOn is null""" + keyClause + """
                 group by r.subjectKey having count(r) >= :min
                order by count(r) desc, r.subjectKey""", Object[].class)
                .setParameter("agency", agency).setParameter("min", (long) minCount);
        if (key != null) {
            query.setParameter("key", key);
        }
        List<Object[]> all = query.getResultList();
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        List<Object[]> rows = all.subList(from, to);
        Map<String, List<Long>> ids = new HashMap<>();
        if (!rows.isEmpty()) {
            List<String> keys = rows.stream().map(row -> (String) row[0]).toList();
            for (Object[] idRow : em.createQuery("""
                    select r.subjectKey, r.id from InformationRequest r
                    where r.agency = :agency and r.subjectKey in :keys and r.voidedOn is null order by r.id""", Object[].class)
                    .setParameter("agency", agency).setParameter("keys", keys).getResultList()) {
                ids.computeIfAbsent((String) idRow[0], k -> new ArrayList<>()).add((Long) idRow[1]);
            }
        }
        List<SimilarGroup> groups = rows.stream().map(row -> new SimilarGroup(agency, (String) row[0], (String) row[1],
                (Long) row[2], (LocalDate) row[3], (LocalDate) row[4], ids.getOrDefault((String) row[0], List.of()))).toList();
        return new Page<>(groups, page, size, all.size());
    }
}
