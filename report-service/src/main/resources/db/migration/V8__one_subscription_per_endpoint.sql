-- One active subscription per agency and endpoint, so that a retried subscribe cannot make every event arrive twice
-- (OutboxAdmin.subscribe answers an identical retry with the subscription it made). Duplicates made before keep
-- the oldest; the others are cancelled as a cancel would: their pending deliveries become replayable dead letters.
UPDATE outbox_delivery d SET status = 'DEAD', last_error = 'duplicate subscription cancelled'
 WHERE d.status = 'PENDING' AND d.subscription_id IN (
       SELECT s.id FROM outbox_subscription s
        WHERE s.active AND EXISTS (SELECT 1 FROM outbox_subscription o
                                    WHERE o.active AND o.agency = s.agency AND o.url = s.url AND o.id < s.id));
UPDATE outbox_subscription s SET active = FALSE
 WHERE s.active AND EXISTS (SELECT 1 FROM outbox_subscription o
                             WHERE o.active AND o.agency = s.agency AND o.url = s.url AND o.id < s.id);
CREATE UNIQUE INDEX outbox_subscription_endpoint ON outbox_subscription (agency, url) WHERE active;
