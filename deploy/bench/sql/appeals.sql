-- Province totals of appeals-service's GET /api/v1/statistics/{year}, computed by PostgreSQL alone from the base
-- tables (reconsideration, lawsuit, complaint), for the benchmark "how long would the database take for the same
-- figures".
--
--   psql -X -q -v year=2025 -f deploy/bench/sql/appeals.sql    (against database appeals)
--
-- Mirrors appeals StatisticsService (DOMAIN.md §4), summed over every agency, for :year and :year - 1:
--   reconsiderations.<RESULT>          cases filed in the year (filed_year) by their result as of 31 Dec of that
--   lawsuits.<ROUTE>.<RESULT>            year: UPHELD / CORRECTED / OTHER, or PENDING when undecided or decided
--                                        later; lawsuits split by route (DIRECT / AFTER_RECONSIDERATION)
--   complaints                         complaints received in the year (received_year)
-- Every result key is printed, zeros included (the API always lists all of them). Left out: the per-agency
-- breakdown and the appeals of lawsuits (lawsuit_appeal), which the figures do not use either (a case counts once,
-- with its first-instance result). Read-only. Output: one row per (year, figure, code), figure being the JSON path.

WITH years (year) AS (
    VALUES (:year - 1), (:year)
),
result_code (code, ord) AS (
    VALUES ('UPHELD', 1), ('CORRECTED', 2), ('OTHER', 3), ('PENDING', 4)
),
route_code (route, ord) AS (
    VALUES ('DIRECT', 1), ('AFTER_RECONSIDERATION', 2)
),
-- the result as of 31 Dec of the filing year
reconsiderations AS (
    SELECT filed_year AS year,
           CASE WHEN result IS NULL OR decided_on > make_date(filed_year, 12, 31) THEN 'PENDING' ELSE result END AS code,
           count(*) AS n
      FROM reconsideration
     WHERE filed_year BETWEEN :year - 1 AND :year
     GROUP BY 1, 2
),
lawsuits AS (
    SELECT filed_year AS year, route,
           CASE WHEN result IS NULL OR decided_on > make_date(filed_year, 12, 31) THEN 'PENDING' ELSE result END AS code,
           count(*) AS n
      FROM lawsuit
     WHERE filed_year BETWEEN :year - 1 AND :year
     GROUP BY 1, 2, 3
),
complaints AS (
    SELECT received_year AS year, count(*) AS n
      FROM complaint
     WHERE received_year BETWEEN :year - 1 AND :year
     GROUP BY 1
),
figures AS (
    SELECT y.year, 1 AS block, 'reconsiderations' AS figure, r.ord AS ord, r.code, coalesce(c.n, 0) AS value
      FROM years y
     CROSS JOIN result_code r
      LEFT JOIN reconsiderations c ON c.year = y.year AND c.code = r.code
    UNION ALL
    SELECT y.year, 1 + t.ord, 'lawsuits.' || t.route, r.ord, r.code, coalesce(l.n, 0)
      FROM years y
     CROSS JOIN route_code t
     CROSS JOIN result_code r
      LEFT JOIN lawsuits l ON l.year = y.year AND l.route = t.route AND l.code = r.code
    UNION ALL
    SELECT y.year, 4, 'complaints', 0, '', coalesce(c.n, 0)
      FROM years y
      LEFT JOIN complaints c ON c.year = y.year
)
SELECT year, figure, code, value
  FROM figures
 ORDER BY year, block, ord;
