package dev.dispatch.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file into the Markdown table of {@code docs/benchmarks.md}: scores, MB/s,
 * and each result as a ratio to its baseline from the same run.
 *
 * <p>Usage: {@code Results results.json [docs/benchmarks.md]}: prints the table, and with a second
 * argument replaces the part of that file between {@code <!-- results:start -->} and
 * {@code <!-- results:end -->}.
 */
public final class Results {
  private Results() {}

  /**
   * Runs the tool.
   *
   * @param args the JMH result file, and optionally the Markdown file to update
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    Map<String, double[]> score = new HashMap<>();
    for (JsonNode r : results) {
      String name = r.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode error = r.at("/primaryMetric/scoreError");
      // One iteration has no error estimate: JMH writes "NaN" as a string.
      score.put(name, new double[] {r.at("/primaryMetric/score").asDouble(), error.isNumber() ? error.asDouble() : Double.NaN});
    }
    double referenceBytes = Data.referenceJson().length;
    double ndjsonBytes = Data.ndjson().length;
    StringBuilder t = new StringBuilder();
    t.append("| benchmark | ops/s | ± (99.9%) | MB/s | ratio | to | target | met |\n");
    t.append("| --- | ---: | ---: | ---: | ---: | --- | --- | --- |\n");
    row(t, score, "JsonBenchmarks.readDispatch", referenceBytes, "JsonBenchmarks.readRecords", false, ">= 1.0");
    row(t, score, "JsonBenchmarks.readRecords", referenceBytes, null, false, "baseline");
    row(t, score, "JsonBenchmarks.readTokenSkim", referenceBytes, null, false, "upper bound");
    row(t, score, "JsonBenchmarks.writeDispatch", referenceBytes, "JsonBenchmarks.writeRecords", false, ">= 1.0");
    row(t, score, "JsonBenchmarks.writeRecords", referenceBytes, null, false, "baseline");
    row(t, score, "JsonBenchmarks.validate", -1, "JsonBenchmarks.readDispatch", true, "<= 0.25 (cost)");
    row(t, score, "JsonBenchmarks.build", -1, "JsonBenchmarks.readDispatch", true, "(cost)");
    row(t, score, "NdjsonBenchmarks.readDispatch", ndjsonBytes, "NdjsonBenchmarks.readRecords", false, "");
    row(t, score, "NdjsonBenchmarks.readDispatch", ndjsonBytes, "NdjsonBenchmarks.readTokenSkim", false, ">= 0.5");
    row(t, score, "NdjsonBenchmarks.readRecords", ndjsonBytes, null, false, "baseline");
    row(t, score, "NdjsonBenchmarks.readTokenSkim", ndjsonBytes, null, false, "upper bound");
    row(t, score, "NdjsonBenchmarks.writeDispatch", ndjsonBytes, "NdjsonBenchmarks.writeRecords", false, "");
    row(t, score, "NdjsonBenchmarks.writeRecords", ndjsonBytes, null, false, "baseline");
    t.append(String.format(Locale.ROOT, "%nInputs: the reference report's public JSON, %,d bytes; NDJSON of %,d generated "
        + "reports, %,d bytes.%n", (long) referenceBytes, Data.NDJSON_REPORTS, (long) ndjsonBytes));
    System.out.print(t);
    if (args.length > 1) {
      Path doc = Path.of(args[1]);
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      int start = text.indexOf("<!-- results:start -->");
      int end = text.indexOf("<!-- results:end -->");
      Files.writeString(doc, text.substring(0, start) + "<!-- results:start -->\n" + t + text.substring(end),
          StandardCharsets.UTF_8);
    }
  }

  /** A row; a cost ratio compares times (baseline ops / these ops), any other compares throughput. */
  private static void row(StringBuilder t, Map<String, double[]> score, String name, double bytes, String baseline,
      boolean cost, String target) {
    double[] s = score.get(name);
    if (s == null) {
      return;
    }
    String mbs = bytes > 0 ? String.format(Locale.ROOT, "%.1f", s[0] * bytes / 1e6) : "";
    String ratio = "";
    String met = "";
    if (baseline != null && score.containsKey(baseline)) {
      double b = score.get(baseline)[0];
      double r = cost ? b / s[0] : s[0] / b;
      ratio = String.format(Locale.ROOT, "%.2fx", r);
      if (target.startsWith(">=")) {
        met = r >= Double.parseDouble(target.substring(3).trim()) ? "yes" : "no";
      } else if (target.startsWith("<=")) {
        met = r <= Double.parseDouble(target.substring(3, target.indexOf(' ', 3)).trim()) ? "yes" : "no";
      }
    }
    t.append(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %s | %s | %s | %s | %s |%n", name, s[0], s[1], mbs, ratio,
        baseline == null ? "" : baseline.substring(baseline.indexOf('.') + 1), target, met));
  }
}
