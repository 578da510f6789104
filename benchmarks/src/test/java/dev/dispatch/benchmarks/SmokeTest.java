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

  /** The results tool reads JMH's output, including a single iteration's "NaN" error, and updates a document. */
  @Test
  void theResultsToolWritesTheTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path json = dir.resolve("r.json");
    java.nio.file.Files.writeString(json, "[{\"benchmark\":\"dev.dispatch.benchmarks.JsonBenchmarks.readDispatch\","
        + "\"primaryMetric\":{\"score\":200.0,\"scoreError\":\"NaN\"}},"
        + "{\"benchmark\":\"dev.dispatch.benchmarks.JsonBenchmarks.readRecords\","
        + "\"primaryMetric\":{\"score\":100.0,\"scoreError\":1.5}}]");
    java.nio.file.Path doc = dir.resolve("doc.md");
    java.nio.file.Files.writeString(doc, "head\n<!-- results:start -->\nold\n<!-- results:end -->\ntail\n");
    Results.main(new String[] {json.toString(), doc.toString()});
    String text = java.nio.file.Files.readString(doc);
    assertTrue(text.contains("| JsonBenchmarks.readDispatch | 200.0 | NaN |"), text);
    assertTrue(text.contains("| 2.00x | readRecords | >= 1.0 | yes |"), text);
    assertTrue(text.startsWith("head\n<!-- results:start -->\n| benchmark") && text.endsWith("<!-- results:end -->\ntail\n"), text);
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
