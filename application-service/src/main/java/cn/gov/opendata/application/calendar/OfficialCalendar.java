package cn.gov.opendata.application.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled State Council holiday notices 2018–2026 (see calendar/README.md beside the data). */
public final class OfficialCalendar {

    public static final String RESOURCE = "calendar/cn-working-days-2018-2026.json";

    /** One year of the bundled data. */
    public record Year(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays) {
    }

    private OfficialCalendar() {
    }

    public static List<Year> years(ObjectMapper mapper) {
        try (InputStream in = OfficialCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            List<Year> years = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = mapper.readTree(in).path("years").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                years.add(new Year(Integer.parseInt(entry.getKey()), dates(entry.getValue().path("holidays")),
                        dates(entry.getValue().path("makeUpWorkdays"))));
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole bundled calendar, other years estimated, for code that runs without a database (tests, tools). */
    public static WorkingDayCalendar calendar(ObjectMapper mapper) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        Set<Integer> official = new HashSet<>();
        for (Year year : years(mapper)) {
            holidays.addAll(year.holidays());
            makeUps.addAll(year.makeUpWorkdays());
            official.add(year.year());
        }
        return WorkingDayCalendar.withEstimates(holidays, makeUps, official);
    }

    private static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode node : array) {
            dates.add(LocalDate.parse(node.asText()));
        }
        return dates;
    }
}
