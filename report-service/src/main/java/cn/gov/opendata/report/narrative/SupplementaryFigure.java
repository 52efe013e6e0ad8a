package cn.gov.opendata.report.narrative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A figure entered by the office that no source service records ("向省政府报送信息 1764 条"). */
@Entity
@Table(name = "supplementary_figure")
public class SupplementaryFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code", nullable = false, length = 64)
    public String agencyCode;

    @Column(name = "year", nullable = false)
    public int year;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "figure_key", nullable = false, length = 64)
    public String key;

    @Column(name = "label", nullable = false, length = 200)
    public String label;

    @Column(name = "value", nullable = false)
    public BigDecimal value;

    @Column(name = "unit", length = 20)
    public String unit;
}
