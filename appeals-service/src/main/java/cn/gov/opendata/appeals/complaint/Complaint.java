package cn.gov.opendata.appeals.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;

/** A complaint or report (举报投诉) about an agency's disclosure work; counted in the year received. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    public Long id;

    /** The agency complained about. */
    @Column(name = "agency", nullable = false)
    public String agency;

    @Column(name = "reference_number", nullable = false)
    public String referenceNumber;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** Computed by the database from receivedOn; the statistics group by it. */
    @Column(name = "received_year", insertable = false, updatable = false)
    public Integer receivedYear;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "result")
    public String result;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static Optional<Complaint> findByKey(String agency, String referenceNumber) {
        return find("agency = ?1 and referenceNumber = ?2", agency, referenceNumber).firstResultOptional();
    }
}
