package cn.gov.opendata.disclosure.tally.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import cn.gov.opendata.disclosure.tally.Tally;
import cn.gov.opendata.disclosure.tally.TallyKey;
import cn.gov.opendata.disclosure.tally.TallyKind;
import cn.gov.opendata.disclosure.tally.rest.TallySheetBody;
import cn.gov.opendata.disclosure.tally.rest.TallyValueBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Records the yearly tallies of an agency; "not applicable" is stored as such, never as 0. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class TallyService {

    @Inject
    AuditLog audit;

    /** What a PUT did. */
    public record Written(Tally tally, boolean created) {
    }

    public Written put(String agency, int year, TallyKind kind, TallyValueBody body) {
        boolean notApplicable = Boolean.TRUE.equals(body.notApplicable());
        if (notApplicable == (body.value() != null)) {
            throw ApiException.invalid("Give exactly one of value or notApplicable: true",
                    List.of(new Violation(body.value() == null ? "value" : "notApplicable",
                            "give exactly one of value or notApplicable: true")));
        }
        if (!notApplicable) {
            TallyValues.check("value", kind, body.value()).ifPresent(v -> {
                throw ApiException.badRequest(v.field(), v.message());
            });
        }
        Tally tally = Tally.<Tally>findByIdOptional(new TallyKey(year, agency, kind)).orElse(null);
        boolean created = tally == null;
        if (created) {
            tally = new Tally();
            tally.year = year;
            tally.agency = agency;
            tally.kind = kind;
        }
        tally.notApplicable = notApplicable;
        tally.value = notApplicable ? null : body.value();
        if (created) {
            tally.persist();
        }
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "tally", agency, year + "/" + kind, null);
        return new Written(tally, created);
    }

    /** Replaces the whole agency-year; answers whether nothing was recorded for it before. */
    public boolean putSheet(String agency, int year, TallySheetBody body) {
        List<Violation> violations = new ArrayList<>();
        // a sheet replaces every tally of the year: a body that forgot its values would wipe them, so emptiness is said
        if (body.values() == null) {
            violations.add(new Violation("values", "is required: the sheet's values by kind, {} for a sheet with none"));
        }
        Map<TallyKind, BigDecimal> values = body.values() == null ? Map.of() : body.values();
        Set<TallyKind> notApplicable = body.notApplicable() == null ? new HashSet<>() : new HashSet<>(body.notApplicable());
        Map<TallyKind, BigDecimal> wanted = new EnumMap<>(TallyKind.class);
        values.forEach((kind, value) -> {
            if (value == null) {
                violations.add(new Violation("values." + kind, "must not be null (list the kind in notApplicable instead)"));
            } else {
                TallyValues.check("values." + kind, kind, value).ifPresent(violations::add);
                wanted.put(kind, value);
            }
            if (notApplicable.contains(kind)) {
                violations.add(new Violation("notApplicable", kind + " has a value too; give one or the other"));
            }
        });
        if (notApplicable.contains(null)) {
            violations.add(new Violation("notApplicable", "must not contain null"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream().map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; ")), violations);
        }
        List<Tally> existing = Tally.of(agency, year);
        if (existing.isEmpty() && wanted.isEmpty() && notApplicable.isEmpty()) {
            return false;
        }
        boolean created = existing.isEmpty();
        Map<TallyKind, Tally> byKind = new EnumMap<>(TallyKind.class);
        existing.forEach(t -> byKind.put(t.kind, t));
        for (TallyKind kind : TallyKind.values()) {
            Tally tally = byKind.get(kind);
            boolean keep = wanted.containsKey(kind) || notApplicable.contains(kind);
            if (!keep) {
                if (tally != null) {
                    tally.delete();
                }
                continue;
            }
            boolean isNew = tally == null;
            if (isNew) {
                tally = new Tally();
                tally.year = year;
                tally.agency = agency;
                tally.kind = kind;
            }
            tally.notApplicable = notApplicable.contains(kind);
            // an equal value with another scale ("12.5" for "12.50") is no change
            BigDecimal value = wanted.get(kind);
            if (value == null || tally.value == null || value.compareTo(tally.value) != 0) {
                tally.value = value;
            }
            if (isNew) {
                tally.persist();
            }
        }
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "tally", agency, String.valueOf(year), "whole sheet");
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tally> sheet(String agency, int year) {
        return Tally.of(agency, year);
    }

    public void delete(String agency, int year, TallyKind kind) {
        if (!Tally.deleteById(new TallyKey(year, agency, kind))) {
            throw ApiException.notFound("No " + kind + " recorded for " + agency + " in " + year);
        }
        audit.record(AuditAction.DELETE, "tally", agency, year + "/" + kind, null);
    }
}
