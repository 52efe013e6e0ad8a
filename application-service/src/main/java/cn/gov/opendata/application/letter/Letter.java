package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.request.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A letter as issued: its number, the DOCX and its SHA-256 never change; only the delivery is added later. */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(nullable = false, length = 64)
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public LetterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Outcome outcome;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int number;

    @Column(name = "document_number", nullable = false, length = 200)
    public String documentNumber;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 200)
    public String issuedBy;

    /** The consulted third party or agency; null for letters to the applicant (whose name stays encrypted on the request). */
    @Column(length = 200)
    public String recipient;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** The history's step the letter reports (request_event.id); null for letters issued before it was kept. */
    @Column(name = "source_event")
    public Long sourceEvent;

    /** Lazy: lists show letters without reading their documents. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 20)
    public DeliveryMethod deliveryMethod;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "delivered_by", length = 200)
    public String deliveredBy;
}
