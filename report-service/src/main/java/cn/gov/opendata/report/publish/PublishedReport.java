package cn.gov.opendata.report.publish;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
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

import java.time.OffsetDateTime;

/** One published revision of a report: its canonical JSON and hashes, written once and never changed. */
@Entity
@Immutable
@Table(name = "published_report")
public class PublishedReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "agency_code", nullable = false, length = 64)
    public String agency;

    @Column(name = "agency_name", length = 200)
    public String agencyName;

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    public ReportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 16)
    public ReportScope scope;

    @Column(name = "revision", nullable = false)
    public int revision;

    @Column(name = "title", length = 1000)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding", nullable = false, length = 24)
    public ReportSettings.Rounding rounding;

    @Column(name = "decimals", nullable = false)
    public int decimals;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", length = 200)
    public String publishedBy;

    /** Lazy: listings show the hashes, not the report. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_json", nullable = false)
    public byte[] reportJson;

    @Column(name = "json_sha256", nullable = false, length = 64)
    public String jsonSha256;

    @Column(name = "json_size", nullable = false)
    public long jsonSize;

    @Column(name = "content_sha256", nullable = false, length = 64)
    public String contentSha256;
}
