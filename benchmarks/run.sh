#!/usr/bin/env bash
# Runs the JMH suite and writes the results.
#   benchmarks/run.sh           full run (2 forks, 10 x 2 s warm-up, 5 x 2 s measured); updates docs/benchmarks.md
#   benchmarks/run.sh --smoke   one fork, one short iteration each: checks the suite runs (under two minutes)
# DISPATCH_BENCH_CPUS=1 benchmarks/run.sh   pins the measuring JVMs to those CPUs (taskset's list syntax; JMH's forks
#                                           inherit it), to keep them off a core that another process is using.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/target
pin=()
if [ -n "${DISPATCH_BENCH_CPUS:-}" ]; then
  pin=(taskset -c "$DISPATCH_BENCH_CPUS")
fi
if [ "${1:-}" = "--smoke" ]; then
  # The smoke run measures nothing: it ignores JMH's host-wide lock (/tmp/jmh.lock) so that it never fails
  # because another JMH run holds it. The full run below keeps the lock: two measured runs must not overlap.
  "${pin[@]}" java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar -f 1 -wi 1 -w 200ms -i 1 -r 200ms -rf json -rff benchmarks/target/smoke.json
  java -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Results benchmarks/target/smoke.json
else
  "${pin[@]}" java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/results.json
  java -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Results benchmarks/target/results.json docs/benchmarks.md
fi
