package cn.gov.opendata.application.fee.service;

import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.fee.FeeCalculator;
import cn.gov.opendata.application.fee.FeeMethod;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.application.fee.rest.FeeQuote;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.platform.security.AgencyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;

/** Fee quotes that depend on stored requests. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeeQuotes {

    @Inject
    AgencyAccess access;

    public void requireExists(long id) {
        InformationRequest r = InformationRequest.findById(id);
        if (r == null || !access.mayRead(r.agency)) {
            throw ApiException.notFound("No request " + id);
        }
    }

    /**
     * 按件: the request's position among the same applicant's (by id number) requests to the same agency received
     * in the same calendar month, earlier receipt first, then registration order.
     */
    public FeeQuote perRequest(long id) {
        InformationRequest r = InformationRequest.findById(id);
        if (r == null || !access.mayRead(r.agency)) {
            throw ApiException.notFound("No request " + id);
        }
        if (r.receivedOn == null) {
            throw ApiException.conflict("Request " + id + " has not been received yet; the month it counts in is not known");
        }
        if (!LawInForce.feeBracketsApply(r.receivedOn)) {
            throw ApiException.conflict("信息处理费的收费标准（国办函〔2020〕109号）自" + LawInForce.FEE_MEASURES_EFFECTIVE
                    + "起施行，本申请收到于" + r.receivedOn + "，不按该标准收费");
        }
        if (r.applicant == null || r.applicant.idNumber == null || r.applicant.idNumber.isBlank()) {
            throw ApiException.conflict("Request " + id + " has no applicant id number to count the month's requests by");
        }
        YearMonth month = YearMonth.from(r.receivedOn);
        long position = InformationRequest.count("""
                agency = ?1 and applicant.idNumberIndex = ?2 and receivedOn >= ?3 and receivedOn <= ?4
                and (receivedOn < ?5 or (receivedOn = ?5 and id <= ?6)) and voidedOn is null""",
                r.agency, r.applicant.idNumberIndex, month.atDay(1), month.atEndOfMonth(), r.receivedOn, r.id);
        int nth = (int) position;
        return new FeeQuote(FeeMethod.PER_REQUEST, id, null, nth, month.toString(), Money.format(FeeCalculator.perRequest(nth)), null);
    }
}
