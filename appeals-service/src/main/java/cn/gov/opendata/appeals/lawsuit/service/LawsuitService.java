package cn.gov.opendata.appeals.lawsuit.service;

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
import cn.gov.opendata.appeals.lawsuit.Lawsuit;
import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.lawsuit.rest.LawsuitBody;
import cn.gov.opendata.appeals.outcome.YearEndResult;
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

/** Lawsuit records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
public class LawsuitService {

    private static final String RECORD = "lawsuit";
    private static final String NUMBER = "caseNumber";

    private final EntityManager em;
    private final LawsuitStore store;
    private final NdjsonReader ndjson;
    private final AuditLog audit;
    private final AuditedImport imports;

    public LawsuitService(EntityManager em, LawsuitStore store, NdjsonReader ndjson, AuditLog audit,
                        AuditedImport imports) {
        this.em = em;
        this.store = store;
        this.ndjson = ndjson;
        this.audit = audit;
        this.imports = imports;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LawsuitBody> get(String agency, String caseNumber) {
        return Lawsuit.findByKey(agency, caseNumber).map(store::toBody);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LawsuitBody> list(AgencyScope scope, Integer filedYear, Route route, YearEndResult result, PageRequest page) {
        ListQuery<Lawsuit> query = ListQuery.of(Lawsuit.class)
                .within("agency", scope)
                .equal("filedYear", filedYear)
                .equal("route", route)
                .result(result, filedYear);
        List<LawsuitBody> items = query.page(em, "e.agency, e.filedOn, e.caseNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    public LawsuitBody create(LawsuitBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(body.agency(), body.caseNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        if (Lawsuit.findByKey(body.agency(), body.caseNumber()).isPresent()) {
            throw ApiException.conflict("Lawsuit " + body.caseNumber() + " of " + body.agency() + " already exists; use PUT to replace it");
        }
        Lawsuit created = store.create(body);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, body.agency(), body.caseNumber(), null);
        Log.infof("Lawsuit created for %s", body.agency());
        return store.toBody(created);
    }

    public Saved<LawsuitBody> put(String agency, String caseNumber, LawsuitBody body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.matchPath(agency, caseNumber, body.agency(), body.caseNumber(), NUMBER));
        violations.addAll(rules(body));
        failIfAny(violations);
        LawsuitBody keyed = body.withKey(agency, caseNumber);
        Optional<Lawsuit> existing = Lawsuit.findByKey(agency, caseNumber);
        if (existing.isEmpty()) {
            Saved.checkCreatable(body.version(), "Lawsuit " + caseNumber + " of " + agency);
            Lawsuit created = store.create(keyed);
            em.flush();
            audit.record(AuditAction.CREATE, RECORD, agency, caseNumber, null);
            return new Saved<>(store.toBody(created), true);
        }
        Lawsuit entity = existing.get();
        Saved.checkVersion(body.version(), entity.version, "Lawsuit " + caseNumber + " of " + agency);
        store.apply(entity, keyed);
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, agency, caseNumber, "version " + entity.version);
        return new Saved<>(store.toBody(entity), false);
    }

    public void delete(String agency, String caseNumber) {
        Lawsuit entity = Lawsuit.findByKey(agency, caseNumber)
                .orElseThrow(() -> ApiException.notFound("No lawsuit " + caseNumber + " of " + agency));
        entity.delete();
        audit.record(AuditAction.DELETE, RECORD, agency, caseNumber, null);
    }

    public ImportSummary importLines(InputStream body) {
        List<NdjsonReader.Line<LawsuitBody>> lines = ndjson.readAll(body, LawsuitBody.class, b -> {
            List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(b.agency(), b.caseNumber(), NUMBER));
            violations.addAll(rules(b));
            return violations;
        }, b -> List.of(b.agency(), b.caseNumber()));
        ImportSummary summary = imports.upsert(RECORD, lines, LawsuitBody::agency, store);
        Log.infof("Lawsuits imported: %s", summary);
        return summary;
    }

    private static List<Violation> rules(LawsuitBody body) {
        return LawsuitRules.check(body);
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(Saved.describe(violations), violations);
        }
    }
}
