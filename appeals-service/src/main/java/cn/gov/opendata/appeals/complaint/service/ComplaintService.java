package cn.gov.opendata.appeals.complaint.service;

import cn.gov.opendata.appeals.common.service.AuditedImport;
import cn.gov.opendata.appeals.common.service.CaseService;
import cn.gov.opendata.appeals.common.service.ListQuery;
import cn.gov.opendata.appeals.complaint.Complaint;
import cn.gov.opendata.appeals.complaint.rest.ComplaintBody;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.json.NdjsonReader;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.security.AgencyScope;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Complaint records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class ComplaintService extends CaseService<ComplaintBody, Complaint> {

    public ComplaintService(EntityManager em, ComplaintStore store, NdjsonReader ndjson, AuditLog audit, AuditedImport imports) {
        super(em, store, ndjson, audit, imports);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ComplaintBody> list(AgencyScope scope, Integer year, PageRequest page) {
        ListQuery<Complaint> query = ListQuery.of(Complaint.class)
                .within("agency", scope)
                .equal("receivedYear", year);
        List<ComplaintBody> items = query.page(em, "e.agency, e.receivedOn, e.referenceNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    @Override
    protected Class<ComplaintBody> bodyType() {
        return ComplaintBody.class;
    }
}
