package cn.gov.opendata.appeals.lawsuit;

import cn.gov.opendata.appeals.outcome.CaseResult;
import cn.gov.opendata.appeals.outcome.ResultKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An administrative lawsuit (行政诉讼) over an agency's disclosure act. Its own result is the first-instance
 * judgment; appeals are kept with it so the case still counts once, with the result of its latest decision by the
 * year end (YearEndResult.latestAsOf).
 */
@Entity
@Table(name = "lawsuit")
public class Lawsuit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawsuit_seq")
    @SequenceGenerator(name = "lawsuit_seq", sequenceName = "lawsuit_seq", allocationSize = 50)
    public Long id;

    /** The defendant: the agency whose disclosure act is challenged. */
    @Column(name = "agency", nullable = false)
    public String agency;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    /** Computed by the database from filedOn; the statistics group by it. */
    @Column(name = "filed_year", insertable = false, updatable = false)
    public Integer filedYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false)
    public Route route;

    @Column(name = "reconsideration_agency")
    public String reconsiderationAgency;

    @Column(name = "reconsideration_case_number")
    public String reconsiderationCaseNumber;

    @Column(name = "court")
    public String court;

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

    /** Date of the first-instance judgment. */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "lawsuit_appeal", joinColumns = @JoinColumn(name = "lawsuit_id"))
    @OrderBy("instance")
    public List<LawsuitAppeal> appeals = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static Optional<Lawsuit> findByKey(String agency, String caseNumber) {
        return find("agency = ?1 and caseNumber = ?2", agency, caseNumber).firstResultOptional();
    }
}
