package cn.gov.opendata.report.narrative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** The text of one narrative section of one agency's report for one year. */
@Entity
@Table(name = "narrative")
public class Narrative extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code", nullable = false, length = 64)
    public String agencyCode;

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 16)
    public NarrativeSection section;

    @Column(name = "text", nullable = false)
    public String text;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
