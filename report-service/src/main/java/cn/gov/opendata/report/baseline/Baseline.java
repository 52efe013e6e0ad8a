package cn.gov.opendata.report.baseline;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The published national tables of one agency's report (SELF or SUBTREE) for a year before its records. */
@Entity
@Table(name = "baseline")
public class Baseline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code", nullable = false, length = 64)
    public String agencyCode;

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 16)
    public ReportScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    public ReportFormat format;

    /** table → row → column → value as JSON; null values are cells that do not apply. */
    @Column(name = "tables", nullable = false)
    public String tables;

    @Column(name = "entered_by", nullable = false, length = 200)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;

    public static Optional<Baseline> of(String agency, int year, ReportScope scope) {
        return find("agencyCode = ?1 and year = ?2 and scope = ?3", agency, year, scope).firstResultOptional();
    }
}
