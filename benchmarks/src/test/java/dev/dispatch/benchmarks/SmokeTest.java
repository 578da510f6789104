package dev.dispatch.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The suite compiles and every benchmark runs one short iteration. No timing is asserted. */
class SmokeTest {

  @Test
  void everyBenchmarkRuns() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("dev.dispatch.benchmarks.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Set<String> names = new TreeSet<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      names.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
      assertTrue(r.getPrimaryResult().getSampleCount() > 0, name);
    }
    assertEquals(Set.of("JsonBenchmarks.build", "JsonBenchmarks.readDispatch", "JsonBenchmarks.readRecords",
        "JsonBenchmarks.readTokenSkim", "JsonBenchmarks.validate", "JsonBenchmarks.writeDispatch",
        "JsonBenchmarks.writeRecords", "NdjsonBenchmarks.readDispatch", "NdjsonBenchmarks.readTokenSkim",
        "NdjsonBenchmarks.writeDispatch"), names);
  }

  @Test
  void theBaselineReadsWhatDispatchWrites() {
    JsonBenchmarks b = new JsonBenchmarks();
    b.setUp();
    assertEquals(b.readDispatch(), dev.dispatch.testkit.ReferenceReport.report());
    assertEquals("Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region",
        b.readRecords().headline());
    assertEquals(3, b.readRecords().figures().size());
  }
}
