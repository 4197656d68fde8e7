#!/bin/sh
# The performance harness: builds, starts the platform with the run command on free ports, measures it,
# stops it, and writes the figures into docs/performance.md. Not a test, and not part of `mvn verify`.
#
# Usage (from anywhere):  performance/run.sh [-Dperf.<setting>=<value> ...]
#   -Dperf.seconds=30 -Dperf.warmup-seconds=10 -Dperf.throughput-seconds=15 -Dperf.callers=32
#   -Dperf.load-fraction=0.6 -Dperf.events=1000 -Dperf.event-rate=20 -Dperf.notes=10,100,1000
#   -Dperf.activities=5,25,100 -Dperf.fixed-parties=3 -Dperf.parties=2,5,10 -Dperf.fixed-activities=10
#   -Dperf.samples=50 -Dperf.write-docs=true
# SKIP_BUILD=1 reuses the last build. Gatling's HTML reports stay in performance/target/gatling.
set -eu
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "Java 17 or newer is needed: no 'java' on the PATH." >&2; exit 2; }

# wrk (Debian's package) measures the closed-loop throughput; without it Gatling's closed model does.
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (Debian package) for the closed-loop throughput ..."
    apt-get install -y -qq wrk >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; } \
      || echo "wrk could not be installed; the throughput is measured with Gatling's closed model instead."
  else
    echo "wrk is not installed (apt-get install wrk); the throughput is measured with Gatling's closed model instead."
  fi
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  command -v mvn >/dev/null || { echo "Maven 3.8 or newer is needed: no 'mvn' on the PATH." >&2; exit 2; }
  echo "Building the platform and the harness (mvn package, tests skipped) ..."
  mvn -B -q -ntp -Pperformance package -DskipTests -Dquarkus.log.level=WARN -pl performance -am
fi
[ -f performance/target/harness.classpath ] || { echo "The harness is not built: run without SKIP_BUILD=1." >&2; exit 2; }

# Gatling reads private JDK fields for its log writer.
exec java --add-opens java.base/java.lang=ALL-UNNAMED -Xmx1g -Dperf.repository="$PWD" "$@" \
  -cp "performance/target/classes:$(cat performance/target/harness.classpath)" \
  org.weconomics.performance.PerformanceHarness
