#!/bin/sh
# Measures the latency and throughput the gateway adds over calling a service directly.
# Usage (from the repository root): gateway/bench/run.sh [-Dbench.rate=1000] [-Dbench.seconds=20] [-Dbench.concurrency=64]
set -e
cd "$(dirname "$0")/../.."
[ "$SKIP_BUILD" = 1 ] || mvn -q -pl gateway package -DskipTests
mvn -q -pl gateway test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.weconomics.gateway.benchmark.GatewayOverheadBenchmark \
  -Dbench.gateway-jar="$PWD/gateway/target/quarkus-app/quarkus-run.jar" "$@"
