package cn.gov.opendata.report.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One agency (机关) of the directory; {@code parentCode} links it into the tree. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    @Column(name = "code", length = 64)
    public String code;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    public AgencyKind kind;

    @Column(name = "parent_code", length = 64)
    public String parentCode;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean sameAs(String otherName, AgencyKind otherKind, String otherParent) {
        return name.equals(otherName) && kind == otherKind && Objects.equals(parentCode, otherParent);
    }
}
