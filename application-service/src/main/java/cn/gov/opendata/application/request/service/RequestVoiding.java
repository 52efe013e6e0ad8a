package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.rest.RequestView;
import cn.gov.opendata.application.request.rest.VoidBody;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Voids a registration made by mistake (issue 19): the request stays on record with who voided it, when and why, is
 * audited, and from then on counts in no figure, list, to-do or similar-request count (they all filter on
 * {@code voidedOn}). Never a deletion. Refused once anything went out to the applicant ({@link VoidingRule}); voiding
 * a voided request again answers it unchanged, so a retry is harmless.
 */
@ApplicationScoped
@Transactional
public class RequestVoiding {

    @Inject
    RequestViews views;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    public RequestView voidRegistration(long id, VoidBody body) {
        DatePolicy.happened("on", body.on()).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
        InformationRequest r = InformationRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !access.mayRead(r.agency)) {
            throw ApiException.notFound("No request " + id);
        }
        access.requireWrite(r.agency);
        if (r.voidedOn != null) {
            return views.view(r);
        }
        VoidingRule.refusal(views.history(id), letters(id)).ifPresent(reason -> {
            throw ApiException.conflict(reason);
        });
        LocalDate on = body.on() != null ? body.on() : LegalDates.today();
        r.voidedOn = on;
        r.voidedBy = body.actor().strip();
        r.voidReason = body.reason().strip();
        audit.record(AuditAction.UPDATE, "request", r.agency, r.trackingNumber,
                "id " + r.id + ": VOIDED on " + on + " as a mistaken registration: " + r.voidReason);
        Log.infof("Request %d voided as a mistaken registration", r.id);
        return views.view(r);
    }

    @SuppressWarnings("unchecked")
    private static List<VoidingRule.IssuedLetter> letters(long requestId) {
        // plain SQL: the letter package builds on this one, not the other way round
        List<Object[]> rows = InformationRequest.getEntityManager().createNativeQuery(
                        "SELECT document_number, issued_on FROM letter WHERE request_id = ?1 ORDER BY issued_on, id")
                .setParameter(1, requestId).getResultList();
        return rows.stream().map(row -> new VoidingRule.IssuedLetter((String) row[0],
                row[1] instanceof Date d ? d.toLocalDate() : (LocalDate) row[1])).toList();
    }
}
