package cn.gov.opendata.appeals.common.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.gov.opendata.appeals.common.rest.ImportSummary;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.json.NdjsonReader;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.logging.Log;
import jakarta.persistence.EntityManager;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every case kind does the same way, over its {@link RecordStore}: get, create, create-or-replace by natural key
 * with optimistic versions, delete, and the all-or-nothing NDJSON import — each write audited in its transaction, the
 * kind's rules checked before anything is written. A kind's service adds only its list filters.
 */
public abstract class CaseService<B, E extends PanacheEntityBase> {

    // not final: the CDI client proxy of an application-scoped subclass needs the no-args constructor below
    protected EntityManager em;
    protected RecordStore<B, E> store;
    private NdjsonReader ndjson;
    private AuditLog audit;
    private AuditedImport imports;

    protected CaseService() {
    }

    protected CaseService(EntityManager em, RecordStore<B, E> store, NdjsonReader ndjson, AuditLog audit, AuditedImport imports) {
        this.em = em;
        this.store = store;
        this.ndjson = ndjson;
        this.audit = audit;
        this.imports = imports;
    }

    public Optional<B> get(String agency, String number) {
        return store.findByKey(agency, number).map(store::toBody);
    }

    public B create(B body) {
        String agency = store.agencyOf(body);
        String number = store.numberOf(body);
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(agency, number, store.numberField()));
        violations.addAll(store.rules(body));
        failIfAny(violations);
        if (store.findByKey(agency, number).isPresent()) {
            throw ApiException.conflict(store.describe(agency, number) + " already exists; use PUT to replace it");
        }
        E created = store.create(body);
        em.flush();
        audit.record(AuditAction.CREATE, store.recordType(), agency, number, null);
        Log.infof("%s created for %s", store.recordType(), agency);
        return store.toBody(created);
    }

    public Saved<B> put(String agency, String number, B body) {
        List<Violation> violations = new ArrayList<>(NaturalKeyRules.matchPath(agency, number, store.agencyOf(body),
                store.numberOf(body), store.numberField()));
        B keyed = store.withKey(body, agency, number);
        // the rules see the key of the path: some look up the records that name this one
        violations.addAll(store.rules(keyed));
        failIfAny(violations);
        Optional<E> existing = store.findByKey(agency, number);
        if (existing.isEmpty()) {
            Saved.checkCreatable(store.versionOf(body), store.describe(agency, number));
            E created = store.create(keyed);
            em.flush();
            audit.record(AuditAction.CREATE, store.recordType(), agency, number, null);
            return new Saved<>(store.toBody(created), true);
        }
        E entity = existing.get();
        if (store.versionOf(body) == null && sameContent(store.toBody(entity), keyed)) {
            // a client re-sending what is stored (a retry, or twenty at once) changes nothing and needs no version
            return new Saved<>(store.toBody(entity), false);
        }
        Saved.checkVersion(store.versionOf(body), store.versionOfEntity(entity), store.describe(agency, number));
        store.apply(entity, keyed);
        em.flush();
        audit.record(AuditAction.UPDATE, store.recordType(), agency, number, "version " + store.versionOfEntity(entity));
        return new Saved<>(store.toBody(entity), false);
    }

    private static final ObjectMapper CONTENT = new ObjectMapper().registerModule(new JavaTimeModule());

    /** Whether two bodies say the same, their versions aside; an absent list says the same as an empty one. */
    private static boolean sameContent(Object stored, Object sent) {
        return essence(CONTENT.valueToTree(stored)).equals(essence(CONTENT.valueToTree(sent)));
    }

    private static JsonNode essence(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.remove("version");
            List<String> empty = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNull() || (f.getValue().isArray() && f.getValue().isEmpty())) {
                    empty.add(f.getKey());
                }
            });
            empty.forEach(object::remove);
        }
        return body;
    }

    public void delete(String agency, String number) {
        E entity = store.findByKey(agency, number)
                .orElseThrow(() -> ApiException.notFound("No " + store.describe(agency, number)));
        store.refusalToDelete(entity).ifPresent(reason -> {
            throw ApiException.conflict(reason);
        });
        entity.delete();
        audit.record(AuditAction.DELETE, store.recordType(), agency, number, null);
    }

    public ImportSummary importLines(InputStream body) {
        List<NdjsonReader.Line<B>> lines = ndjson.readAllInBatch(body, bodyType(), batch -> {
            Function<B, List<Violation>> rules = store.rulesFor(batch);
            return b -> {
                List<Violation> violations = new ArrayList<>(NaturalKeyRules.required(store.agencyOf(b), store.numberOf(b),
                        store.numberField()));
                violations.addAll(rules.apply(b));
                return violations;
            };
        }, b -> List.of(store.agencyOf(b), store.numberOf(b)));
        ImportSummary summary = imports.upsert(store.recordType(), lines, store::agencyOf, store);
        Log.infof("%s import: %s", store.recordType(), summary);
        return summary;
    }

    /** The wire type an import line is read as. */
    protected abstract Class<B> bodyType();

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(Saved.describe(violations), violations);
        }
    }
}
