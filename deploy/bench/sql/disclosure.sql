-- Province totals of disclosure-service's GET /api/v1/statistics/{year}, computed by PostgreSQL alone from the base
-- tables (disclosure_item, tally), for the benchmark "how long would the database take for the same figures".
--
--   psql -X -q -v year=2025 -f deploy/bench/sql/disclosure.sql    (against database disclosure)
--
-- Mirrors StatisticsQuery / ItemFigures (DOMAIN.md §2), summed over every agency, for :year and :year - 1:
--   items                         items first published in the year (published_year), each item once
--   channels.<CHANNEL>            items of the year that went out on that channel (bit set: GAZETTE 1, WEBSITE 2,
--                                 WEIBO 4, WECHAT 8, OTHER 16), so channels may add up to more than items
--   categories.<CATEGORY>         items of the year by category
--   normativeActs.<KIND>.issued   REGULATION / NORMATIVE_DOCUMENT items issued in the year (year of issued_on), of
--   normativeActs.<KIND>.repealed   any publication year; repealed in the year (year of repealed_on); in force at
--   normativeActs.<KIND>.inForce    31 Dec = issued up to the year minus repealed up to the year
--   tallies.<KIND>                sum of the entered tallies of the year (not-applicable entries left out)
--   talliesNotApplicable.<KIND>   how many agencies marked the kind "/" (the API lists them per agency)
-- Deliberately left out: the per-agency breakdown (the HTTP answer is keyed by agency; here everything is summed)
-- and the maintained aggregates item_year_figures / act_year_figures, which the service reads instead of the items.
-- Zero figures are not printed (the API leaves out zero channels and categories too).
-- Read-only. Output: one row per (year, figure, code), figure being the JSON path, code the leaf key.

WITH years (year) AS (
    VALUES (:year - 1), (:year)
),
-- one pass over the two years' items, folded to (year, channel set, category): a few hundred rows
item_groups AS (
    SELECT published_year AS year, channels, category, count(*) AS n
      FROM disclosure_item
     WHERE published_year BETWEEN :year - 1 AND :year
     GROUP BY published_year, channels, category
),
channel (code, bit, ord) AS (
    VALUES ('GAZETTE', 1, 1), ('WEBSITE', 2, 2), ('WEIBO', 4, 3), ('WECHAT', 8, 4), ('OTHER', 16, 5)
),
item_figures AS (
    SELECT year, 'items' AS figure, '' AS code, sum(n) AS value
      FROM item_groups GROUP BY year
    UNION ALL
    SELECT g.year, 'channels', c.code, sum(g.n)
      FROM item_groups g JOIN channel c ON g.channels & c.bit <> 0
     GROUP BY g.year, c.code
    UNION ALL
    SELECT year, 'categories', category, sum(n)
      FROM item_groups GROUP BY year, category
),
-- normative acts count by their legal dates, whatever year the item was published in
acts AS (
    SELECT category,
           EXTRACT(YEAR FROM issued_on)::int   AS issued_year,
           EXTRACT(YEAR FROM repealed_on)::int AS repealed_year
      FROM disclosure_item
     WHERE category IN ('REGULATION', 'NORMATIVE_DOCUMENT')
),
act_kind (category) AS (
    VALUES ('REGULATION'), ('NORMATIVE_DOCUMENT')
),
act_figures AS (
    SELECT y.year, 'normativeActs.' || k.category AS figure, f.code, f.value
      FROM years y
     CROSS JOIN act_kind k
     CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE a.issued_year = y.year)   AS issued,
                   count(*) FILTER (WHERE a.repealed_year = y.year) AS repealed,
                   count(*) FILTER (WHERE a.issued_year <= y.year)
                     - count(*) FILTER (WHERE a.repealed_year <= y.year) AS in_force
              FROM acts a
             WHERE a.category = k.category
         ) c
     CROSS JOIN LATERAL (
            VALUES ('issued', c.issued), ('repealed', c.repealed), ('inForce', c.in_force)
         ) f (code, value)
),
tally_figures AS (
    SELECT year, 'tallies' AS figure, kind AS code, sum(value) AS value
      FROM tally
     WHERE year BETWEEN :year - 1 AND :year AND NOT not_applicable
     GROUP BY year, kind
    UNION ALL
    SELECT year, 'talliesNotApplicable', kind, count(*)
      FROM tally
     WHERE year BETWEEN :year - 1 AND :year AND not_applicable
     GROUP BY year, kind
),
figures AS (
    SELECT year, figure, code, value::numeric AS value FROM item_figures
    UNION ALL
    SELECT year, figure, code, value FROM act_figures
    UNION ALL
    SELECT year, figure, code, value FROM tally_figures
)
SELECT f.year, f.figure, f.code,
       CASE WHEN f.code = 'FEES_COLLECTED_10K_YUAN' THEN round(f.value, 2)::text
            ELSE f.value::bigint::text END AS value
  FROM figures f
  LEFT JOIN channel c ON f.figure = 'channels' AND c.code = f.code
 WHERE f.value <> 0
 ORDER BY f.year,
          CASE split_part(f.figure, '.', 1) WHEN 'items' THEN 1 WHEN 'channels' THEN 2 WHEN 'categories' THEN 3
               WHEN 'normativeActs' THEN 4 WHEN 'tallies' THEN 5 ELSE 6 END,
          f.figure, c.ord, f.code;
