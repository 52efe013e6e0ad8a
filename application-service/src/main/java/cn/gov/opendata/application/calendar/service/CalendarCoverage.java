package cn.gov.opendata.application.calendar.service;

import cn.gov.opendata.application.calendar.CalendarYear;
import cn.gov.opendata.application.deadline.LegalDates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.LocalDate;
import java.time.Month;

/**
 * Whether next year's official calendar is on record. The State Council publishes it in November or December; from
 * 1 December every request received has due dates in the next year, counted from statutory holidays only until the
 * notice is entered. The readiness details carry a warning (the service stays up: it still counts, provisionally)
 * and the gauge {@code calendar_next_year_missing} is 1, so that an operator is told to enter the notice.
 */
@Readiness
@ApplicationScoped
public class CalendarCoverage implements HealthCheck {

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("calendar_next_year_missing", this, coverage -> coverage.nextYearMissing(LegalDates.today()) ? 1 : 0)
                .description("1 from 1 December while next year's official working-day calendar is not on record")
                .register(registry);
    }

    /** From 1 December: next year has no official calendar on record. */
    @Transactional
    public boolean nextYearMissing(LocalDate today) {
        return today.getMonth() == Month.DECEMBER && CalendarYear.findById(today.getYear() + 1) == null;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        LocalDate today = LegalDates.today();
        int next = today.getYear() + 1;
        boolean missing = nextYearMissing(today);
        var response = HealthCheckResponse.named("working-day calendar").up()
                .withData("nextYear", next)
                .withData("nextYearOfficial", CalendarYear.findById(next) != null);
        if (missing) {
            response.withData("warning", "No official calendar for " + next + " (国务院办公厅关于" + next + "年部分节假日安排的通知): due dates in "
                    + next + " are provisional, counted from statutory holidays without make-up days; enter the notice with PUT /api/v1/calendar/" + next);
        }
        return response.build();
    }
}
