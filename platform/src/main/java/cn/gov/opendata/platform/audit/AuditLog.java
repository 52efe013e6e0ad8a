package cn.gov.opendata.platform.audit;

import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.security.AgencyScope;
import cn.gov.opendata.platform.security.Caller;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends audit entries in the caller's transaction, so an entry exists exactly when the act took effect,
 * and lists them for supervisors and admins. Entries name records by key, never by personal data.
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_TEXT = 1000;

    private final EntityManager em;
    private final Caller caller;
    private final AuditGroupCommit groups;

    public AuditLog(EntityManager em, Caller caller, AuditGroupCommit groups) {
        this.em = em;
        this.caller = caller;
        this.groups = groups;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditAction action, String recordType, String recordAgency, String recordKey, String detail) {
        entry(action, recordType, recordAgency, recordKey, detail).persist();
    }

    /**
     * Records a read that changed nothing (personal data shown): there is no transaction of the act to join, so the
     * entry is committed with those of concurrent reads, and this returns once it is (see {@link AuditGroupCommit}).
     */
    public void recordRead(String recordType, String recordAgency, String recordKey, String detail) {
        groups.append(entry(AuditAction.READ_PERSONAL_DATA, recordType, recordAgency, recordKey, detail));
    }

    /**
     * The entry {@link #record} would append, for a write that inserts it with its own change in one statement (a
     * registration, RegistrationWrite): the caller writes every column of it, in the same transaction as the act.
     */
    public AuditEntry entry(AuditAction action, String recordType, String recordAgency, String recordKey, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        // outside a request (a startup task) there is no token: the service itself acts
        boolean request = Arc.container().requestContext().isActive();
        entry.subject = request ? clip(caller.subject(), 200) : "system";
        entry.subjectAgency = request ? caller.agency() : null;
        entry.roles = request ? clip(caller.roles(), 200) : "";
        entry.action = action;
        entry.recordType = recordType;
        entry.recordAgency = recordAgency;
        entry.recordKey = clip(recordKey, 200);
        entry.detail = clip(detail, MAX_TEXT);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(AgencyScope scope, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.all()) {
            conditions.add("e.recordAgency in :agencies");
            parameters.put("agencies", scope.agencies().isEmpty() ? List.of("") : scope.agencies());
        }
        if (from != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", to);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntryView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(AuditLog::view).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id, e.occurredAt, e.subject, e.subjectAgency, e.roles, e.action, e.recordType,
                e.recordAgency, e.recordKey, e.detail);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
