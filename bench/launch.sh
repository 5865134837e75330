# Sourced by bench/run.sh and bench/memory.sh: the launch the README recommends.
# Needs WORK (target/bench). Sets RECOMMENDED_FLAGS, DBURL, DEFAULT_JAVA, LAUNCH_JAVA and
# ARCHIVE_KIND; exports MALLOC_ARENA_MAX.

# The launch the README recommends (besides the class archive, which run.sh makes with a
# training run): Spring AOT's generated bean definitions (built into the jar by the
# process-aot goal), a small, fixed-ceiling heap with a young generation large enough that
# requests in flight do not spill into the old one, the serial collector (one GC thread for
# 2 cores; no G1 remembered sets), smaller thread stacks, a capped code cache; C2 stays on.
# MALLOC_ARENA_MAX=2 keeps glibc from giving each busy thread its own malloc arena. H2's page
# cache (on the heap) is 8 MB instead of its 64 MB default: the data is small and the OS
# caches the file.
RECOMMENDED_FLAGS=(-Dspring.aot.enabled=true -Xms64m -Xmx128m -Xmn48m -XX:+UseSerialGC -Xss512k
  -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=16m)
export MALLOC_ARENA_MAX=2
DBURL="jdbc:h2:file:$WORK/data/lectern;WRITE_DELAY=0;CACHE_SIZE=8192"

# The JDK of the recommended launch: Java 25 where one is installed (its AOT cache, JEP 483
# and 514, also keeps classes linked), else the default java with a dynamic CDS archive.
# LECTERN_BENCH_JAVA picks another. The plain `java -jar` start-up is measured with the
# same JDK, and with the default java as well when that is another one.
DEFAULT_JAVA=$(command -v java)
LAUNCH_JAVA=${LECTERN_BENCH_JAVA:-$(ls -d /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -1)}
[ -n "$LAUNCH_JAVA" ] && [ -x "$LAUNCH_JAVA" ] || LAUNCH_JAVA=$DEFAULT_JAVA
if "$LAUNCH_JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  ARCHIVE_KIND="AOT cache"
else
  ARCHIVE_KIND="CDS archive"
fi
