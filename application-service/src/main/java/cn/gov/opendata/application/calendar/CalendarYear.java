package cn.gov.opendata.application.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** One calendar year whose holidays and make-up working days are on record. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    @Column(name = "year")
    public int year;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Where the year's data came from: the bundled State Council notices or an edit through the API. */
    @Column(name = "source", nullable = false, length = 40)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
