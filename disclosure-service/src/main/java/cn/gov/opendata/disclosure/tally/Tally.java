package cn.gov.opendata.disclosure.tally;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** One yearly figure of an agency, or the mark that it does not apply ("/" in the report, distinct from 0). */
@Entity
@Table(name = "tally")
@IdClass(TallyKey.class)
public class Tally extends PanacheEntityBase {

    @Id
    public int year;

    @Id
    @Column(length = 64)
    public String agency;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public TallyKind kind;

    /** Null exactly when not applicable. */
    @Column(precision = 18, scale = 4)
    public BigDecimal value;

    @Column(name = "not_applicable", nullable = false)
    public boolean notApplicable;

    public static List<Tally> of(String agency, int year) {
        return list("agency = ?1 and year = ?2 order by kind", agency, year);
    }
}
