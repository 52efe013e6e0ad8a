#!/usr/bin/env bash
# Turns one bench.sh output folder into RESULTS.md (Markdown tables): summarise.sh DIR SIZE
set -euo pipefail
OUT="$1"
SIZE="$2"

# median and p99 (nearest rank) of the numbers on stdin, as "median<TAB>p99<TAB>count"
percentiles() { sort -g | awk '{v[NR] = $1} END {m = int((NR + 1) / 2); p = int(NR * 0.99); if (p < NR * 0.99) p++; printf "%s\t%s\t%d\n", v[m], v[p], NR}'; }

echo "## Results: size $SIZE, $(date -u +%Y-%m-%d)"
echo
echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM;" \
  "$(java -version 2>&1 | head -1); PostgreSQL $(psql --version | awk '{print $3}') on the same host; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
echo
cat "$OUT/bench.md"

echo "| hand-written SQL in psql (year and year before, all agencies) | runs | median ms | p99 ms |"
echo "|---|---|---|---|"
total=0
for s in disclosure application appeals; do
  read -r median p99 count < <(awk -v s="$s" '$1 == s {print $2}' "$OUT/sql.tsv" | percentiles)
  echo "| $s | $count | $median | $p99 |"
  total="$(awk -v a="$total" -v b="$median" 'BEGIN {print a + b}')"
done
report="$(awk -F'|' '$2 ~ /^ JSON / {gsub(/ /, "", $5); print $5}' "$OUT/bench.md")"
report_p99="$(awk -F'|' '$2 ~ /^ JSON / {gsub(/ /, "", $6); print $6}' "$OUT/bench.md")"
echo "| **all three, one after another** | | **$total** | |"
echo
echo "Report JSON median $report ms (p99 $report_p99 ms) against $total ms of raw SQL: ratio $(awk -v r="$report" -v t="$total" 'BEGIN {printf "%.2f", r / t}') (p99: $(awk -v r="$report_p99" -v t="$total" 'BEGIN {printf "%.2f", r / t}'))."
echo

if [ -f "$OUT/yardsticks.tsv" ]; then
  read -r copy_ms copy_rows < <(awk '$1 == "copy" {print $2, $3}' "$OUT/yardsticks.tsv")
  read -r group_median group_p99 group_count < <(awk '$1 == "group-by" {print $2}' "$OUT/yardsticks.tsv" | percentiles)
  items_rate="$(awk -F'|' '$2 ~ /^ disclosures / {gsub(/[ ,]/, "", $5); print $5}' "$OUT/bench.md")"
  copy_rate="$(awk -v r="$copy_rows" -v ms="$copy_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}')"
  echo "| this machine's yardsticks | figure |"
  echo "|---|---|"
  echo "| PostgreSQL's own COPY of the $copy_rows items (psql \\copy, into a table with the same indexes) | $copy_ms ms: $copy_rate rows/s |"
  echo "| first import of the items through the API, against that COPY | $items_rate items/s: $(awk -v a="$items_rate" -v b="$copy_rate" 'BEGIN {printf "%.2f", a / b}')× |"
  echo "| a plain GROUP BY agency of one year's items, median / p99 of $group_count | $group_median / $group_p99 ms |"
  echo
fi

if [ -f "$OUT/after-change.tsv" ]; then
  read -r median p99 count < <(awk '{print $2 * 1000}' "$OUT/after-change.tsv" | percentiles)
  echo "| statistics of the application-service right after one registration | runs | median ms | p99 ms |"
  echo "|---|---|---|---|"
  echo "| GET /api/v1/statistics/{year}, every agency | $count | $median | $p99 |"
  echo
fi

echo "| load: $(grep -o 'connections' "$OUT/wrk-read.txt" >/dev/null && awk '/connections/ {print $4 " connections, " $1 " " $2; exit}' "$OUT/wrk-read.txt") | requests/s | p50 ms | p99 ms | max ms | non-2xx |"
echo "|---|---|---|---|---|---|"
tps="$(awk '/^tps = / {printf "%.0f", $3; exit}' "$OUT/pgbench.txt" 2>/dev/null)"
plain="$(grep -o 'rps=[0-9]*' "$OUT/wrk-plain-ours.txt" 2>/dev/null | cut -d= -f2)"
for f in register read read-admin plain-ours plain-defaults catalogue search; do
  [ -f "$OUT/wrk-$f.txt" ] || continue
  line="$(grep '^RESULT' "$OUT/wrk-$f.txt")"
  get() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
  case "$f" in
    register) what="register a request (POST, clerk)" ;;
    read) what="read a request by id (clerk of the agency: in clear, audited)" ;;
    read-admin) what="read a request by id (admin: masked)" ;;
    plain-ours) what="yardstick: a plain Quarkus + Panache service, GET by id, no security, our JVM options ($(awk '$1 == "plain-ours" {printf "%d MB", $2 / 1024}' "$OUT/yardstick-rss.tsv"))" ;;
    plain-defaults) what="yardstick: the same plain service on JVM defaults ($(awk '$1 == "plain-defaults" {printf "%d MB", $2 / 1024}' "$OUT/yardstick-rss.tsv"))" ;;
    catalogue) what="public catalogue page, one agency-year, 20 items (no token)" ;;
    search) what="public catalogue text search (no token)" ;;
  esac
  ratio=""
  [ -z "$tps" ] || ratio=" ($(awk -v a="$(get rps)" -v b="$tps" 'BEGIN {printf "%.2f", a / b}')× pgbench -S"
  case "$f" in
    read|read-admin) [ -z "$plain" ] || ratio="$ratio, $(awk -v a="$(get rps)" -v b="$plain" 'BEGIN {printf "%.2f", a / b}')× the plain service" ;;
  esac
  [ -z "$ratio" ] || ratio="$ratio)"
  echo "| $what | $(get rps)$ratio | $(get p50_ms) | $(get p99_ms) | $(get max_ms) | $(get non2xx) |"
done
echo

[ -z "$tps" ] || { echo "Yardstick of this run: PostgreSQL's own select by primary key, \`pgbench -S -c 32 -j 2\`: $tps tps."; echo; }
warmups="$(ls "$OUT"/wrk-*-warmup.txt 2>/dev/null | wc -l)"
[ "$warmups" = 0 ] || { echo "Each round measured warm: the same load ran first for the warm-up seconds of the run (WARMUP_SECONDS), not counted."; echo; }

echo "| service | first start, empty database: ms to ready | restarts with data: median ms | slowest ms | RSS after start MB | peak RSS import MB | peak RSS statistics/report MB | peak RSS under load MB | peak RSS overall MB |"
echo "|---|---|---|---|---|---|---|---|---|"
for s in disclosure application appeals report; do
  cold="$(awk -v s="$s" '$1 == s && $2 == "cold" {print $3}' "$OUT/startup.tsv")"
  warm="$(awk -v s="$s" '$1 == s && $2 == "warm" {print $3}' "$OUT/startup.tsv")"
  warm_median="$(echo "$warm" | percentiles | cut -f1)"
  warm_max="$(echo "$warm" | sort -g | tail -1)"
  start_rss="$(awk -v s="$s" '$1 == s {printf "%.0f\n", $4 / 1024}' "$OUT/startup.tsv" | sort -g | tail -1)"
  peak() { awk -v s="$s" -v re="$1" '$2 == s && $1 ~ re && $3 > m {m = $3} END {printf "%.0f", m / 1024}' "$OUT/rss.tsv"; }
  echo "| $s | $cold | $warm_median | $warm_max | $start_rss | $(peak '^import') | $(peak '^(statistics|report)') | $(peak '^load') | $(peak '.') |"
done
