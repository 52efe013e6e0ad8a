package cn.gov.opendata.application.request;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a request's history; append-only. Holds no applicant data. */
@Entity
@Table(name = "request_event")
public class RequestEvent extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public EventType type;

    @Column(name = "on_date")
    public LocalDate on;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(length = 2000)
    public String reason;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "working_days")
    public Integer workingDays;

    @Column(name = "approved_by", length = 200)
    public String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ConsultationParty party;

    @Column(name = "amount_yuan", precision = 12, scale = 2)
    public BigDecimal amountYuan;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Outcome outcome;

    /** Last day the applicant may answer a correction or fee notice. */
    @Column(name = "window_ends_on")
    public LocalDate windowEndsOn;

    /** Art. 35 reply date, or the due date carried by an imported record. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "extended")
    public Boolean extended;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "published_agency", length = 64)
    public String publishedAgency;

    @Column(name = "published_index_number", length = 100)
    public String publishedIndexNumber;
}
