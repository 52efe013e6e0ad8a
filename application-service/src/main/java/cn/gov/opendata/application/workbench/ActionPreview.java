package cn.gov.opendata.application.workbench;

import cn.gov.opendata.application.request.rest.AbandonBody;
import cn.gov.opendata.application.request.rest.ConfirmReceiptBody;
import cn.gov.opendata.application.request.rest.ConsultationEndBody;
import cn.gov.opendata.application.request.rest.ConsultationStartBody;
import cn.gov.opendata.application.request.rest.CorrectedBody;
import cn.gov.opendata.application.request.rest.CorrectionNoticeBody;
import cn.gov.opendata.application.request.rest.CustomReplyDateBody;
import cn.gov.opendata.application.request.rest.ExtensionBody;
import cn.gov.opendata.application.request.rest.FeeNoticeBody;
import cn.gov.opendata.application.request.rest.FeePaidBody;
import cn.gov.opendata.application.request.rest.ReplyBody;
import cn.gov.opendata.application.request.rest.RequestView;
import cn.gov.opendata.application.request.rest.VoidBody;
import cn.gov.opendata.application.request.rest.WithdrawBody;
import cn.gov.opendata.application.request.service.RequestActions;
import cn.gov.opendata.application.request.service.RequestRegistry;
import cn.gov.opendata.application.request.service.RequestVoiding;
import cn.gov.opendata.platform.json.JsonErrors;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a lifecycle action would do, without doing it: the action runs exactly as when saved — the same rules, the
 * same refusals — in a transaction that is always rolled back. The workbench shows the due date before and after, or
 * the refusal, before the clerk saves; no rule is written twice.
 */
@ApplicationScoped
public class ActionPreview {

    /** The request as it stands and as it would stand after the action. */
    public record Preview(String action, RequestView before, RequestView after) {
    }

    private record Action<B>(Class<B> body, BiFunction<Long, B, RequestView> run) {
    }

    @Inject
    RequestActions actions;

    @Inject
    RequestVoiding voiding;

    @Inject
    RequestRegistry registry;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    private Map<String, Action<?>> table() {
        return Map.ofEntries(
                Map.entry("confirm-receipt", new Action<>(ConfirmReceiptBody.class, actions::confirmReceipt)),
                Map.entry("correction-notice", new Action<>(CorrectionNoticeBody.class, actions::correctionNotice)),
                Map.entry("corrected", new Action<>(CorrectedBody.class, actions::corrected)),
                Map.entry("extension", new Action<>(ExtensionBody.class, actions::extension)),
                Map.entry("consultation-start", new Action<>(ConsultationStartBody.class, actions::consultationStart)),
                Map.entry("consultation-end", new Action<>(ConsultationEndBody.class, actions::consultationEnd)),
                Map.entry("fee-notice", new Action<>(FeeNoticeBody.class, actions::feeNotice)),
                Map.entry("fee-paid", new Action<>(FeePaidBody.class, actions::feePaid)),
                Map.entry("custom-reply-date", new Action<>(CustomReplyDateBody.class, actions::customReplyDate)),
                Map.entry("reply", new Action<>(ReplyBody.class, actions::reply)),
                Map.entry("abandon", new Action<>(AbandonBody.class, actions::abandon)),
                Map.entry("withdraw", new Action<>(WithdrawBody.class, actions::withdraw)),
                Map.entry("void", new Action<>(VoidBody.class, voiding::voidRegistration)));
    }

    public Preview preview(long id, String action, Map<String, Object> body) {
        Action<?> a = table().get(action);
        if (a == null) {
            throw ApiException.badRequest("action", "must be one of " + String.join(", ", table().keySet().stream().sorted().toList()));
        }
        return run(id, action, a, body);
    }

    private <B> Preview run(long id, String action, Action<B> a, Map<String, Object> node) {
        B body = parse(a.body(), node);
        QuarkusTransaction.begin();
        try {
            RequestView before = registry.find(id).orElseThrow(() -> ApiException.notFound("No request " + id));
            RequestView after = a.run().apply(id, body);
            return new Preview(action, before, after);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private <B> B parse(Class<B> type, Map<String, Object> node) {
        if (node == null) {
            throw ApiException.badRequest("body", "must be the action's JSON body");
        }
        B body;
        try {
            body = json.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw ApiException.invalid("Invalid body", List.of(JsonErrors.violation(cause)));
            }
            throw ApiException.badRequest("body", "is not a valid body of this action");
        }
        Set<ConstraintViolation<B>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<Violation> list = violations.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field)).toList();
            throw ApiException.invalid("Invalid body", list);
        }
        return body;
    }
}
