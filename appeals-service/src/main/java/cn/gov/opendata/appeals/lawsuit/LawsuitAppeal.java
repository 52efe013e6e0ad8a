package cn.gov.opendata.appeals.lawsuit;

import cn.gov.opendata.appeals.outcome.CaseResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A later instance (appeal, retrial) of a lawsuit: never counted as a case of its own, but its decision, once made,
 * replaces the earlier ones in the lawsuit's result (YearEndResult.latestAsOf).
 */
@Embeddable
public class LawsuitAppeal {

    @Column(name = "instance", nullable = false)
    public int instance;

    @Column(name = "court")
    public String court;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "result")
    public CaseResult result;
}
