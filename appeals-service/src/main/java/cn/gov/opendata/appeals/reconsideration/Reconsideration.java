package cn.gov.opendata.appeals.reconsideration;

import cn.gov.opendata.appeals.outcome.CaseResult;
import cn.gov.opendata.appeals.outcome.ResultKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;

/** An administrative reconsideration (行政复议) of an agency's disclosure act; keyed by agency and case number. */
@Entity
@Table(name = "reconsideration")
public class Reconsideration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconsideration_seq")
    @SequenceGenerator(name = "reconsideration_seq", sequenceName = "reconsideration_seq", allocationSize = 50)
    public Long id;

    /** The respondent: the agency whose disclosure act is challenged. */
    @Column(name = "agency", nullable = false)
    public String agency;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    /** Computed by the database from filedOn; the statistics group by it. */
    @Column(name = "filed_year", insertable = false, updatable = false)
    public Integer filedYear;

    @Column(name = "request_agency")
    public String requestAgency;

    @Column(name = "request_tracking_number")
    public String requestTrackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "result")
    public CaseResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_kind")
    public ResultKind resultKind;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static Optional<Reconsideration> findByKey(String agency, String caseNumber) {
        return find("agency = ?1 and caseNumber = ?2", agency, caseNumber).firstResultOptional();
    }
}
