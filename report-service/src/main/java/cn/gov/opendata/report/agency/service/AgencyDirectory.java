package cn.gov.opendata.report.agency.service;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.agency.SubtreeEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Read-only tree queries over the directory (recursive CTE, so a deep tree costs one round trip). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyDirectory {

    private static final String SUBTREE = """
            WITH RECURSIVE sub(code, name, kind, parent_code, depth, path) AS (
                SELECT code, name, kind, parent_code, 0, ARRAY[code::text]
                FROM agency WHERE code = :root
                UNION ALL
                SELECT a.code, a.name, a.kind, a.parent_code, sub.depth + 1, sub.path || a.code::text
                FROM agency a JOIN sub ON a.parent_code = sub.code
                WHERE NOT a.code::text = ANY(sub.path)
            )
            SELECT code, name, kind, parent_code, depth FROM sub ORDER BY path
            """;

    @Inject
    EntityManager em;

    /** The agency and everything under it, depth-first (children by code); empty if the root is unknown. */
    public List<SubtreeEntry> subtree(String root) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUBTREE).setParameter("root", root).getResultList();
        return rows.stream()
                .map(r -> new SubtreeEntry((String) r[0], (String) r[1], AgencyKind.valueOf((String) r[2]),
                        (String) r[3], ((Number) r[4]).intValue()))
                .toList();
    }

    public Set<String> allCodes() {
        List<String> codes = em.createQuery("select a.code from Agency a", String.class).getResultList();
        return new TreeSet<>(codes);
    }

    /** code → parent code (null for roots) of every agency, for cycle checks over a whole batch. */
    public Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        em.createQuery("select a.code, a.parentCode from Agency a", Object[].class).getResultList()
                .forEach(r -> parents.put((String) r[0], (String) r[1]));
        return parents;
    }
}
