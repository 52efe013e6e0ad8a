package cn.gov.opendata.report.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks the application-service which request keys it has no counted request for, with the same fault tolerance as the
 * statistics calls (a small retry, a breaker; a refusal is neither retried nor counted). Keys go in chunks of
 * {@link ApplicationRequestsClient#MAX_KEYS}.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100, abortOn = SourceRejectedException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = SourceRejectedException.class)
public class RequestLookup {

    @Inject
    @RestClient
    ApplicationRequestsClient client;

    public List<RequestReference.RequestKey> unknown(List<RequestReference.RequestKey> keys) {
        List<RequestReference.RequestKey> unknown = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += ApplicationRequestsClient.MAX_KEYS) {
            List<RequestReference.RequestKey> chunk = keys.subList(from, Math.min(keys.size(), from + ApplicationRequestsClient.MAX_KEYS));
            try {
                unknown.addAll(client.unknown(new ApplicationRequestsClient.Keys(chunk)).unknown());
            } catch (WebApplicationException web) {
                int status = web.getResponse().getStatus();
                String message = Source.APPLICATION.serviceName() + " answered HTTP " + status;
                throw status < 500 ? new SourceRejectedException(message, status, "HTTP " + status, web)
                        : new SourceFailedException(message, web);
            } catch (ProcessingException e) {
                throw new SourceFailedException(Source.APPLICATION.serviceName() + " could not be reached: "
                        + (e.getMessage() == null ? "the connection failed" : e.getMessage()), e);
            }
        }
        return unknown;
    }
}
