package cn.gov.opendata.appeals.reconsideration.service;

import cn.gov.opendata.appeals.common.service.AuditedImport;
import cn.gov.opendata.appeals.common.service.CaseService;
import cn.gov.opendata.appeals.common.service.ListQuery;
import cn.gov.opendata.appeals.outcome.YearEndResult;
import cn.gov.opendata.appeals.reconsideration.Reconsideration;
import cn.gov.opendata.appeals.reconsideration.rest.ReconsiderationBody;
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

/** Reconsideration records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class ReconsiderationService extends CaseService<ReconsiderationBody, Reconsideration> {

    public ReconsiderationService(EntityManager em, ReconsiderationStore store, NdjsonReader ndjson, AuditLog audit,
                                  AuditedImport imports) {
        super(em, store, ndjson, audit, imports);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReconsiderationBody> list(AgencyScope scope, Integer filedYear, List<YearEndResult> results, PageRequest page) {
        ListQuery<Reconsideration> query = ListQuery.of(Reconsideration.class)
                .within("agency", scope)
                .equal("filedYear", filedYear)
                .results(results, filedYear);
        List<ReconsiderationBody> items = query.page(em, "e.agency, e.filedOn, e.caseNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    @Override
    protected Class<ReconsiderationBody> bodyType() {
        return ReconsiderationBody.class;
    }
}
