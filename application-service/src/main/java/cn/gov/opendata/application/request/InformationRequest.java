package cn.gov.opendata.application.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request for information (依申请公开). Receipt, conclusion and status are kept in step with the event
 * history so that lists and statistics can filter on them; the due date is never stored but derived from
 * the events each time.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "information_request_seq", sequenceName = "information_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "information_request_seq")
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(nullable = false, length = 64)
    public String agency;

    @Column(name = "tracking_number", nullable = false, length = 64)
    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(name = "registered_post", nullable = false)
    public boolean registeredPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    public ApplicantType applicantType;

    @Embedded
    public Applicant applicant = new Applicant();

    @Column(nullable = false, length = 2000)
    public String subject;

    @Column(name = "subject_key", nullable = false, length = 2000)
    public String subjectKey;

    @Column(name = "arrived_at")
    public OffsetDateTime arrivedAt;

    /** Legal receipt date (Art. 31); null while awaiting confirmation. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Outcome outcome;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "fee_charged_yuan", nullable = false, precision = 12, scale = 2)
    public BigDecimal feeChargedYuan = BigDecimal.ZERO.setScale(2);

    @Column(name = "published_agency", length = 64)
    public String publishedAgency;

    @Column(name = "published_index_number", length = 100)
    public String publishedIndexNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Origin origin;

    /** Fingerprint of the imported line, so a re-sent batch is recognised as unchanged. */
    @Column(name = "import_hash", length = 64)
    public String importHash;

    /** Set when the registration was voided as a mistake: it no longer counts anywhere (RequestVoiding). */
    @Column(name = "voided_on")
    public LocalDate voidedOn;

    @Column(name = "voided_by", length = 200)
    public String voidedBy;

    @Column(name = "void_reason", length = 2000)
    public String voidReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
