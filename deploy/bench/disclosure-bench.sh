#!/usr/bin/env bash
# Benchmark of the disclosure-service at province scale: imports N generated items (NDJSON, one call) and times
# GET /api/v1/statistics/{year}. Starts nothing: point it at a running service. Rerunnable: a second run re-imports
# the same items, which then come back "unchanged".
#
#   deploy/bench/disclosure-bench.sh [URL]              URL defaults to http://127.0.0.1:8081
#
# Environment:
#   ITEMS=2000000        items to generate            AGENCIES=10000   agencies (codes bench-00000 …)
#   YEAR=2030            publication year (clear of reference data)
#   RUNS=20              statistics requests to time
#   KEEP_FILE=1          keep the generated NDJSON file (default: deleted at exit)
#   CLEANUP_DSN=postgresql://disclosure:disclosure@127.0.0.1:5432/disclosure
#                        if set, delete every bench-* item, figure and tally afterwards with psql (the API has no
#                        bulk delete; the agency prefix "bench-" keeps this from touching anything else)
set -euo pipefail

URL="${1:-${URL:-http://127.0.0.1:8081}}"
ITEMS="${ITEMS:-2000000}"
# An admin token (imports) that also reads statistics: java -jar seeds/target/seeds.jar token --role admin
TOKEN="${TOKEN:-$(cat "$(dirname "$0")/../../.run/tokens/admin.jwt" 2>/dev/null || true)}"
AUTH=(-H "Authorization: Bearer $TOKEN")
AGENCIES="${AGENCIES:-10000}"
YEAR="${YEAR:-2030}"
RUNS="${RUNS:-20}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

curl -fsS "$URL/q/health/ready" >/dev/null || { log "no ready service at $URL"; exit 1; }

FILE="$(mktemp "${TMPDIR:-/tmp}/disclosure-bench.XXXXXX.ndjson")"
[ -n "${KEEP_FILE:-}" ] || trap 'rm -f "$FILE"' EXIT

log "generating $ITEMS items over $AGENCIES agencies for $YEAR into $FILE"
awk -v n="$ITEMS" -v agencies="$AGENCIES" -v year="$YEAR" 'BEGIN {
  split("POLICY_INTERPRETATION NOTICE FINANCE KEY_PROJECT SUPERVISION ENVIRONMENT FOOD_DRUG_SAFETY PLANNING PERSONNEL OTHER NOTICE NOTICE", cat, " ");
  srand(2030);
  for (i = 0; i < n; i++) {
    a = i % agencies; seq = int(i / agencies) + 1;
    agency = sprintf("bench-%05d", a);
    month = 1 + int(rand() * 12); day = 1 + int(rand() * 28);
    hour = 8 + int(rand() * 10); minute = int(rand() * 60);
    r = rand();
    if (r < 0.10) channels = "\"OTHER\"";
    else {
      channels = "\"WEBSITE\"";
      if (rand() < 0.05) channels = "\"GAZETTE\"," channels;
      if (rand() < 0.10) channels = channels ",\"WEIBO\"";
      if (rand() < 0.15) channels = channels ",\"WECHAT\"";
      if (rand() < 0.05) channels = channels ",\"OTHER\"";
    }
    issued = "null"; repealed = "null"; number = "null";
    r = rand();
    if (r < 0.01) {
      category = (r < 0.001) ? "REGULATION" : "NORMATIVE_DOCUMENT";
      issued = sprintf("\"%d-%02d-%02d\"", year, month, day);
      number = sprintf("\"周政〔%d〕%d号\"", year, seq);
      if (rand() < 0.1) repealed = sprintf("\"%d-12-31\"", year);
    } else {
      category = cat[1 + int(rand() * 12)];
    }
    printf "{\"agency\":\"%s\",\"indexNumber\":\"%s/%d-%06d\",\"title\":\"关于做好%d年第%d项重点工作的通知\",\"documentNumber\":%s,\"category\":\"%s\",\"publishedAt\":\"%d-%02d-%02dT%02d:%02d:00+08:00\",\"channels\":[%s],\"url\":null,\"issuedOn\":%s,\"repealedOn\":%s}\n",
      agency, agency, year, seq, year, seq, number, category, year, month, day, hour, minute, channels, issued, repealed;
  }
}' > "$FILE"
log "generated $(wc -c < "$FILE") bytes"

log "POST $URL/api/v1/disclosures/import"
RESULT="$(curl -sS "${AUTH[@]}" -o "$FILE.answer" -w '%{http_code} %{time_total}' -X POST -H 'Content-Type: application/x-ndjson' \
  -T "$FILE" "$URL/api/v1/disclosures/import")"
read -r STATUS SECONDS_TAKEN <<<"$RESULT"
log "import answered $STATUS: $(head -c 2000 "$FILE.answer")"
rm -f "$FILE.answer"
[ "$STATUS" = 200 ] || exit 1
RATE="$(awk -v n="$ITEMS" -v s="$SECONDS_TAKEN" 'BEGIN { printf "%.0f", n / s }')"
log "import: ${SECONDS_TAKEN}s for $ITEMS items = $RATE items/s"

log "timing GET $URL/api/v1/statistics/$YEAR x $RUNS"
SIZE="$(curl -fsS "${AUTH[@]}" -o /dev/null -w '%{size_download}' "$URL/api/v1/statistics/$YEAR")"  # warm-up, not timed
TIMES="$(for _ in $(seq 1 "$RUNS"); do
  curl -fsS "${AUTH[@]}" -o /dev/null -w '%{time_total}\n' "$URL/api/v1/statistics/$YEAR"
done | sort -n)"
MEDIAN="$(awk '{ t[NR] = $1 } END { if (NR % 2) m = t[(NR + 1) / 2]; else m = (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.0f", m * 1000 }' <<<"$TIMES")"
P99="$(awk '{ t[NR] = $1 } END { i = int(NR * 0.99 + 0.999999); if (i > NR) i = NR; if (i < 1) i = 1; printf "%.0f", t[i] * 1000 }' <<<"$TIMES")"
log "statistics $YEAR ($SIZE bytes): median ${MEDIAN} ms, p99 ${P99} ms over $RUNS runs"

printf 'items=%s agencies=%s import_s=%s items_per_s=%s stats_bytes=%s stats_median_ms=%s stats_p99_ms=%s\n' \
  "$ITEMS" "$AGENCIES" "$SECONDS_TAKEN" "$RATE" "$SIZE" "$MEDIAN" "$P99"

if [ -n "${CLEANUP_DSN:-}" ]; then
  log "deleting bench-* data"
  psql -q -v ON_ERROR_STOP=1 "$CLEANUP_DSN" <<'SQL'
BEGIN;
DELETE FROM disclosure_item WHERE agency LIKE 'bench-%';
DELETE FROM item_year_figures WHERE agency LIKE 'bench-%';
DELETE FROM act_year_figures WHERE agency LIKE 'bench-%';
DELETE FROM tally WHERE agency LIKE 'bench-%';
COMMIT;
VACUUM ANALYZE disclosure_item;
SQL
fi
