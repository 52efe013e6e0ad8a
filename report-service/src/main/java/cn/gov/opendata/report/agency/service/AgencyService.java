package cn.gov.opendata.report.agency.service;

import cn.gov.opendata.report.agency.Agency;
import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.storage.WriteLock;
import cn.gov.opendata.platform.storage.Like;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes to the directory and the rules that keep it a tree. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class AgencyService {

    /** Every write of the directory takes it: two moves that each look fine alone must not make a cycle together. */
    static final String TREE_LOCK = "agency-directory";

    @Inject
    AuditLog audit;

    /** The result of a PUT: the stored agency and whether it was new. */
    public record Saved(Agency agency, boolean created) {
    }

    public record Listing(List<Agency> items, long total) {
    }

    @Inject
    AgencyDirectory directory;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agency> find(String code) {
        return Optional.ofNullable(Agency.findById(code));
    }

    public Agency require(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("Agency '" + code + "' is not in the directory"));
    }

    public Saved put(String code, String name, AgencyKind kind, String parent, Long version) {
        WriteLock.hold(Agency.getEntityManager(), TREE_LOCK);
        checkParent(code, parent);
        Agency agency = Agency.findById(code);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (agency == null) {
            agency = new Agency();
            agency.code = code;
            agency.createdAt = now;
            apply(agency, name, kind, parent, now);
            agency.persist();
            Log.infof("Agency %s created", code);
            audit.record(AuditAction.CREATE, "agency", code, code, null);
            return new Saved(agency, true);
        }
        if (version != null && version != agency.version) {
            throw ApiException.conflict("Agency '" + code + "' is at version " + agency.version + ", not " + version);
        }
        if (!agency.sameAs(name, kind, parent)) {
            apply(agency, name, kind, parent, now);
            audit.record(AuditAction.UPDATE, "agency", code, code, null);
        }
        return new Saved(agency, false);
    }

    public Agency create(String code, String name, AgencyKind kind, String parent) {
        WriteLock.hold(Agency.getEntityManager(), TREE_LOCK);
        if (Agency.findById(code) != null) {
            throw ApiException.conflict("Agency '" + code + "' already exists");
        }
        return put(code, name, kind, parent, null).agency();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing list(String parent, AgencyKind kind, String q, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (parent != null && !parent.isBlank()) {
            clauses.add("parentCode = :parent");
            params.put("parent", parent);
        }
        if (kind != null) {
            clauses.add("kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            clauses.add("(lower(name) like :q escape '\\' or lower(code) like :q escape '\\')");
            params.put("q", Like.containing(q));
        }
        String where = String.join(" and ", clauses);
        PanacheQuery<Agency> query = where.isEmpty()
                ? Agency.findAll(Sort.by("code"))
                : Agency.find(where, Sort.by("code"), params);
        return new Listing(query.page(Page.of(page, size)).list(), query.count());
    }

    public void delete(String code) {
        WriteLock.hold(Agency.getEntityManager(), TREE_LOCK);
        Agency agency = require(code);
        if (Agency.count("parentCode", code) > 0) {
            throw ApiException.conflict("Agency '" + code + "' has child agencies; move or delete them first");
        }
        agency.delete();
        Log.infof("Agency %s deleted", code);
        audit.record(AuditAction.DELETE, "agency", code, code, null);
    }

    private void checkParent(String code, String parent) {
        if (parent == null) {
            return;
        }
        if (parent.equals(code)) {
            throw ApiException.badRequest("parent", "an agency cannot be its own parent");
        }
        if (Agency.findById(parent) == null) {
            throw ApiException.badRequest("parent", "unknown agency '" + parent + "'");
        }
        boolean cycle = directory.subtree(code).stream().anyMatch(e -> e.code().equals(parent));
        if (cycle) {
            throw ApiException.badRequest("parent", "'" + parent + "' is below '" + code + "'; the tree would have a cycle");
        }
    }

    private static void apply(Agency agency, String name, AgencyKind kind, String parent, OffsetDateTime now) {
        agency.name = name;
        agency.kind = kind;
        agency.parentCode = parent;
        agency.updatedAt = now;
    }
}
