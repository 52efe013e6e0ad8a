package cn.gov.opendata.appeals.link;

import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration.Named;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The link between a lawsuit after reconsideration and the reconsideration it names, read from both sides. Plain SQL
 * over the two tables, so neither feature package depends on the other. Request-scoped: the lawsuits naming an
 * agency's reconsiderations are read once per request, so an import of many thousand reconsiderations asks once per
 * agency rather than once per line.
 */
@RequestScoped
public class ReconsiderationLinks {

    /** A lawsuit naming a reconsideration: its key and filing date. */
    public record NamingLawsuit(String agency, String caseNumber, LocalDate filedOn) {
    }

    private final EntityManager em;
    private final Map<String, Map<String, List<NamingLawsuit>>> namingByAgency = new HashMap<>();

    public ReconsiderationLinks(EntityManager em) {
        this.em = em;
    }

    /** The reconsideration on record under this key, as the chronology rule needs it. */
    public Optional<Named> reconsideration(String agency, String caseNumber) {
        List<?> rows = em.createNativeQuery("SELECT filed_on FROM reconsideration WHERE agency = :agency AND case_number = :number")
                .setParameter("agency", agency).setParameter("number", caseNumber).getResultList();
        return rows.stream().findFirst().map(filed -> new Named(agency, caseNumber, toDate(filed)));
    }

    /** The lawsuits naming this reconsideration, oldest filing first. */
    public List<NamingLawsuit> lawsuitsNaming(String agency, String caseNumber) {
        return namingByAgency.computeIfAbsent(agency, this::naming).getOrDefault(caseNumber, List.of());
    }

    /** The lawsuits naming each reconsideration of {@code agency}, by its case number. */
    @SuppressWarnings("unchecked")
    private Map<String, List<NamingLawsuit>> naming(String agency) {
        List<Object[]> rows = em.createNativeQuery("SELECT reconsideration_case_number, agency, case_number, filed_on"
                        + " FROM lawsuit WHERE reconsideration_agency = :agency AND reconsideration_case_number IS NOT NULL"
                        + " ORDER BY filed_on, agency, case_number")
                .setParameter("agency", agency).getResultList();
        Map<String, List<NamingLawsuit>> naming = new HashMap<>();
        for (Object[] r : rows) {
            naming.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new NamingLawsuit((String) r[1], (String) r[2], toDate(r[3])));
        }
        return naming;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
