package cn.gov.opendata.application.calendar.service;

import cn.gov.opendata.application.calendar.OfficialCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Loads the bundled State Council holiday notices (2018–2026) at start. A year already on record is left
 * alone, so restarts and several replicas starting together never undo an edit made through the API.
 */
@ApplicationScoped
public class CalendarLoader {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        int loaded = 0;
        for (OfficialCalendar.Year year : OfficialCalendar.years(mapper)) {
            int inserted = em.createNativeQuery("""
                    INSERT INTO calendar_year (year, version, source, updated_at)
                    VALUES (?1, 0, 'STATE_COUNCIL_NOTICE', now()) ON CONFLICT (year) DO NOTHING""")
                    .setParameter(1, year.year()).executeUpdate();
            if (inserted == 0) {
                continue;
            }
            insertDays(year.year(), year.holidays(), "HOLIDAY");
            insertDays(year.year(), year.makeUpWorkdays(), "MAKE_UP_WORKDAY");
            loaded++;
        }
        Log.infof("Working-day calendar: %d year(s) loaded from %s", loaded, OfficialCalendar.RESOURCE);
    }

    private void insertDays(int year, List<LocalDate> days, String kind) {
        for (LocalDate day : days) {
            em.createNativeQuery("INSERT INTO calendar_day (day, year, kind) VALUES (?1, ?2, ?3) ON CONFLICT (day) DO NOTHING")
                    .setParameter(1, day)
                    .setParameter(2, year)
                    .setParameter(3, kind)
                    .executeUpdate();
        }
    }
}
