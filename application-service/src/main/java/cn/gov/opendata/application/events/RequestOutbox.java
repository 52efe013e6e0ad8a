package cn.gov.opendata.application.events;

import cn.gov.opendata.application.letter.service.LetterService;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application-service's domain events, written to the outbox in the transaction of the change. Payloads name the
 * request by id, agency and tracking number and carry its dates and outcome — never the applicant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestOutbox {

    public static final String REGISTERED = "request.registered";
    public static final String RECEIPT_CONFIRMED = "request.receipt-confirmed";
    public static final String CONCLUDED = "request.concluded";
    public static final String LETTER_ISSUED = "letter.issued";
    public static final String DUE_SOON = "request.due-soon";
    public static final String OVERDUE = "request.overdue";

    @Inject
    Outbox outbox;

    /** The registration's event, which the registration's own statement writes (RegistrationWrite). */
    public Outbox.Event registered(InformationRequest r) {
        return outbox.event(REGISTERED, r.agency, r.trackingNumber, request(r));
    }

    /** After a lifecycle step: the steps other systems follow become events; the rest stay internal. */
    public void stepped(InformationRequest r, RequestEvent e) {
        String type = e.type == EventType.RECEIPT_CONFIRMED ? RECEIPT_CONFIRMED
                : e.type == EventType.REPLIED || e.type == EventType.ABANDONED || e.type == EventType.WITHDRAWN ? CONCLUDED : null;
        if (type != null) {
            outbox.record(type, r.agency, r.trackingNumber, request(r));
        }
    }

    void letterIssued(@Observes LetterService.Issued issued) {
        Map<String, Object> data = request(issued.request());
        data.put("letterId", issued.letter().id);
        data.put("letterKind", issued.letter().kind.name());
        data.put("documentNumber", issued.letter().documentNumber);
        data.put("issuedOn", issued.letter().issuedOn.toString());
        data.put("sha256", issued.letter().sha256);
        outbox.record(LETTER_ISSUED, issued.request().agency, issued.letter().documentNumber, data);
    }

    static Map<String, Object> request(InformationRequest r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", r.id);
        data.put("trackingNumber", r.trackingNumber);
        data.put("channel", r.channel.name());
        data.put("status", r.status.name());
        data.put("receivedOn", r.receivedOn == null ? null : r.receivedOn.toString());
        data.put("outcome", r.outcome == null ? null : r.outcome.name());
        data.put("concludedOn", r.concludedOn == null ? null : r.concludedOn.toString());
        return data;
    }
}
