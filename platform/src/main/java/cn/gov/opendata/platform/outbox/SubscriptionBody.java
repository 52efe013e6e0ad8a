package cn.gov.opendata.platform.outbox;

import cn.gov.opendata.platform.params.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A subscription to an agency's events: where to post them, the shared secret the signature is made with (16 to 200
 * characters; never shown again), and which event types (none = all).
 */
public record SubscriptionBody(@NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                               @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http(s) URL") String url,
                               @NotBlank @Size(min = 16, max = 200) String secret,
                               List<@NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z][a-z.-]*$", message = "must be an event type such as request.registered") String> eventTypes) {
}
