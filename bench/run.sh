#!/usr/bin/env bash
# Lectern's benchmark: see bench/README.md.
#
#   bench/run.sh [--large] [--runs N] [--duration S] [--warmup S] [--jit-warmup S] [--connections C]
#                [--threads T] [--readers N] [--skip-build] [--no-startup]
#                [--scenarios "lesson first progress quiz track"]
#
# Builds the jar, extracts it (Boot's CDS-friendly layout), makes a CDS archive with a
# training run, measures the start-up of a plain `java -jar` against the recommended
# launch, then loads the recommended launch with wrk (bench/lectern.lua) and compares each
# scenario with nginx serving a saved copy of the rendered lesson page, gzipped per request
# and precompressed. Everything it makes lives in target/bench/ (the last results also in
# target/bench-results/); it only talks to 127.0.0.1 and stops what it started.
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
READERS=256
BUILD=true
STARTUP=true
SCENARIOS="lesson first progress quiz track"
while [ $# -gt 0 ]; do
  case "$1" in
    --large) LARGE=true ;;
    --runs) RUNS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --jit-warmup) JIT_WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --readers|--sessions) READERS=$2; shift ;;
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

# The pool makes its readers at once from one address; the application allows 120 new
# readers a minute per address (a 429 beyond). Only the making of a reader consults it.
export LECTERN_NEW_READERS_PER_MINUTE=${LECTERN_NEW_READERS_PER_MINUTE:-100000}
# the author who times the insights pages (signed up over HTTP after the load)
BENCH_AUTHOR=bench-author
export LECTERN_AUTHORS=$BENCH_AUTHOR

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

# value of cookie NAME in curl's cookie jar FILE (HttpOnly ones are written "#HttpOnly_host")
jar_cookie() { awk -v n="$2" 'NF >= 7 && $6 == n {v = $7} END {print v}' "$1"; }

# One reader, made as a browser makes one: a GET of the lesson page without a cookie (it
# sets the CSRF cookie XSRF-TOKEN and carries the token in <meta name="_csrf">), then a
# save, POST .../progress, whose answer sets the reader cookie LECTERN_READER. Prints one
# line of the pool: the cookies as NAME=VALUE, then the token (lectern.lua sends them as
# "Cookie: LECTERN_READER=...; XSRF-TOKEN=..." and "X-CSRF-TOKEN: token").
# A build from before the reader tables (reader state in the HTTP session) sets no
# LECTERN_READER; its session cookie LECTERN_SESSION then stands for the reader (and
# POOL_KIND says so). Neither cookie after the save is an error. A 429 (too many new
# readers from one address a minute) is waited out.
new_reader() {
  local jar body status token reader xsrf session tries=0
  jar=$(mktemp) body=$(mktemp)
  status=$(curl -s -c "$jar" -o "$body" -w '%{http_code}' "http://127.0.0.1:$PORT$LESSON")
  token=$(grep -o 'name="_csrf" content="[^"]*"' "$body" | head -1 | sed 's/.*content="//; s/"$//')
  if [ "$status" != 200 ] || [ -z "$token" ]; then
    echo "new reader: GET $LESSON answered $status$([ -z "$token" ] && echo ', no <meta name="_csrf"> token')" >&2
    rm -f "$jar" "$body"; return 1
  fi
  while :; do
    status=$(curl -s -b "$jar" -c "$jar" -D "$body" -o /dev/null -w '%{http_code}' \
      -H "X-CSRF-TOKEN: $token" -H 'Accept: application/json' --data 'section=what-is-django' \
      "http://127.0.0.1:$PORT$LESSON/progress")
    [ "$status" = 429 ] && [ $((tries += 1)) -le 10 ] || break
    local wait_s; wait_s=$(awk 'tolower($1) == "retry-after:" {print $2 + 0}' "$body" | tr -d '\r')
    echo "   429 on a new reader (too many a minute from one address): waiting ${wait_s:-5}s" >&2
    sleep "${wait_s:-5}"
  done
  reader=$(jar_cookie "$jar" LECTERN_READER)
  xsrf=$(jar_cookie "$jar" XSRF-TOKEN)
  session=$(jar_cookie "$jar" LECTERN_SESSION)
  rm -f "$jar" "$body"
  if [ "$status" != 200 ]; then
    echo "new reader: POST $LESSON/progress answered $status (expected 200)" >&2
    return 1
  fi
  if [ -n "$reader" ]; then
    [ -n "$xsrf" ] || { echo "new reader: LECTERN_READER set but no XSRF-TOKEN cookie" >&2; return 1; }
    echo "LECTERN_READER=$reader XSRF-TOKEN=$xsrf $token"
  elif [ -n "$session" ]; then
    echo "LECTERN_SESSION=$session $token"
  else
    echo "new reader: the save (POST $LESSON/progress, 200) set no LECTERN_READER cookie" \
      "(and there is no LECTERN_SESSION either): is this the build with the reader tables?" >&2
    return 1
  fi
}

# the Cookie header of a pool line: "A=1; B=2"
pool_cookies() { awk '{for (i = 1; i < NF; i++) printf "%s%s", (i > 1 ? "; " : ""), $i; print ""}' <<<"$1"; }

# ---------------------------------------------------------------------------- large data
if $LARGE; then
  log "--large: 1,000 generated lessons"
  java -cp "$H2JAR" org.h2.tools.RunScript -url "$DBURL" -user sa -script "$BENCH/generate-lessons.sql"
  log "--large: 100,000 readers with progress and answers"
  t0=$SECONDS
  java -cp "$H2JAR" org.h2.tools.RunScript -url "$DBURL" -user sa -script "$BENCH/generate-readers.sql"
  echo "   generate-readers.sql: $((SECONDS - t0)) s" >&2
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

log "creating $READERS readers (curl: a lesson GET without a cookie, then a progress save)"
: >"$WORK/pool.txt"
for _ in $(seq 1 "$READERS"); do
  new_reader >>"$WORK/pool.txt" || { echo "could not make a reader: see above; server log $WORK/logs/load.log" >&2; exit 1; }
done
FIRST_READER=$(head -1 "$WORK/pool.txt")
COOKIES=$(pool_cookies "$FIRST_READER")
if [[ $FIRST_READER == LECTERN_READER=* ]]; then
  POOL_KIND=reader
else
  POOL_KIND=session
  echo "   NOTE: no LECTERN_READER cookie: this build keeps the reader in the HTTP session;" \
    "the pool holds LECTERN_SESSION cookies instead (the build before the reader tables)" >&2
fi
# a returning reader's page: 200, and no other reader or CSRF cookie set (else the pool's
# cookies are not taken as they are, and every request would measure something else); the
# reader cookie itself may be renewed with the same id
SETS=$(curl -s -o /dev/null -D - -w 'status=%{http_code}\n' -H "Cookie: $COOKIES" "http://127.0.0.1:$PORT$LESSON" \
  | awk 'tolower($1) == "set-cookie:" {sub(/;.*/, "", $2); print $2} /^status=/ {print}')
for c in $SETS; do
  case $c in
    status=200) ;;
    status=*) echo "a returning reader's lesson page answered ${c#status=}" >&2; exit 1 ;;
    LECTERN_READER=*) [[ "; $COOKIES;" == *"; $c;"* ]] \
        || { echo "the lesson page gives a reader of the pool another reader cookie ($c)" >&2; exit 1; } ;;
    XSRF-TOKEN=*|LECTERN_SESSION=*) echo "the lesson page sets $c again for a reader of the pool: its cookies are not accepted" >&2; exit 1 ;;
  esac
done

# The references: the lesson page as rendered for a returning reader, saved and served by
# nginx twice: at / gzipped on every request (gzip_comp_level 6, like Tomcat's), and at /gz/
# precompressed once (gzip_static: the .gz file beside it, made with gzip -9, is sent as it
# is). The first is what a server that renders nothing but still compresses can do; the
# second what this machine can do at best for a page of this size.
curl -s -H "Cookie: $COOKIES" -o "$WORK/nginx/html/index.html" "http://127.0.0.1:$PORT$LESSON"
mkdir -p "$WORK/nginx/html/gz"
cp "$WORK/nginx/html/index.html" "$WORK/nginx/html/gz/index.html"
gzip -k -9 -n "$WORK/nginx/html/gz/index.html"
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
    location /gz/ { index index.html; gzip off; gzip_static on; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1; done
# both references answer gzip, the second with the .gz file's own bytes
NGINX_GZIP_BYTES=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$NGINX_PORT/")
NGINX_STATIC_BYTES=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$NGINX_PORT/gz/")
GZ_FILE_BYTES=$(wc -c <"$WORK/nginx/html/gz/index.html.gz")
if [ "$NGINX_STATIC_BYTES" != "$GZ_FILE_BYTES" ]; then
  echo "nginx's /gz/ did not send the precompressed file ($NGINX_STATIC_BYTES B, the .gz has $GZ_FILE_BYTES B): gzip_static?" >&2
  exit 1
fi

# page weight: the lesson page, its CSS and its JS, gzip as a browser asks for it
weight() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -H "Cookie: $COOKIES" -w '%{size_download}' "http://127.0.0.1:$PORT$1"; }
PAGE_BYTES=$(weight "$LESSON")
PAGE_RAW=$(wc -c <"$WORK/nginx/html/index.html")
FIRST_PAGE_BYTES=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$PORT$LESSON")
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
read -r Z_RPS Z_P50 Z_P99 Z_ERR <<<"$(scenario static-gz "$NGINX_PORT")"
declare -A R
for s in $SCENARIOS; do
  R[$s]=$(scenario "$s" "$PORT")
done
RSS_PEAK=$(hwm_kb "$JAVA_PID")

# The insights pages, as an author sees them: signed up over HTTP, then each page fetched
# $INSIGHTS_VIEWS times, a pool reader's save before every view (it writes reader_lesson,
# the table the pages group: H2 would otherwise hand back its last result for the same
# statement). Prints per page "first median max" in seconds, the first view apart.
INSIGHTS_VIEWS=6
INSIGHTS_LESSON=/insights$LESSON
insights_times() {
  local jar token status reader_cookies reader_token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-up" \
    | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//')
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
    --data-urlencode "username=$BENCH_AUTHOR" --data-urlencode 'password=a long benchmark password' \
    "http://127.0.0.1:$PORT/sign-up")
  if [ "$status" != 303 ]; then
    echo "insights: the author's sign-up answered $status (expected 303)" >&2
    rm -f "$jar"; return 1
  fi
  reader_cookies=$(pool_cookies "$FIRST_READER")
  reader_token=${FIRST_READER##* }
  : >"$WORK/insights-times.txt"
  for i in $(seq 1 "$INSIGHTS_VIEWS"); do
    for page in /insights "$INSIGHTS_LESSON"; do
      curl -s -o /dev/null -H "Cookie: $reader_cookies" -H "X-CSRF-TOKEN: $reader_token" \
        -H 'Accept: application/json' --data 'section=key-features' "http://127.0.0.1:$PORT$LESSON/progress"
      read -r status t < <(curl -s -o /dev/null -b "$jar" -H 'Accept-Encoding: gzip' \
        -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT$page")
      if [ "$status" != 200 ]; then
        echo "insights: $page answered $status for the author (expected 200)" >&2
        rm -f "$jar"; return 1
      fi
      echo "$page $i $t" >>"$WORK/insights-times.txt"
    done
  done
  rm -f "$jar"
  for page in /insights "$INSIGHTS_LESSON"; do
    awk -v p="$page" '$1 == p && $2 == 1 {print $3}' "$WORK/insights-times.txt" | tr '\n' ' '
    awk -v p="$page" '$1 == p && $2 > 1 {print $3}' "$WORK/insights-times.txt" | median | tr '\n' ' '
    awk -v p="$page" '$1 == p && $2 > 1 {print $3}' "$WORK/insights-times.txt" | sort -n | tail -1
  done
}
log "insights pages: an author signs up; each page $INSIGHTS_VIEWS times, a reader's save before every view"
mapfile -t INSIGHTS < <(insights_times)
[ ${#INSIGHTS[@]} = 2 ] || { echo "could not time the insights pages: see above; server log $WORK/logs/load.log" >&2; exit 1; }
sed 's/^/   first, median, max (s): /' < <(printf '%s\n' "${INSIGHTS[@]}") >&2

# the sitemap lists every lesson: time of one warm fetch (the median of five)
SITEMAP=$(for _ in 1 2 3 4 5 6; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' \
  -w '%{time_total} %{size_download}\n' "http://127.0.0.1:$PORT/sitemap.xml"; done | tail -5 | sort -n | sed -n 3p)
stop_server
# what the database holds after the run: readers (the pool's, and --large's 100,000; a
# first visit makes none) and stored HTTP sessions (none for readers who do not sign in)
db_count() {
  java -cp "$H2JAR" org.h2.tools.Shell -url "$DBURL" -user sa -sql "SELECT COUNT(*) FROM $1" 2>/dev/null \
    | sed -n 2p | tr -d ' ' || true
}
SQL_READERS=$(db_count reader)
SQL_SESSIONS=$(db_count SPRING_SESSION)
kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true

# ---------------------------------------------------------------------------- results
# The medians also go to target/bench-results/KIND.txt (one line per scenario, "name rps p50
# p99 errors", after a line that says when and with which build), which the next run.sh
# does not wipe: a --large run compares its lesson page with the last small run's.
KIND=$($LARGE && echo large || echo small)
RESULTS=$ROOT/target/bench-results
mkdir -p "$RESULTS"
APP_COMMIT=$(git -C "$ROOT" log -1 --format=%h -- src pom.xml 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain -- src pom.xml 2>/dev/null)" ] || APP_COMMIT="$APP_COMMIT+changes"
SETTINGS="app $APP_COMMIT pool $POOL_KIND wrk -t$THREADS -c$CONNECTIONS jit ${JIT_WARMUP}s runs $RUNS x ${DURATION}s"
SMALL_HEAD=$(head -1 "$RESULTS/small.txt" 2>/dev/null | sed 's/^# //' || true)
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $SETTINGS"
  echo "static $S_RPS $S_P50 $S_P99 $S_ERR"
  echo "static-gz $Z_RPS $Z_P50 $Z_P99 $Z_ERR"
  for s in $SCENARIOS; do echo "$s ${R[$s]}"; done
} >"$RESULTS/$KIND.txt"

# ---------------------------------------------------------------------------- report
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.1f", 100 * a / b; else printf "n/a" }'; }
label() {
  case $1 in
    static) echo "nginx: saved lesson page, gzip per request" ;;
    static-gz) echo "nginx: saved lesson page, precompressed (gzip_static)" ;;
    lesson) [ "$POOL_KIND" = reader ] && echo "GET lesson page, returning reader" \
      || echo "GET lesson page, with a session (no LECTERN_READER: a build before the reader tables)" ;;
    first) echo "GET lesson page, first visit (no cookie)" ;;
    progress) echo "POST progress (JSON)" ;;
    quiz) echo "quiz: reset 303 + answer 303 + GET feedback" ;;
    track) echo "GET track page" ;;
    *) echo "$1" ;;
  esac
}
verdict() { if [ "$1" = n/a ]; then echo "n/a"; elif [ "$1" = 1 ]; then echo "met"; else echo "**not met**"; fi; }
# share_target SCENARIO MIN_PERCENT: a row of the targets' table
share_target() {
  local s=$1 min=$2 rps g
  if [ -z "${R[$s]:-}" ]; then
    echo "| $(label "$s") ≥ $min% of nginx's req/s | not run (--scenarios) | n/a |"
    return
  fi
  read -r rps _ <<<"${R[$s]}"
  g=$(pct "$rps" "$S_RPS")
  echo "| $(label "$s") ≥ $min% of nginx's req/s (gzip per request) | $g% ($rps vs $S_RPS req/s); $(pct "$rps" "$Z_RPS")% of nginx precompressed ($Z_RPS req/s) | $(verdict "$(awk -v g="$g" -v m="$min" 'BEGIN {print (g + 0 >= m) ? 1 : 0}')") |"
}
{
  echo
  echo "Lectern benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
    "$(free -g | awk '/^Mem/ {print $2}') GB; the application as of commit $APP_COMMIT"
  echo "recommended launch: $("$LAUNCH_JAVA" -version 2>&1 | head -1), $ARCHIVE_KIND, Spring AOT, ${RECOMMENDED_FLAGS[*]}"
  [ -n "${LECTERN_BENCH_JAVA_OPTS:-}" ] && echo "**not the recommended launch alone**: the loaded server had LECTERN_BENCH_JAVA_OPTS=$LECTERN_BENCH_JAVA_OPTS"
  echo "database: $($LARGE && echo '--large: 1,003 lessons, 100,000 generated readers with progress and answers' || echo 'the migrations only (3 lessons)')"
  if [ "$POOL_KIND" = reader ]; then
    echo "readers: $READERS made over HTTP (lesson GET, then a progress save), cookies LECTERN_READER and XSRF-TOKEN; LECTERN_NEW_READERS_PER_MINUTE=$LECTERN_NEW_READERS_PER_MINUTE"
  else
    echo "readers: $READERS made over HTTP, **LECTERN_SESSION cookies**: this build keeps readers in the HTTP session, not the reader tables"
  fi
  echo "wrk -t$THREADS -c$CONNECTIONS; ${JIT_WARMUP}s JIT warm-up over all scenarios, then per scenario ${WARMUP}s warm-up and the median of $RUNS x ${DURATION}s; wrk, the JVM and nginx share the same $(nproc) cores"
  echo "load average before the report: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | errors | vs nginx gzip | vs nginx precompressed |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  echo "| $(label static) | $S_RPS | $S_P50 | $S_P99 | $S_ERR | 100% | $(pct "$S_RPS" "$Z_RPS")% |"
  echo "| $(label static-gz) | $Z_RPS | $Z_P50 | $Z_P99 | $Z_ERR | $(pct "$Z_RPS" "$S_RPS")% | 100% |"
  for s in $SCENARIOS; do
    read -r rps p50 p99 err <<<"${R[$s]}"
    echo "| $(label "$s") | $rps | $p50 | $p99 | $err | $(pct "$rps" "$S_RPS")% | $(pct "$rps" "$Z_RPS")% |"
  done
  echo
  echo "| measure | value |"
  echo "|---|---:|"
  if [ "$STARTUP_PLAIN" != n/a ]; then
    echo "| first page after \`java -jar\`, plain, same JDK | $STARTUP_PLAIN ms |"
    [ "$STARTUP_DEFAULT" != n/a ] && echo "| first page after \`java -jar\`, plain, default java ($(java -version 2>&1 | head -1 | cut -d'"' -f2)) | $STARTUP_DEFAULT ms |"
    echo "| first page, recommended launch ($ARCHIVE_KIND, Spring AOT, extracted) | $STARTUP_RECOMMENDED ms |"
    echo "| start-up speed-up (vs plain, same JDK) | $(awk -v a="$STARTUP_PLAIN" -v b="$STARTUP_RECOMMENDED" 'BEGIN {printf "%.2fx", a/b}') |"
    [ "$STARTUP_DEFAULT" != n/a ] && echo "| start-up speed-up (vs plain, default java) | $(awk -v a="$STARTUP_DEFAULT" -v b="$STARTUP_RECOMMENDED" 'BEGIN {printf "%.2fx", a/b}') |"
  fi
  echo "| JVM RSS at idle (recommended launch) | $((RSS_IDLE / 1024)) MB |"
  echo "| JVM RSS peak under load (VmHWM) | $((RSS_PEAK / 1024)) MB |"
  echo "| lesson page, returning reader, gzip | $PAGE_BYTES B (raw $PAGE_RAW B) |"
  echo "| lesson page, first visit, gzip | $FIRST_PAGE_BYTES B |"
  echo "| lesson page + CSS + JS, gzip | $TOTAL_BYTES B |"
  echo "| nginx's copy: gzip per request (level 6) / precompressed (gzip -9) | $NGINX_GZIP_BYTES B / $NGINX_STATIC_BYTES B |"
  echo "| /sitemap.xml, one warm fetch | $(echo "$SITEMAP" | awk '{printf "%.1f ms, %d B gzip", $1 * 1000, $2}') |"
  if [ "$POOL_KIND" = reader ]; then
    echo "| readers in the database after the run (the pool's $READERS$($LARGE && echo ' + 100,000 generated'); first visits make none) | ${SQL_READERS:-n/a} |"
  else
    echo "| readers in the database after the run | ${SQL_READERS:-n/a} |"
  fi
  echo "| stored HTTP sessions after the run (the insights author's is one) | ${SQL_SESSIONS:-n/a} |"
  read -r o_first o_median o_max <<<"$(awk '{printf "%.2f %.2f %.2f", $1, $2, $3}' <<<"${INSIGHTS[0]}")"
  read -r l_first l_median l_max <<<"$(awk '{printf "%.2f %.2f %.2f", $1, $2, $3}' <<<"${INSIGHTS[1]}")"
  echo "| /insights, author signed in: first view, then median / slowest of $((INSIGHTS_VIEWS - 1)) (a save before each) | $o_first s, then $o_median / $o_max s |"
  echo "| $INSIGHTS_LESSON, the same | $l_first s, then $l_median / $l_max s |"
  echo
  echo "| target | measured | met? |"
  echo "|---|---|---|"
  share_target lesson 20
  share_target progress 20
  share_target first 25
  # p99 under 50 ms: every Lectern scenario measured
  p99s= slow=
  for s in $SCENARIOS; do
    read -r _ _ p99 _ <<<"${R[$s]}"
    p99s="$p99s${p99s:+, }$s $p99"
    awk -v p="$p99" 'BEGIN {exit !(p + 0 >= 50)}' && slow="$slow${slow:+, }$s"
  done
  echo "| p99 < 50 ms at $CONNECTIONS connections, every scenario | $p99s ms | $(verdict "$([ -z "$slow" ] && echo 1 || echo 0)")${slow:+ ($slow)} |"
  echo "| each insights page in at most 1 s (slowest view after the first) | /insights $o_max s, the lesson's $l_max s$($LARGE || echo '; the target is for --large') | $(verdict "$(awk -v a="$o_max" -v b="$l_max" 'BEGIN {print (a + 0 <= 1 && b + 0 <= 1) ? 1 : 0}')") |"
  echo "| peak RSS ≤ 420 MB | $(awk -v k="$RSS_PEAK" 'BEGIN {printf "%.1f", k / 1024}') MB (VmHWM) | $(verdict "$([ "$RSS_PEAK" -le $((420 * 1024)) ] && echo 1 || echo 0)") |"
  if $LARGE; then
    small_line=$(grep '^lesson ' "$RESULTS/small.txt" 2>/dev/null || true)
    large_line=${R[lesson]:-}
    if [ -n "$small_line" ] && [ -n "$large_line" ]; then
      read -r _ small_rps _ <<<"$small_line"
      read -r large_rps _ <<<"$large_line"
      small_head=$SMALL_HEAD
      small_nginx=$(awk '$1 == "static" {print $2}' "$RESULTS/small.txt")
      small_share=$(pct "$small_rps" "$small_nginx")
      diff=$(awk -v a="$large_rps" -v b="$small_rps" 'BEGIN {printf "%+.1f", 100 * (a - b) / b}')
      # the small run's settings and build, when they are not this run's
      other=; [[ $small_head == *" $SETTINGS" ]] || other=" (**the small run had other settings or another build**: compare with care)"
      echo "| --large: lesson page within 15% of the small database's rate | $large_rps against $small_rps req/s ($diff%; small run: $small_head); share of nginx gzip $(pct "$large_rps" "$S_RPS")% against $small_share%, nginx $S_RPS against $small_nginx req/s | $(verdict "$(awk -v d="$diff" 'BEGIN {print (d + 0 >= -15) ? 1 : 0}')")$other |"
    else
      echo "| --large: lesson page within 15% of the small database's rate | no small run's lesson rate in target/bench-results/small.txt: run bench/run.sh, then bench/run.sh --large | n/a |"
    fi
  fi
  echo
  echo "The % targets are shares of nginx gzipping per request, the reference the earlier targets used; the precompressed reference is shown beside them."
} | tee "$WORK/report-$KIND.md"
cp "$WORK/report-$KIND.md" "$RESULTS/report-$KIND.md"
