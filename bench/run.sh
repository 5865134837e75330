#!/usr/bin/env bash
# Lectern's benchmark: see bench/README.md.
#
#   bench/run.sh [--large] [--runs N] [--duration S] [--warmup S] [--jit-warmup S] [--connections C]
#                [--threads T] [--sessions N] [--skip-build] [--no-startup]
#                [--scenarios "lesson progress quiz track"]
#
# Builds the jar, extracts it (Boot's CDS-friendly layout), makes a CDS archive with a
# training run, measures the start-up of a plain `java -jar` against the recommended
# launch, then loads the recommended launch with wrk (bench/lectern.lua) and compares each
# scenario with nginx serving a saved copy of the rendered lesson page. Everything it
# makes lives in target/bench/; it only talks to 127.0.0.1 and stops what it started.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
WORK=$ROOT/target/bench
PORT=${LECTERN_BENCH_PORT:-18080}
NGINX_PORT=${LECTERN_BENCH_NGINX_PORT:-18090}
LESSON=/python-backend/introduction-to-django

LARGE=false
RUNS=3
DURATION=10
WARMUP=10
JIT_WARMUP=120
CONNECTIONS=32
THREADS=2
SESSIONS=256
BUILD=true
STARTUP=true
SCENARIOS="lesson progress quiz track"
while [ $# -gt 0 ]; do
  case "$1" in
    --large) LARGE=true ;;
    --runs) RUNS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --jit-warmup) JIT_WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --sessions) SESSIONS=$2; shift ;;
    --skip-build) BUILD=false ;;
    --no-startup) STARTUP=false ;;
    --scenarios) SCENARIOS=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# The recommended launch: flags, JDK and class archive kind (shared with bench/memory.sh)
# shellcheck source=bench/launch.sh
. "$BENCH/launch.sh"

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# ---------------------------------------------------------------------------- tools
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

for p in "$PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
    echo "port $p is in use: stop what listens there or set LECTERN_BENCH_PORT / LECTERN_BENCH_NGINX_PORT" >&2
    exit 1
  fi
done

# ---------------------------------------------------------------------------- cleanup
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  if [ -f "$WORK/nginx/nginx.pid" ]; then
    kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------- build
cd "$ROOT"
if $BUILD; then
  log "building the jar"
  # the build's own output (Spring AOT's processing logs the application's start) goes to a file
  mkdir -p "$ROOT/target"
  ./mvnw -B -q -o package -DskipTests >"$ROOT/target/bench-build.log" 2>&1 \
    || ./mvnw -B -q package -DskipTests >"$ROOT/target/bench-build.log" 2>&1 \
    || { cat "$ROOT/target/bench-build.log" >&2; exit 1; }
fi
JAR=$(ls "$ROOT"/target/lectern-*.jar | grep -v -- '-plain' | head -1)
JARNAME=$(basename "$JAR")

rm -rf "$WORK"
mkdir -p "$WORK/data" "$WORK/nginx/html" "$WORK/logs"
log "extracting $JARNAME (java -Djarmode=tools extract)"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP=$WORK/app/$JARNAME
H2JAR=$(ls "$WORK"/app/lib/h2-*.jar | head -1)

# ---------------------------------------------------------------------------- class archive
# The training run starts the application on the benchmark database (Flyway migrates it
# on the way) and exits once the context is refreshed; the JVM then writes the archive.
log "training run for the $ARCHIVE_KIND ($("$LAUNCH_JAVA" -version 2>&1 | head -1))"
if [ "$ARCHIVE_KIND" = "AOT cache" ]; then
  ARCHIVE_FLAG=-XX:AOTCache="$WORK/app/lectern.aot"
  TRAIN_FLAG=-XX:AOTCacheOutput="$WORK/app/lectern.aot"
else
  ARCHIVE_FLAG=-XX:SharedArchiveFile="$WORK/app/lectern.jsa"
  TRAIN_FLAG=-XX:ArchiveClassesAtExit="$WORK/app/lectern.jsa"
fi
(cd "$WORK/app" && "$LAUNCH_JAVA" "$TRAIN_FLAG" "${RECOMMENDED_FLAGS[@]}" -Dspring.context.exit=onRefresh \
  -jar "$APP" --spring.datasource.url="$DBURL" --spring.main.banner-mode=off \
  >"$WORK/logs/archive-training.log" 2>&1)
ls -la "${ARCHIVE_FLAG#*=}" >/dev/null
RECOMMENDED=("${RECOMMENDED_FLAGS[@]}" "$ARCHIVE_FLAG")

# ---------------------------------------------------------------------------- helpers
SERVER_PID=
# start_server LOG JAVA JAVA_ARGS... : starts a JVM in $WORK/app on the benchmark database
start_server() {
  local logfile=$1 jvm=$2; shift 2
  (cd "$WORK/app" && exec "$jvm" "$@" --server.port="$PORT" --spring.datasource.url="$DBURL" \
    --spring.main.banner-mode=off >"$logfile" 2>&1) &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

# milliseconds from now until the lesson page answers 200
wait_first_page() {
  local start=$1
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$LESSON" 2>/dev/null)" = 200 ]; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server died" >&2; return 1; fi
    sleep 0.02
  done
  echo "no page after 60 s" >&2
  return 1
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

# one reader: GET the lesson page without a cookie, keep "cookie token"
new_reader() {
  local headers body
  headers=$(mktemp) body=$(mktemp)
  curl -s -D "$headers" -o "$body" "http://127.0.0.1:$PORT$LESSON"
  local cookie token
  cookie=$(grep -io 'LECTERN_SESSION=[^;]*' "$headers" | head -1 | cut -d= -f2)
  token=$(grep -o 'name="_csrf" content="[^"]*"' "$body" | head -1 | sed 's/.*content="//; s/"$//')
  rm -f "$headers" "$body"
  echo "$cookie $token"
}

# ---------------------------------------------------------------------------- large data
if $LARGE; then
  log "--large: 1,000 generated lessons"
  java -cp "$H2JAR" org.h2.tools.RunScript -url "$DBURL" -user sa -script "$BENCH/generate-lessons.sql"
  log "--large: 100,000 readers with progress and answers"
  java -cp "$H2JAR" org.h2.tools.RunScript -url "$DBURL" -user sa -script "$BENCH/generate-readers.sql"
  java -cp "$H2JAR" org.h2.tools.Shell -url "$DBURL" -user sa \
    -sql "SELECT (SELECT COUNT(*) FROM lesson) AS lessons, (SELECT COUNT(*) FROM reader) AS readers,
                 (SELECT COUNT(*) FROM reader_lesson) AS reader_lessons, (SELECT COUNT(*) FROM reader_visit) AS visits,
                 (SELECT COUNT(*) FROM reader_answer) AS answers" \
    | sed 's/^/   /' >&2
fi

# ---------------------------------------------------------------------------- start-up
STARTUP_PLAIN=n/a STARTUP_DEFAULT=n/a STARTUP_RECOMMENDED=n/a
if $STARTUP; then
  plain=() default=() recommended=()
  for i in $(seq 1 "$RUNS"); do
    log "start-up $i/$RUNS: plain java -jar"
    t0=$(date +%s%N)
    start_server "$WORK/logs/startup-plain-$i.log" "$LAUNCH_JAVA" -jar "$JAR"
    plain+=("$(wait_first_page "$t0")")
    stop_server
    if [ "$LAUNCH_JAVA" != "$DEFAULT_JAVA" ]; then
      log "start-up $i/$RUNS: plain java -jar with the default java"
      t0=$(date +%s%N)
      start_server "$WORK/logs/startup-default-$i.log" "$DEFAULT_JAVA" -jar "$JAR"
      default+=("$(wait_first_page "$t0")")
      stop_server
    fi
    log "start-up $i/$RUNS: recommended launch"
    t0=$(date +%s%N)
    start_server "$WORK/logs/startup-recommended-$i.log" "$LAUNCH_JAVA" "${RECOMMENDED[@]}" -jar "$APP"
    recommended+=("$(wait_first_page "$t0")")
    stop_server
  done
  STARTUP_PLAIN=$(printf '%s\n' "${plain[@]}" | median)
  [ ${#default[@]} -gt 0 ] && STARTUP_DEFAULT=$(printf '%s\n' "${default[@]}" | median)
  STARTUP_RECOMMENDED=$(printf '%s\n' "${recommended[@]}" | median)
  echo "   plain: ${plain[*]} ms; default java: ${default[*]:-} ms; recommended: ${recommended[*]} ms" >&2
fi

# ---------------------------------------------------------------------------- load
log "starting the recommended launch for the load"
# LECTERN_BENCH_JFR=1 records the load with Flight Recorder (target/bench/load.jfr);
# LECTERN_BENCH_JAVA_OPTS adds JVM flags to the loaded server, for experiments
# (e.g. "-Xlog:gc:file=target/bench/logs/gc.log")
# shellcheck disable=SC2086
start_server "$WORK/logs/load.log" "$LAUNCH_JAVA" "${RECOMMENDED[@]}" ${LECTERN_BENCH_JAVA_OPTS:-} \
  ${LECTERN_BENCH_JFR:+-XX:StartFlightRecording=filename=$WORK/load.jfr,settings=profile,dumponexit=true} \
  -jar "$APP"
wait_first_page "$(date +%s%N)" >/dev/null
JAVA_PID=$(pgrep -P "$SERVER_PID" java || echo "$SERVER_PID")
[ -d "/proc/$JAVA_PID" ] || JAVA_PID=$SERVER_PID
sleep 3
RSS_IDLE=$(rss_kb "$JAVA_PID")

log "creating $SESSIONS readers (curl, one session each)"
: >"$WORK/pool.txt"
for _ in $(seq 1 "$SESSIONS"); do new_reader >>"$WORK/pool.txt"; done
read -r c t <"$WORK/pool.txt"

# the reference: the lesson page as rendered for a reader, saved and served by nginx
curl -s -b "LECTERN_SESSION=$c" -o "$WORK/nginx/html/index.html" "http://127.0.0.1:$PORT$LESSON"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/css application/javascript text/javascript application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    location / { index index.html; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"

# page weight: the lesson page, its CSS and its JS, gzip as a browser asks for it
weight() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -b "LECTERN_SESSION=$c" -w '%{size_download}' "http://127.0.0.1:$PORT$1"; }
PAGE_BYTES=$(weight "$LESSON")
PAGE_RAW=$(wc -c <"$WORK/nginx/html/index.html")
ASSETS=$(grep -o '<link rel="stylesheet" href="[^"]*"\|<script src="[^"]*"' "$WORK/nginx/html/index.html" | sed 's/.*="//; s/"$//')
ASSET_BYTES=0
for a in $ASSETS; do ASSET_BYTES=$((ASSET_BYTES + $(weight "$a"))); done
TOTAL_BYTES=$((PAGE_BYTES + ASSET_BYTES))

# scenario NAME PORT: warm-up, then $RUNS runs; prints "rps p50_ms p99_ms errors" (medians)
scenario() {
  local name=$1 port=$2 out=$WORK/wrk-$1.txt
  : >"$out"
  log "$name: warm-up ${WARMUP}s, then $RUNS x ${DURATION}s at $CONNECTIONS connections"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH/lectern.lua" "http://127.0.0.1:$port" \
    -- "$name" "$WORK/pool.txt" "$THREADS" >/dev/null
  for i in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH/lectern.lua" \
      "http://127.0.0.1:$port" -- "$name" "$WORK/pool.txt" "$THREADS" | grep '^RESULT' | tee -a "$out" | sed 's/^/   /' >&2
  done
  local rps p50 p99 err
  rps=$(awk '{print $4}' "$out" | median)
  p50=$(awk '{printf "%.1f\n", $5/1000}' "$out" | median)
  p99=$(awk '{printf "%.1f\n", $6/1000}' "$out" | median)
  err=$(awk '{print $7}' "$out" | median)
  echo "$rps $p50 $p99 $err"
}

# The JIT: on 2 cores shared with wrk, C2 needs one to two minutes of load before a
# scenario's rate stops climbing (the lesson page measured 1,870, 1,970, 2,160, then 2,400
# req/s in consecutive 10 s runs after 40 s of load). All scenarios in turn, twice, first.
if [ "$JIT_WARMUP" -gt 0 ]; then
  n=$(echo $SCENARIOS | wc -w)
  slice=$(( JIT_WARMUP / (2 * n) )); [ "$slice" -lt 1 ] && slice=1
  log "JIT warm-up: ${JIT_WARMUP}s, every scenario in turn for ${slice}s, twice"
  for _ in 1 2; do
    for s in $SCENARIOS; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${slice}s" -s "$BENCH/lectern.lua" "http://127.0.0.1:$PORT" \
        -- "$s" "$WORK/pool.txt" "$THREADS" >/dev/null
    done
  done
fi

read -r S_RPS S_P50 S_P99 S_ERR <<<"$(scenario static "$NGINX_PORT")"
declare -A R
for s in $SCENARIOS; do
  R[$s]=$(scenario "$s" "$PORT")
done
RSS_PEAK=$(hwm_kb "$JAVA_PID")
# the sitemap lists every lesson: time of one warm fetch (the median of five)
SITEMAP=$(for _ in 1 2 3 4 5 6; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' \
  -w '%{time_total} %{size_download}\n' "http://127.0.0.1:$PORT/sitemap.xml"; done | tail -5 | sort -n | sed -n 3p)
stop_server
SQL_SESSIONS=$(java -cp "$H2JAR" org.h2.tools.Shell -url "$DBURL" -user sa \
  -sql "SELECT COUNT(*) FROM SPRING_SESSION" 2>/dev/null | sed -n 2p || true)
kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true

# ---------------------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$S_RPS" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
{
  echo
  echo "Lectern benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
    "$(free -g | awk '/^Mem/ {print $2}') GB"
  echo "recommended launch: $("$LAUNCH_JAVA" -version 2>&1 | head -1), $ARCHIVE_KIND, Spring AOT, ${RECOMMENDED_FLAGS[*]}"
  [ -n "${LECTERN_BENCH_JAVA_OPTS:-}" ] && echo "**not the recommended launch alone**: the loaded server had LECTERN_BENCH_JAVA_OPTS=$LECTERN_BENCH_JAVA_OPTS"
  echo "database: $($LARGE && echo '--large: 1,003 lessons, 100,000+ stored sessions' || echo 'the migrations only (3 lessons)')"
  echo "wrk -t$THREADS -c$CONNECTIONS; ${JIT_WARMUP}s JIT warm-up over all scenarios, then per scenario ${WARMUP}s warm-up and the median of $RUNS x ${DURATION}s; wrk, the JVM and nginx share the same $(nproc) cores"
  echo "load average before the report: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | errors | vs nginx |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| nginx: saved lesson page, gzip | $S_RPS | $S_P50 | $S_P99 | $S_ERR | 100% |"
  for s in $SCENARIOS; do
    read -r rps p50 p99 err <<<"${R[$s]}"
    case $s in
      lesson) label="GET lesson page, with a session" ;;
      progress) label="POST progress (JSON)" ;;
      quiz) label="quiz: reset 303 + answer 303 + GET feedback" ;;
      track) label="GET track page" ;;
    esac
    echo "| $label | $rps | $p50 | $p99 | $err | $(ratio "$rps") |"
  done
  echo
  echo "| measure | value |"
  echo "|---|---:|"
  echo "| first page after \`java -jar\`, plain, same JDK | $STARTUP_PLAIN ms |"
  [ "$STARTUP_DEFAULT" != n/a ] && echo "| first page after \`java -jar\`, plain, default java ($(java -version 2>&1 | head -1 | cut -d'"' -f2)) | $STARTUP_DEFAULT ms |"
  echo "| first page, recommended launch ($ARCHIVE_KIND, Spring AOT, extracted) | $STARTUP_RECOMMENDED ms |"
  if [ "$STARTUP_PLAIN" != n/a ]; then
    echo "| start-up speed-up (vs plain, same JDK) | $(awk -v a="$STARTUP_PLAIN" -v b="$STARTUP_RECOMMENDED" 'BEGIN {printf "%.2fx", a/b}') |"
    [ "$STARTUP_DEFAULT" != n/a ] && echo "| start-up speed-up (vs plain, default java) | $(awk -v a="$STARTUP_DEFAULT" -v b="$STARTUP_RECOMMENDED" 'BEGIN {printf "%.2fx", a/b}') |"
  fi
  echo "| JVM RSS at idle (recommended launch) | $((RSS_IDLE / 1024)) MB |"
  echo "| JVM RSS peak under load (VmHWM) | $((RSS_PEAK / 1024)) MB |"
  echo "| lesson page, gzip | $PAGE_BYTES B (raw $PAGE_RAW B) |"
  echo "| lesson page + CSS + JS, gzip | $TOTAL_BYTES B |"
  echo "| /sitemap.xml, one warm fetch | $(echo "$SITEMAP" | awk '{printf "%.1f ms, %d B gzip", $1 * 1000, $2}') |"
  echo "| stored sessions after the run | ${SQL_SESSIONS:-n/a} |"
} | tee "$WORK/report-$($LARGE && echo large || echo small).md"
