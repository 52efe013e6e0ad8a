package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.RequestLookup;
import cn.gov.opendata.report.client.RequestReference;
import cn.gov.opendata.report.client.Source;
import cn.gov.opendata.report.client.SourceRejectedException;
import cn.gov.opendata.report.format.ReportChecks;
import cn.gov.opendata.report.model.Check;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Appeals cases of the scope's agencies that name an information request the application-service has no counted
 * record of (issue 19). A WARNING, not a refusal at write time: a case may be recorded before its request is imported,
 * and each service owns its records. The question is asked only when some case names a request; a report that needs
 * the answer and cannot get it is a 503 naming the application-service, as a stopped statistics source is — never a
 * report that silently skipped the check.
 */
@ApplicationScoped
public class RequestReferenceCheck {

    /** How many cases the message names; the count says how many there are in all. */
    static final int LISTED = 20;

    @Inject
    RequestLookup lookup;

    public Optional<Check> check(YearStatistics now, List<String> codes) {
        List<Named> references = new ArrayList<>();
        for (String code : codes) {
            AppealsFigures figures = now.appeals().agencies().get(code);
            if (figures != null) {
                figures.requestReferences().forEach(r -> references.add(new Named(code, r)));
            }
        }
        if (references.isEmpty()) {
            return Optional.empty();
        }
        Set<RequestReference.RequestKey> keys = references.stream().map(n -> n.reference().request())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<RequestReference.RequestKey> unknown = new LinkedHashSet<>(ask(new ArrayList<>(keys)));
        List<String> cases = references.stream().filter(n -> unknown.contains(n.reference().request()))
                .map(Named::describe).toList();
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        String shown = cases.stream().limit(LISTED).collect(Collectors.joining("；"));
        return Optional.of(ReportChecks.warning(ReportChecks.UNKNOWN_REQUEST_REFERENCE, now.year() + "年有 " + cases.size()
                + " 件复议、诉讼案件所涉的政府信息公开申请在依申请公开记录中未找到（尚未导入、登记已作废或编号有误），请核对"
                + " (cases naming requests the application-service has no record of): " + shown
                + (cases.size() > LISTED ? " … (" + cases.size() + " in all)" : "")));
    }

    private List<RequestReference.RequestKey> ask(List<RequestReference.RequestKey> keys) {
        try {
            return lookup.unknown(keys);
        } catch (SourceRejectedException rejected) {
            throw StatisticsFetcher.refused(Source.APPLICATION, rejected);
        } catch (TimeoutException e) {
            throw StatisticsFetcher.unavailable(Source.APPLICATION, "no answer in time");
        } catch (CircuitBreakerOpenException e) {
            throw StatisticsFetcher.unavailable(Source.APPLICATION, "circuit breaker open after repeated failures");
        } catch (RuntimeException e) {
            Log.debugf(e, "request lookup failed");
            throw StatisticsFetcher.unavailable(Source.APPLICATION, e.getMessage() == null ? "the connection failed" : e.getMessage());
        }
    }

    /** A reference and the agency whose case it is (case numbers are unique per agency). */
    private record Named(String agency, RequestReference reference) {

        String describe() {
            String kind = switch (reference.kind()) {
                case "RECONSIDERATION" -> "行政复议";
                case "LAWSUIT" -> "行政诉讼";
                default -> reference.kind();
            };
            return kind + " " + agency + "/" + reference.caseNumber() + " → 申请 " + reference.request().agency() + "/"
                    + reference.request().trackingNumber();
        }
    }
}
