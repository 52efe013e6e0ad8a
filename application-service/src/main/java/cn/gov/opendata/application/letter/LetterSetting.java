package cn.gov.opendata.application.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An agency's letterhead: its name as printed on letters and its document-number pattern. The application-service
 * keeps no agency directory, so the office enters the name once here.
 */
@Entity
@Table(name = "letter_setting")
public class LetterSetting extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String agency;

    @Column(name = "agency_name", nullable = false, length = 200)
    public String agencyName;

    @Column(name = "number_pattern", nullable = false, length = 100)
    public String numberPattern;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
