package cn.gov.opendata.appeals.complaint.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.appeals.common.rest.ImportSummary;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.appeals.common.service.AuditedImport;
import cn.gov.opendata.appeals.common.service.ListQuery;
import cn.gov.opendata.appeals.common.service.NaturalKeyRules;
import cn.gov.opendata.platform.json.NdjsonReader;
import cn.gov.opendata.appeals.common.service.Saved;
import cn.gov.opendata.appeals.complaint.Complaint;
import cn.gov.opendata.appeals.complaint.rest.ComplaintBody;
import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.security.AgencyScope;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Complaint records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private static final String RECORD = "complaint";
    private static final String NUMBER = "referenceNumber";

    private final EntityManager em;
    private final ComplaintStore store;
    private final NdjsonReader ndjson;
    private final AuditLog audit;
    private final AuditedImport imports;

    public ComplaintService(EntityManager em, ComplaintStore store, NdjsonReader ndjson, AuditLog audit,
                        AuditedImport imports) {
        this.em = em;
        this.store = store;
        this.ndjson = ndjson;
        this.audit = audit;
        this.imports = imports;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ComplaintBody> get(String agency, String referenceNumber) {
        return Complaint.findByKey(agency, referenceNumber).map(store::toBody);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ComplaintBody> list(AgencyScope scope, Integer year, PageRequest page) {
        ListQuery<Complaint> query = ListQuery.of(Complaint.class)
                .within("agency", scope)
                .equal("receivedYear", year);
        List<ComplaintBody> items = query.page(em, "e.agency, e.receivedOn, e.referenceNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    public ComplaintBody create(ComplaintBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(body.agency(), body.referenceNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        if (Complaint.findByKey(body.agency(), body.referenceNumber()).isPresent()) {
            throw ApiException.conflict("Complaint " + body.referenceNumber() + " about " + body.agency() + " already exists; use PUT to replace it");
        }
        Complaint created = store.create(body);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, body.agency(), body.referenceNumber(), null);
        Log.infof("Complaint created for %s", body.agency());
        return store.toBody(created);
    }

    public Saved<ComplaintBody> put(String agency, String referenceNumber, ComplaintBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.matchPath(agency, referenceNumber, body.agency(), body.referenceNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        ComplaintBody keyed = body.withKey(agency, referenceNumber);
        Optional<Complaint> existing = Complaint.findByKey(agency, referenceNumber);
        if (existing.isEmpty()) {
            Saved.checkCreatable(body.version(), "Complaint " + referenceNumber + " of " + agency);
            Complaint created = store.create(keyed);
            em.flush();
            audit.record(AuditAction.CREATE, RECORD, agency, referenceNumber, null);
            return new Saved<>(store.toBody(created), true);
        }
        Complaint entity = existing.get();
        Saved.checkVersion(body.version(), entity.version, "Complaint " + referenceNumber + " of " + agency);
        store.apply(entity, keyed);
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, agency, referenceNumber, "version " + entity.version);
        return new Saved<>(store.toBody(entity), false);
    }

    public void delete(String agency, String referenceNumber) {
        Complaint entity = Complaint.findByKey(agency, referenceNumber)
                .orElseThrow(() -> ApiException.notFound("No complaint " + referenceNumber + " of " + agency));
        entity.delete();
        audit.record(AuditAction.DELETE, RECORD, agency, referenceNumber, null);
    }

    public ImportSummary importLines(InputStream body) {
        List<NdjsonReader.Line<ComplaintBody>> lines = ndjson.readAll(body, ComplaintBody.class, b -> {
            List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(b.agency(), b.referenceNumber(), NUMBER));
            violations.addAll(rules(b));
            return violations;
        }, b -> List.of(b.agency(), b.referenceNumber()));
        ImportSummary summary = imports.upsert(RECORD, lines, ComplaintBody::agency, store);
        Log.infof("Complaints imported: %s", summary);
        return summary;
    }

    private static List<Violation> rules(ComplaintBody body) {
        List<Violation> violations = new ArrayList<>();
        OutcomeRules.checkDate("receivedOn", body.receivedOn(), violations);
        return violations;
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(Saved.describe(violations), violations);
        }
    }
}
