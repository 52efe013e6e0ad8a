package cn.gov.opendata.appeals.reconsideration.service;

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
import cn.gov.opendata.appeals.outcome.OutcomeRules;
import cn.gov.opendata.appeals.outcome.YearEndResult;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.appeals.reconsideration.Reconsideration;
import cn.gov.opendata.appeals.reconsideration.rest.ReconsiderationBody;
import cn.gov.opendata.platform.security.AgencyScope;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reconsideration records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
public class ReconsiderationService {

    private static final String RECORD = "reconsideration";
    private static final String NUMBER = "caseNumber";

    private final EntityManager em;
    private final ReconsiderationStore store;
    private final NdjsonReader ndjson;
    private final AuditLog audit;
    private final AuditedImport imports;

    public ReconsiderationService(EntityManager em, ReconsiderationStore store, NdjsonReader ndjson, AuditLog audit,
                        AuditedImport imports) {
        this.em = em;
        this.store = store;
        this.ndjson = ndjson;
        this.audit = audit;
        this.imports = imports;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReconsiderationBody> get(String agency, String caseNumber) {
        return Reconsideration.findByKey(agency, caseNumber).map(store::toBody);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReconsiderationBody> list(AgencyScope scope, Integer filedYear, YearEndResult result, PageRequest page) {
        ListQuery<Reconsideration> query = ListQuery.of(Reconsideration.class)
                .within("agency", scope)
                .equal("filedYear", filedYear)
                .result(result, filedYear);
        List<ReconsiderationBody> items = query.page(em, "e.agency, e.filedOn, e.caseNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    public ReconsiderationBody create(ReconsiderationBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(body.agency(), body.caseNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        if (Reconsideration.findByKey(body.agency(), body.caseNumber()).isPresent()) {
            throw ApiException.conflict("Reconsideration " + body.caseNumber() + " of " + body.agency() + " already exists; use PUT to replace it");
        }
        Reconsideration created = store.create(body);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, body.agency(), body.caseNumber(), null);
        Log.infof("Reconsideration created for %s", body.agency());
        return store.toBody(created);
    }

    public Saved<ReconsiderationBody> put(String agency, String caseNumber, ReconsiderationBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.matchPath(agency, caseNumber, body.agency(), body.caseNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        ReconsiderationBody keyed = new ReconsiderationBody(agency, caseNumber, body.filedOn(), body.request(),
                body.result(), body.resultKind(), body.decidedOn(), body.version());
        Optional<Reconsideration> existing = Reconsideration.findByKey(agency, caseNumber);
        if (existing.isEmpty()) {
            Saved.checkCreatable(body.version(), "Reconsideration " + caseNumber + " of " + agency);
            Reconsideration created = store.create(keyed);
            em.flush();
            audit.record(AuditAction.CREATE, RECORD, agency, caseNumber, null);
            return new Saved<>(store.toBody(created), true);
        }
        Reconsideration entity = existing.get();
        Saved.checkVersion(body.version(), entity.version, "Reconsideration " + caseNumber + " of " + agency);
        store.apply(entity, keyed);
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, agency, caseNumber, "version " + entity.version);
        return new Saved<>(store.toBody(entity), false);
    }

    public void delete(String agency, String caseNumber) {
        Reconsideration entity = Reconsideration.findByKey(agency, caseNumber)
                .orElseThrow(() -> ApiException.notFound("No reconsideration " + caseNumber + " of " + agency));
        entity.delete();
        audit.record(AuditAction.DELETE, RECORD, agency, caseNumber, null);
    }

    public ImportSummary importLines(InputStream body) {
        List<NdjsonReader.Line<ReconsiderationBody>> lines = ndjson.readAll(body, ReconsiderationBody.class, b -> {
            List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(b.agency(), b.caseNumber(), NUMBER));
            violations.addAll(rules(b));
            return violations;
        }, b -> List.of(b.agency(), b.caseNumber()));
        ImportSummary summary = imports.upsert(RECORD, lines, ReconsiderationBody::agency, store);
        Log.infof("Reconsiderations imported: %s", summary);
        return summary;
    }

    private static List<Violation> rules(ReconsiderationBody body) {
        return OutcomeRules.check(body.filedOn(), body.result(), body.resultKind(), body.decidedOn());
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(Saved.describe(violations), violations);
        }
    }
}
