package cn.gov.opendata.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;

/** A subscription without its secret. */
public record SubscriptionView(long id, String agency, String url, List<String> eventTypes, boolean active,
                               OffsetDateTime createdAt, String createdBy) {
}
