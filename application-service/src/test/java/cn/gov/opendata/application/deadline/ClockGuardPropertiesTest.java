package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.OfficialCalendar;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No action can move a due date after it has passed: over random histories whose clock actions go through
 * {@link ClockGuard}, once the day of an event lies after the due date as it stood that day, the due date after the
 * event is the same.
 */
class ClockGuardPropertiesTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(OfficialCalendar.calendar(new ObjectMapper()));

    record Step(EventType type, int gapDays, int amount) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<EventType> types = Arbitraries.of(EventType.EXTENSION, EventType.CUSTOM_REPLY_DATE, EventType.CONSULTATION_STARTED,
                EventType.CONSULTATION_ENDED, EventType.FEE_NOTICE, EventType.FEE_PAID);
        Arbitrary<Step> step = Combinators.combine(types, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 60))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 400)
    void noActionMovesADueDateThatHasPassed(@ForAll("histories") List<Step> steps,
                                            @ForAll("receipts") LocalDate receivedOn) {
        List<ClockEvent> history = new ArrayList<>(List.of(ClockEvent.received(receivedOn)));
        LocalDate day = receivedOn;
        boolean extended = false;
        boolean feeNoticed = false;
        for (Step s : steps) {
            day = day.plusDays(s.gapDays());
            Deadline before = CALC.calculate(history, day);
            ClockEvent event = switch (s.type()) {
                case FEE_NOTICE -> feeNoticed ? null : ClockEvent.of(s.type(), day);
                case EXTENSION -> extended ? null : ClockEvent.extension(day, Math.min(s.amount(), before.law().maxExtensionWorkingDays()));
                case CUSTOM_REPLY_DATE -> before.dueOn() == null ? null : ClockEvent.customReplyDate(day, before.dueOn().plusDays(s.amount()));
                case CONSULTATION_STARTED -> ClockEvent.consultation(day, s.amount() % 2 == 0 ? ConsultationParty.THIRD_PARTY : ConsultationParty.OTHER_AGENCY);
                default -> ClockEvent.of(s.type(), day);
            };
            if (event == null || (ClockGuard.movesTheClock(s.type())
                    && ClockGuard.refusal(s.type(), event.party(), day, before).isPresent())) {
                continue;
            }
            extended |= s.type() == EventType.EXTENSION;
            feeNoticed |= s.type() == EventType.FEE_NOTICE;
            history.add(event);
            if (before.dueOn() != null && day.isAfter(before.dueOn())) {
                assertEquals(before.dueOn(), CALC.calculate(history, day).dueOn(), s.type() + " on " + day + " moved a due date that had passed");
            }
        }
    }

    @Provide
    Arbitrary<LocalDate> receipts() {
        return Arbitraries.integers().between(0, 365 * 8).map(i -> LocalDate.of(2018, 1, 2).plusDays(i));
    }
}
