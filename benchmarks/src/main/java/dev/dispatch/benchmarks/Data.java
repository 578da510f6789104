package dev.dispatch.benchmarks;

import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.NdjsonWriter;
import dev.dispatch.json.View;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The inputs every benchmark and the results tool share, so byte counts match what was measured. */
public final class Data {
  private Data() {}

  /** Reports in the NDJSON benchmarks. */
  public static final int NDJSON_REPORTS = 1_000;

  /** The reference report's public JSON. */
  public static byte[] referenceJson() {
    return DispatchJson.create().write(ReferenceReport.report()).getBytes(StandardCharsets.UTF_8);
  }

  /** Generated reports, always the same. */
  public static List<Report> generated() {
    return Generators.reports(8).sample(7L, NDJSON_REPORTS);
  }

  /** Reads every token of {@code bytes} and builds nothing: the upper bound of a Jackson-based reader. */
  public static long skim(JsonFactory factory, byte[] bytes) {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /** The generated reports as NDJSON, public view. */
  public static byte[] ndjson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = DispatchJson.create().ndjsonWriter(out, View.PUBLIC)) {
      generated().forEach(w::write);
    }
    return out.toByteArray();
  }
}
