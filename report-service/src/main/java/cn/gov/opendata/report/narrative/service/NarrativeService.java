package cn.gov.opendata.report.narrative.service;

import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.report.narrative.Narrative;
import cn.gov.opendata.report.narrative.NarrativeSection;
import cn.gov.opendata.report.narrative.SupplementaryFigure;
import cn.gov.opendata.report.narrative.rest.FigureEntry;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import cn.gov.opendata.platform.storage.WriteLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Narrative sections and supplementary figures, authored per agency and year. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class NarrativeService {

    public record Saved(Narrative narrative, boolean created) {
    }

    @Inject
    AgencyService agencies;

    @Inject
    AuditLog audit;

    public Saved put(String agency, int year, NarrativeSection section, String text, Long version) {
        agencies.require(agency);
        Narrative narrative = Narrative.find("agencyCode = ?1 and year = ?2 and section = ?3", agency, year, section).firstResult();
        boolean created = narrative == null;
        if (created) {
            narrative = new Narrative();
            narrative.agencyCode = agency;
            narrative.year = year;
            narrative.section = section;
        } else if (version != null && version != narrative.version) {
            throw ApiException.conflict("Narrative " + section + " is at version " + narrative.version + ", not " + version);
        }
        if (created || !narrative.text.equals(text)) {
            narrative.text = text;
            narrative.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        if (created) {
            narrative.persist();
        }
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "narrative", agency, year + "/" + section, null);
        return new Saved(narrative, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Narrative> list(String agency, int year) {
        agencies.require(agency);
        return Narrative.list("agencyCode = ?1 and year = ?2 order by section", agency, year);
    }

    /** Section → text, for assembling a report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NarrativeSection, String> texts(String agency, int year) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        Narrative.<Narrative>list("agencyCode = ?1 and year = ?2", agency, year).forEach(n -> texts.put(n.section, n.text));
        return texts;
    }

    /** Replaces the whole set; answers whether there was none before. */
    public boolean replaceFigures(String agency, int year, List<FigureEntry> figures) {
        agencies.require(agency);
        Set<String> keys = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (!keys.add(figures.get(i).key())) {
                violations.add(new Violation("figures[" + i + "].key", "duplicate key " + figures.get(i).key()));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid("Each key may appear once", violations);
        }
        // identical PUTs at once: the second waits and replaces the first's rows instead of inserting beside them
        WriteLock.hold(SupplementaryFigure.getEntityManager(), "supplementary:" + agency + ":" + year);
        long deleted = SupplementaryFigure.delete("agencyCode = ?1 and year = ?2", agency, year);
        SupplementaryFigure.flush();
        for (int i = 0; i < figures.size(); i++) {
            FigureEntry entry = figures.get(i);
            SupplementaryFigure figure = new SupplementaryFigure();
            figure.agencyCode = agency;
            figure.year = year;
            figure.position = i;
            figure.key = entry.key();
            figure.label = entry.label();
            figure.value = entry.value();
            figure.unit = entry.unit();
            figure.persist();
        }
        audit.record(deleted == 0 ? AuditAction.CREATE : AuditAction.UPDATE, "supplementary", agency, String.valueOf(year),
                figures.size() + " figures");
        return deleted == 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupplementaryFigure> figures(String agency, int year) {
        return SupplementaryFigure.list("agencyCode = ?1 and year = ?2 order by position", agency, year);
    }
}
