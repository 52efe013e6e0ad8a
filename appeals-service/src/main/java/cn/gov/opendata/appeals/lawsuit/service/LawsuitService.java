package cn.gov.opendata.appeals.lawsuit.service;

import cn.gov.opendata.appeals.common.service.AuditedImport;
import cn.gov.opendata.appeals.common.service.CaseService;
import cn.gov.opendata.appeals.common.service.ListQuery;
import cn.gov.opendata.appeals.lawsuit.Lawsuit;
import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.lawsuit.rest.LawsuitBody;
import cn.gov.opendata.appeals.outcome.YearEndResult;
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

/** Lawsuit records: one transaction per request, rules checked before anything is written. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class LawsuitService extends CaseService<LawsuitBody, Lawsuit> {

    public LawsuitService(EntityManager em, LawsuitStore store, NdjsonReader ndjson, AuditLog audit, AuditedImport imports) {
        super(em, store, ndjson, audit, imports);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LawsuitBody> list(AgencyScope scope, Integer filedYear, Route route, List<YearEndResult> results, PageRequest page) {
        ListQuery<Lawsuit> query = ListQuery.of(Lawsuit.class)
                .within("agency", scope)
                .equal("filedYear", filedYear)
                .equal("route", route)
                .resultsWithAppeals(results, filedYear, "appeals");
        List<LawsuitBody> items = query.page(em, "e.agency, e.filedOn, e.caseNumber", page).stream().map(store::toBody).toList();
        return new Page<>(items, page.page(), page.size(), query.count(em));
    }

    @Override
    protected Class<LawsuitBody> bodyType() {
        return LawsuitBody.class;
    }
}
