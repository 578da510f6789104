#!/usr/bin/env bash
# Runs the JMH suite and writes the results.
#   benchmarks/run.sh           full run (2 forks, 5 x 1 s warm-up, 5 x 1 s measured); updates docs/benchmarks.md
#   benchmarks/run.sh --smoke   one fork, one short iteration each: checks the suite runs (under two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/target
if [ "${1:-}" = "--smoke" ]; then
  # The smoke run measures nothing: it ignores JMH's host-wide lock (/tmp/jmh.lock) so that it never fails
  # because another JMH run holds it. The full run below keeps the lock: two measured runs must not overlap.
  java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar -f 1 -wi 1 -w 200ms -i 1 -r 200ms -rf json -rff benchmarks/target/smoke.json
  java -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Results benchmarks/target/smoke.json
else
  java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/results.json
  java -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Results benchmarks/target/results.json docs/benchmarks.md
fi
