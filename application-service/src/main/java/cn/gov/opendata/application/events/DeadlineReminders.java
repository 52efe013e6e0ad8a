package cn.gov.opendata.application.events;

import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.deadline.rest.DeadlineItem;
import cn.gov.opendata.application.deadline.service.DeadlineService;
import cn.gov.opendata.platform.outbox.Outbox;
import cn.gov.opendata.platform.outbox.OutboxSettings;
import cn.gov.opendata.platform.security.AgencyScope;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily scan that turns deadlines into events: a request due within N working days, and one overdue, each once
 * per due date (a later extension or restart gives a new due date, hence a new reminder).
 */
@ApplicationScoped
public class DeadlineReminders {

    @Inject
    DeadlineService deadlines;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSettings settings;

    @ConfigProperty(name = "application.reminders.due-within-working-days", defaultValue = "3")
    int within;

    @Scheduled(cron = "0 30 0 * * ?", timeZone = "Asia/Shanghai")
    void daily() {
        if (settings.scheduled()) {
            Log.infof("Deadline reminders: %d new", scan(LegalDates.today()));
        }
    }

    /** Records the reminders due as of the day; returns how many were new. */
    @Transactional
    public int scan(LocalDate asOf) {
        int recorded = 0;
        for (DeadlineItem item : deadlines.upcoming(AgencyScope.everything(), within, asOf, 0, Integer.MAX_VALUE).items()) {
            String type = item.overdue() ? RequestOutbox.OVERDUE : RequestOutbox.DUE_SOON;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("requestId", item.id());
            data.put("trackingNumber", item.trackingNumber());
            data.put("status", item.status().name());
            data.put("receivedOn", item.receivedOn().toString());
            data.put("dueOn", item.dueOn().toString());
            data.put("workingDaysLeft", item.workingDaysLeft());
            data.put("asOf", asOf.toString());
            if (outbox.record(type, item.agency(), item.trackingNumber(), data, type + ":" + item.id() + ":" + item.dueOn()).isPresent()) {
                recorded++;
            }
        }
        return recorded;
    }
}
