package cn.gov.opendata.disclosure.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One piece of government information an agency published proactively (主动公开), on one or more channels. */
@Entity
@Table(name = "disclosure_item")
@IdClass(DisclosureItemKey.class)
public class DisclosureItem extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String agency;

    @Id
    @Column(name = "index_number", length = 100)
    public String indexNumber;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(name = "document_number", length = 200)
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Category category;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "published_year", nullable = false)
    public int publishedYear;

    /** Bit set of {@link Channel}s. */
    @Column(name = "channels", nullable = false)
    public int channelMask;

    @Column(length = 2000)
    public String url;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "repealed_on")
    public LocalDate repealedOn;

    @Version
    public long version;

    public static Optional<DisclosureItem> find(String agency, String indexNumber) {
        return findByIdOptional(new DisclosureItemKey(agency, indexNumber));
    }

    public List<Channel> channels() {
        return Channel.of(channelMask);
    }

    /** Sets the publication instant together with the China-time date and year derived from it. */
    public void publishedAt(OffsetDateTime instant) {
        publishedAt = instant;
        publishedOn = PublicationDate.of(instant);
        publishedYear = publishedOn.getYear();
    }
}
