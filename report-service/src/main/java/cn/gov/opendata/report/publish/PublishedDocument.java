package cn.gov.opendata.report.publish;

import cn.gov.opendata.report.document.DocumentType;
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
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A rendered document of a published revision (HTML, DOCX, XLSX, Markdown), stored byte for byte. */
@Entity
@Immutable
@Table(name = "published_document")
public class PublishedDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "published_report_id", nullable = false)
    public long publishedReportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    public DocumentType type;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "sha256", nullable = false, length = 64)
    public String sha256;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;
}
