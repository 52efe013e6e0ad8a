package cn.gov.opendata.appeals.link;

import cn.gov.opendata.appeals.outcome.LawsuitAfterReconsideration.Named;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The link between a lawsuit after reconsideration and the reconsideration it names, read from both sides. Plain SQL
 * over the two tables, so neither feature package depends on the other.
 */
@ApplicationScoped
public class ReconsiderationLinks {

    /** A lawsuit naming a reconsideration: its key and filing date. */
    public record NamingLawsuit(String agency, String caseNumber, LocalDate filedOn) {
    }

    private final EntityManager em;

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
    @SuppressWarnings("unchecked")
    public List<NamingLawsuit> lawsuitsNaming(String agency, String caseNumber) {
        List<Object[]> rows = em.createNativeQuery("SELECT agency, case_number, filed_on FROM lawsuit"
                        + " WHERE reconsideration_agency = :agency AND reconsideration_case_number = :number"
                        + " ORDER BY filed_on, agency, case_number")
                .setParameter("agency", agency).setParameter("number", caseNumber).getResultList();
        return rows.stream().map(r -> new NamingLawsuit((String) r[0], (String) r[1], toDate(r[2]))).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
