package dev.dispatch.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        "JsonBenchmarks.writeRecords", "NdjsonBenchmarks.readDispatch", "NdjsonBenchmarks.readRecords",
        "NdjsonBenchmarks.readTokenSkim", "NdjsonBenchmarks.writeDispatch", "NdjsonBenchmarks.writeRecords"), names);
  }

  /** The results tool reads JMH's output, including a single iteration's "NaN" error, and updates a document. */
  @Test
  void theResultsToolWritesTheTable(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("r.json");
    Files.writeString(json, "[{\"benchmark\":\"dev.dispatch.benchmarks.JsonBenchmarks.readDispatch\","
        + "\"primaryMetric\":{\"score\":200.0,\"scoreError\":\"NaN\"}},"
        + "{\"benchmark\":\"dev.dispatch.benchmarks.JsonBenchmarks.readRecords\","
        + "\"primaryMetric\":{\"score\":100.0,\"scoreError\":1.5}}]");
    Path doc = dir.resolve("doc.md");
    Files.writeString(doc, "head\n<!-- results:start -->\nold\n<!-- results:end -->\ntail\n");
    Results.main(new String[] {json.toString(), doc.toString()});
    String text = Files.readString(doc);
    assertTrue(text.contains("| JsonBenchmarks.readDispatch | 200.0 | NaN |"), text);
    assertTrue(text.contains("| 2.00x | readRecords | >= 1.0 | yes |"), text);
    assertTrue(text.startsWith("head\n<!-- results:start -->\n| benchmark") && text.endsWith("<!-- results:end -->\ntail\n"), text);
  }
}
