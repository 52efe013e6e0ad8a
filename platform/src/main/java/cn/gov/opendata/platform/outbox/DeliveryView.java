package cn.gov.opendata.platform.outbox;

import java.time.OffsetDateTime;

/** One event's delivery to one subscription: PENDING (and when next), DELIVERED, or DEAD after every attempt failed. */
public record DeliveryView(long id, String eventId, String eventType, String agency, String recordKey, long subscriptionId,
                           String url, String status, int attempts, OffsetDateTime nextAttemptAt, Integer lastStatus,
                           String lastError, OffsetDateTime occurredAt, OffsetDateTime deliveredAt) {
}
