#!/usr/bin/env bash
# Where the recommended launch's memory goes under load: see bench/README.md, "Memory".
#
#   bench/memory.sh [--warmup S] [-- EXTRA_JVM_FLAGS...]
#
# Needs a finished bench/run.sh: it reuses target/bench (the extracted jar with its class
# archive, the benchmark database, the readers in pool.txt). Starts the recommended launch
# with EXTRA_JVM_FLAGS added (environment variables such as MALLOC_ARENA_MAX pass through),
# reads /proc/PID/smaps every second, and puts it under a short mixed load at 32
# connections: the lesson page for the warm-up (30 s), then the lesson page 10 s, progress
# 20 s, the quiz 10 s, the track page 10 s and the lesson page 10 s. Prints each phase's
# rate, p99 and RSS, the peak RSS (VmHWM), and the RSS at the sample with the most of it,
# by kind of mapping. One run: compare launches one after the other on an idle machine.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
WORK=$ROOT/target/bench
PORT=${LECTERN_BENCH_PORT:-18080}
WARMUP=30
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) WARMUP=$2; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (JVM flags go after --)" >&2; exit 2 ;;
  esac
  shift
done
EXTRA=("$@")

# shellcheck source=bench/launch.sh
. "$BENCH/launch.sh"

APP=$(ls "$WORK"/app/lectern-*.jar 2>/dev/null | head -1 || true)
ARCHIVE=$(ls "$WORK"/app/lectern.aot "$WORK"/app/lectern.jsa 2>/dev/null | head -1 || true)
if [ -z "$APP" ] || [ -z "$ARCHIVE" ] || [ ! -s "$WORK/pool.txt" ]; then
  echo "target/bench is not there or not complete: run bench/run.sh first" >&2
  exit 1
fi
case $ARCHIVE in
  *.aot) ARCHIVE_FLAG=-XX:AOTCache=$ARCHIVE ;;
  *) ARCHIVE_FLAG=-XX:SharedArchiveFile=$ARCHIVE ;;
esac
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is in use: stop what listens there or set LECTERN_BENCH_PORT" >&2
  exit 1
fi
JCMD=$(dirname "$LAUNCH_JAVA")/jcmd
SAMPLES=$WORK/memory-samples.txt
LOG=$WORK/logs/memory.log
mkdir -p "$WORK/logs"

SERVER_PID= SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

(cd "$WORK/app" && exec "$LAUNCH_JAVA" "${RECOMMENDED_FLAGS[@]}" "$ARCHIVE_FLAG" "${EXTRA[@]}" -jar "$APP" \
  --server.port="$PORT" --spring.datasource.url="$DBURL" \
  --spring.main.banner-mode=off >"$LOG" 2>&1) &
SERVER_PID=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/robots.txt" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server did not start: $LOG" >&2; tail -5 "$LOG" >&2; exit 1; }
  sleep 0.1
done

# The Java heap's address range, from the collector's own report (jcmd GC.heap_info): the
# lowest and highest addresses it prints, as 16 hex digits.
HEAP_LO=ffffffffffffffff HEAP_HI=0000000000000000
if [ -x "$JCMD" ]; then
  read -r HEAP_LO HEAP_HI < <("$JCMD" "$SERVER_PID" GC.heap_info 2>/dev/null | grep -o '0x[0-9a-f]\{16\}' \
    | sed 's/^0x//' | sort | sed -n '1p;$p' | paste -sd' ') || true
fi

# one line per second: "seconds total archive heap malloc anonymous files" in MB. malloc is
# glibc's main heap ([heap]); anonymous is every other mapping without a file: the code
# cache, metaspace, glibc's other arenas, thread stacks.
sample() {
  awk -v lo="$HEAP_LO" -v hi="$HEAP_HI" -v t="$1" '
    function pad(a) { return substr("0000000000000000", 1, 16 - length(a)) a }
    /^[0-9a-f]+-[0-9a-f]+ / {
      split($1, r, "-"); name = (NF >= 6) ? $6 : ""
      if (name ~ /\.(aot|jsa)$/) kind = "archive"
      else if (name == "" && pad(r[1]) >= lo && pad(r[2]) <= hi) kind = "heap"
      else if (name == "[heap]") kind = "malloc"
      else if (name == "" || name ~ /^\[/) kind = "anonymous"
      else kind = "files"
      next
    }
    /^Rss:/ { kb[kind] += $2; total += $2 }
    END { printf "%d %d %d %d %d %d %d\n", t, total / 1024, kb["archive"] / 1024, kb["heap"] / 1024,
      kb["malloc"] / 1024, kb["anonymous"] / 1024, kb["files"] / 1024 }' "/proc/$SERVER_PID/smaps"
}
: >"$SAMPLES"
(t=0; while [ -r "/proc/$SERVER_PID/smaps" ]; do sample "$t" >>"$SAMPLES" 2>/dev/null || break; sleep 1; t=$((t + 1)); done) &
SAMPLER_PID=$!

rss() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status"; }
echo "launch: $("$LAUNCH_JAVA" -version 2>&1 | head -1), $ARCHIVE_KIND, ${RECOMMENDED_FLAGS[*]} ${EXTRA[*]:-}"
echo "idle: RSS $(rss) MB"
phase() {
  local result
  result=$(wrk -t2 -c32 -d"$2s" --latency -s "$BENCH/lectern.lua" "http://127.0.0.1:$PORT" \
    -- "$1" "$WORK/pool.txt" 2 | grep '^RESULT')
  echo "$result" | awk -v s="$1" -v d="$2" -v r="$(rss)" \
    '{printf "%-8s %3ds  %6.0f req/s  p99 %6.1f ms  errors %d  RSS %d MB\n", s, d, $4, $6 / 1000, $7, r}'
}
phase lesson "$WARMUP" | sed 's/$/  (warm-up)/'
phase lesson 10
phase progress 20
phase quiz 10
phase track 10
phase lesson 10
sleep 1
echo "peak RSS (VmHWM): $(awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status") MB"
sort -k2,2n "$SAMPLES" | tail -1 | awk -v known="$([ "$HEAP_HI" != 0000000000000000 ] && echo yes)" '{
  printf "at the sample with the most (%d s): %d MB = class archive %d + Java heap %d + malloc [heap] %d + other anonymous %d + files %d\n",
    $1, $2, $3, $4, $5, $6, $7
  if (known != "yes") print "(no jcmd beside java: the Java heap is counted under other anonymous)"
}'
echo "samples: $SAMPLES; server log: $LOG"
