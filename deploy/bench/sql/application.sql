-- Province totals of application-service's GET /api/v1/statistics/{year}, computed by PostgreSQL alone from the
-- base tables (information_request, request_event, calendar_day), for the benchmark "how long would the database
-- take for the same figures".
--
--   psql -X -q -v year=2025 -f deploy/bench/sql/application.sql    (against database application)
--
-- Mirrors StatisticsService + StatisticsCounter (DOMAIN.md §3.2), summed over every agency, for :year and :year - 1.
-- A request counts in year Y when received (legal receipt date) by 31 Dec Y and not concluded before 1 Jan Y:
--   received.byChannel / received.byApplicant   received in Y
--   carriedOver.byApplicant                     received before Y
--   concluded.byOutcome.<OUTCOME>.<APPLICANT>   concluded in Y (conclusion date on the request)
--   carriedForward.byApplicant                  not concluded by 31 Dec Y
--   fees.requestsCharged / fees.amountYuan      requests concluded in Y with a fee > 0, and the sum of those fees
--   timeliness.onTime / afterExtension / late   for requests concluded in Y, from the deadline the service derives
--   timeliness.workingDays.<N>                    from each request's history (DeadlineCalculator, 2019 条例
--                                                 Art. 30-35); histogram of working days taken
-- The deadline is replayed here in SQL rather than left out: the clock starts on the receipt date (or the day a
-- corrected request arrived), counts working days of the official calendar (calendar_day: holidays, make-up
-- working days; other days by weekday) from the next working day, skips days paused by a consultation (at most 15
-- working days), an unpaid fee notice or a pending correction, allows 20 working days plus extensions, and is
-- overridden by an Art. 35 reply date or an imported due date. As in the service, the history decides: the
-- receipt, start and conclusion dates of the clock are those of the events, and a request without a history has
-- no timeliness. Requests whose clock never paused use a running count of working days; only paused ones are
-- walked day by day.
-- Deliberately left out: the per-agency breakdown; the guard that aborts a deadline walk longer than 20 years
-- (the service answers 500 there); nothing else. Zero figures are not printed, except fees and the three
-- timeliness counts, which the API always carries. Read-only.
-- Output: one row per (year, figure, code), figure being the JSON path, code the leaf key.

WITH years (year, first_day, last_day) AS (
    SELECT y, make_date(y, 1, 1), make_date(y, 12, 31)
      FROM (VALUES (:year - 1), (:year)) v (y)
),
-- every request that counts in the year, with where it counts
counted AS (
    SELECT y.year, y.last_day, r.id, r.channel, r.applicant_type, r.outcome, r.fee_charged_yuan,
           r.received_on < y.first_day                      AS carried_over,
           r.concluded_on IS NULL OR r.concluded_on > y.last_day AS carried_forward
      FROM years y
      JOIN information_request r
        ON r.received_on <= y.last_day
       AND (r.concluded_on IS NULL OR r.concluded_on >= y.first_day)
),
count_figures AS (
    SELECT year, 'received.byChannel' AS figure, channel AS code, count(*)::numeric AS value
      FROM counted WHERE NOT carried_over GROUP BY year, channel
    UNION ALL
    SELECT year, 'received.byApplicant', applicant_type, count(*)
      FROM counted WHERE NOT carried_over GROUP BY year, applicant_type
    UNION ALL
    SELECT year, 'carriedOver.byApplicant', applicant_type, count(*)
      FROM counted WHERE carried_over GROUP BY year, applicant_type
    UNION ALL
    SELECT year, 'concluded.byOutcome.' || outcome, applicant_type, count(*)
      FROM counted WHERE NOT carried_forward GROUP BY year, outcome, applicant_type
    UNION ALL
    SELECT year, 'carriedForward.byApplicant', applicant_type, count(*)
      FROM counted WHERE carried_forward GROUP BY year, applicant_type
),
fee_figures AS (
    SELECT y.year, f.code, f.value
      FROM years y
      LEFT JOIN LATERAL (
            SELECT count(*) FILTER (WHERE c.fee_charged_yuan > 0) AS charged,
                   coalesce(sum(c.fee_charged_yuan) FILTER (WHERE c.fee_charged_yuan > 0), 0) AS amount
              FROM counted c
             WHERE c.year = y.year AND NOT c.carried_forward
         ) s ON true
     CROSS JOIN LATERAL (VALUES ('requestsCharged', s.charged::numeric), ('amountYuan', s.amount)) f (code, value)
),

-- ---- timeliness: replay each concluded request's history ------------------------------------------------------
-- the events of the requests concluded in the year, with the positions of the last import and the last correction
events AS (
    SELECT c.year, c.last_day, e.request_id, e.seq, e.type, e.on_date, e.received_on, e.working_days,
           e.due_on, e.extended, e.concluded_on,
           max(e.seq) FILTER (WHERE e.type = 'IMPORTED')  OVER (PARTITION BY e.request_id) AS imported_seq,
           max(e.seq) FILTER (WHERE e.type = 'CORRECTED') OVER (PARTITION BY e.request_id) AS corrected_seq
      FROM counted c
      JOIN request_event e ON e.request_id = c.id
     WHERE NOT c.carried_forward
),
-- the clock's final state: the value of the last event of each kind that sets it
clock AS (
    SELECT year, last_day, request_id,
           (array_agg(CASE WHEN type = 'RECEIPT_CONFIRMED' THEN on_date ELSE received_on END ORDER BY seq DESC)
                FILTER (WHERE type IN ('RECEIPT_CONFIRMED', 'IMPORTED')
                           OR (type = 'REGISTERED' AND received_on IS NOT NULL)))[1] AS received,
           (array_agg(CASE WHEN type IN ('RECEIPT_CONFIRMED', 'CORRECTED') THEN on_date ELSE received_on END ORDER BY seq DESC)
                FILTER (WHERE type IN ('RECEIPT_CONFIRMED', 'IMPORTED', 'CORRECTED')
                           OR (type = 'REGISTERED' AND received_on IS NOT NULL)))[1] AS start,
           (array_agg(CASE WHEN type = 'IMPORTED' THEN concluded_on ELSE on_date END ORDER BY seq DESC)
                FILTER (WHERE type IN ('IMPORTED', 'REPLIED', 'ABANDONED', 'WITHDRAWN')))[1] AS concluded_on,
           (array_agg(due_on ORDER BY seq DESC) FILTER (WHERE type = 'CUSTOM_REPLY_DATE'))[1] AS custom_due,
           (array_agg(due_on ORDER BY seq DESC) FILTER (WHERE type = 'IMPORTED'))[1] AS imported_due,
           -- an import sets the extension (20 days if extended, else none); extensions approved later add to it
           coalesce((array_agg(coalesce(extended, false)) FILTER (WHERE type = 'IMPORTED' AND seq = imported_seq))[1], false)
               OR coalesce(bool_or(type = 'EXTENSION' AND (imported_seq IS NULL OR seq > imported_seq)), false) AS extended,
           CASE WHEN coalesce((array_agg(coalesce(extended, false)) FILTER (WHERE type = 'IMPORTED' AND seq = imported_seq))[1], false)
                THEN 20 ELSE 0 END
               + coalesce(sum(working_days) FILTER (WHERE type = 'EXTENSION' AND (imported_seq IS NULL OR seq > imported_seq)), 0)
               AS extension,
           -- a correction notice not followed by the corrected request stops the clock from its day on
           (array_agg(CASE WHEN type = 'CORRECTION_NOTICE' THEN on_date END ORDER BY seq DESC)
                FILTER (WHERE type IN ('CORRECTION_NOTICE', 'CORRECTED')))[1] AS awaiting_correction_since,
           -- a fee notice not followed by payment
           (array_agg(CASE WHEN type = 'FEE_NOTICE' THEN on_date END ORDER BY seq DESC)
                FILTER (WHERE type IN ('FEE_NOTICE', 'FEE_PAID')))[1] AS open_fee_since
      FROM events
     GROUP BY year, last_day, request_id
),
-- the official calendar over the days the clocks need, with a running count of working days
bounds AS (
    SELECT least(min(start), min(received)) - 1 AS first_day,
           greatest(max(last_day), max(concluded_on), max(custom_due), max(imported_due),
                    (SELECT max(on_date) FROM events)) + 60 AS last_day
      FROM clock
),
calendar AS (
    SELECT d.day::date AS day, w.working,
           count(*) FILTER (WHERE w.working) OVER (ORDER BY d.day) AS working_index
      FROM bounds b
     CROSS JOIN generate_series(b.first_day, b.last_day, interval '1 day') d (day)
      LEFT JOIN calendar_day cd ON cd.day = d.day::date
     CROSS JOIN LATERAL (
            SELECT CASE WHEN cd.kind = 'MAKE_UP_WORKDAY' THEN true
                        WHEN extract(isodow FROM d.day) IN (6, 7) THEN false
                        ELSE cd.kind IS DISTINCT FROM 'HOLIDAY' END AS working
         ) w
),
-- pauses still on the clock (those started after the last correction): a consultation from its day to the day it
-- ended, at most 15 working days; a fee notice to the day of payment, or without end if unpaid. Days in (from, to].
pause_events AS (
    SELECT request_id, seq, type, on_date, corrected_seq,
           lead(type)    OVER w AS next_type,
           lead(on_date) OVER w AS next_on
      FROM events
     WHERE type IN ('CONSULTATION_STARTED', 'CONSULTATION_ENDED', 'FEE_NOTICE', 'FEE_PAID')
    WINDOW w AS (PARTITION BY request_id, left(type, 4) ORDER BY seq)
),
pauses AS (
    SELECT p.request_id, p.on_date AS from_day,
           CASE WHEN p.type = 'FEE_NOTICE'
                THEN CASE WHEN p.next_type = 'FEE_PAID' THEN greatest(p.next_on, p.on_date) END
                WHEN p.next_type = 'CONSULTATION_ENDED' AND p.next_on < limit15.day
                THEN greatest(p.next_on, p.on_date)
                ELSE limit15.day END AS to_day
      FROM pause_events p
      LEFT JOIN calendar started ON started.day = p.on_date
      LEFT JOIN calendar limit15 ON limit15.working AND limit15.working_index = started.working_index + 15
     WHERE p.type IN ('CONSULTATION_STARTED', 'FEE_NOTICE')
       AND (p.corrected_seq IS NULL OR p.seq > p.corrected_seq)
),
clock_state AS (
    SELECT k.*,
           coalesce(k.concluded_on, k.last_day) AS counted_to,          -- the clock runs to the conclusion (or 31 Dec)
           least(k.awaiting_correction_since, k.open_fee_since) AS stop, -- no due date once the clock stops for good
           20 + k.extension AS limit_days,
           k.awaiting_correction_since IS NULL AND k.open_fee_since IS NULL
               AND NOT EXISTS (SELECT 1 FROM pauses p WHERE p.request_id = k.request_id) AS plain
      FROM clock k
     WHERE k.received IS NOT NULL
),
-- working days on the clock in (start, counted_to] ("taken"), and in (start, the day before the conclusion], up
-- to the stop ("before_conclusion": the due date falls before the conclusion when this reaches the limit)
plain_days AS (
    SELECT s.request_id,
           greatest(upto.working_index - st.working_index, 0) AS taken,
           greatest(before.working_index - st.working_index, 0) AS before_conclusion
      FROM clock_state s
      JOIN calendar st   ON st.day = s.start
      JOIN calendar upto ON upto.day = s.counted_to
      LEFT JOIN calendar before ON before.day = s.concluded_on - 1
     WHERE s.plain
),
walked_days AS (
    SELECT s.request_id,
           count(*) FILTER (WHERE on_clock) AS taken,
           count(*) FILTER (WHERE on_clock AND c.day < s.concluded_on AND (s.stop IS NULL OR c.day <= s.stop)) AS before_conclusion
      FROM clock_state s
     CROSS JOIN LATERAL generate_series(s.start + 1, s.counted_to, interval '1 day') g (day)
      JOIN calendar c ON c.day = g.day::date
     CROSS JOIN LATERAL (
            SELECT c.working
                   AND NOT (s.awaiting_correction_since IS NOT NULL AND c.day > s.awaiting_correction_since)
                   AND NOT EXISTS (SELECT 1 FROM pauses p
                                    WHERE p.request_id = s.request_id AND c.day > p.from_day
                                      AND (p.to_day IS NULL OR c.day <= p.to_day)) AS on_clock
         ) o
     WHERE NOT s.plain
     GROUP BY s.request_id
),
deadlines AS (
    SELECT s.year, s.request_id, s.concluded_on,
           coalesce(d.taken, 0) AS taken,
           CASE WHEN s.concluded_on IS NULL THEN NULL
                -- simplified: an Art. 35 or imported date moved by a later pause, or an Art. 35 date that a later
                -- correction ended (DOMAIN.md §3.4), is taken as given
                WHEN CASE WHEN s.custom_due IS NOT NULL THEN s.concluded_on > s.custom_due
                          WHEN s.imported_due IS NOT NULL THEN s.concluded_on > s.imported_due
                          WHEN s.limit_days <= 0 THEN s.concluded_on > s.start
                          ELSE coalesce(d.before_conclusion, 0) >= s.limit_days END THEN 'late'
                WHEN s.extended THEN 'afterExtension'
                ELSE 'onTime' END AS timeliness
      FROM clock_state s
      LEFT JOIN (SELECT * FROM plain_days UNION ALL SELECT * FROM walked_days) d ON d.request_id = s.request_id
),
timeliness_figures AS (
    SELECT y.year, 'timeliness' AS figure, t.code, count(d.request_id)::numeric AS value
      FROM years y
     CROSS JOIN (VALUES ('onTime'), ('afterExtension'), ('late')) t (code)
      LEFT JOIN deadlines d ON d.year = y.year AND d.timeliness = t.code
     GROUP BY y.year, t.code
    UNION ALL
    SELECT year, 'timeliness.workingDays', taken::text, count(*)
      FROM deadlines GROUP BY year, taken
),

figures AS (
    SELECT year, figure, code, value FROM count_figures
    UNION ALL
    SELECT year, 'fees', code, value FROM fee_figures
    UNION ALL
    SELECT year, figure, code, value FROM timeliness_figures
)
SELECT year, figure, code,
       CASE WHEN code = 'amountYuan' THEN round(value, 2)::text ELSE value::bigint::text END AS value
  FROM figures
 WHERE value <> 0 OR figure IN ('fees', 'timeliness')
 ORDER BY year,
          CASE split_part(figure, '.', 1) WHEN 'received' THEN 1 WHEN 'carriedOver' THEN 2 WHEN 'concluded' THEN 3
               WHEN 'carriedForward' THEN 4 WHEN 'timeliness' THEN 5 ELSE 6 END,
          figure,
          CASE WHEN figure = 'timeliness.workingDays' THEN lpad(code, 10, '0') ELSE code END;
