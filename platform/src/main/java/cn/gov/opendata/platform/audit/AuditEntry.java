package cn.gov.opendata.platform.audit;

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

import java.time.OffsetDateTime;

/** One row of the append-only audit log; written once, never updated (the table refuses it). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** The token's subject. */
    @Column(name = "subject", nullable = false, updatable = false)
    public String subject;

    /** The agency the token speaks for, if any. */
    @Column(name = "subject_agency", updatable = false)
    public String subjectAgency;

    @Column(name = "roles", nullable = false, updatable = false)
    public String roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    public AuditAction action;

    /** The kind of record, e.g. "reconsideration". */
    @Column(name = "record_type", nullable = false, updatable = false)
    public String recordType;

    /** The agency owning the record: supervisors see the entries of their subtree by it. */
    @Column(name = "record_agency", updatable = false)
    public String recordAgency;

    /** The record's natural key within its agency (case number, ...); never personal data. */
    @Column(name = "record_key", updatable = false)
    public String recordKey;

    @Column(name = "detail", updatable = false)
    public String detail;
}
