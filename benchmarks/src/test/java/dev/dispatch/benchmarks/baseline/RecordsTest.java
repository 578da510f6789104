package dev.dispatch.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.benchmarks.Data;
import dev.dispatch.benchmarks.baseline.Records.RReport;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.View;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Fixtures;
import dev.dispatch.testkit.ReferenceReport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records baseline has the shape of Dispatch's JSON: it reads every property Dispatch writes
 * (an unknown property fails the read) and writes back the same bytes, so the benchmarks compare
 * two programs doing the same work on the same input and output.
 */
class RecordsTest {
  private static final DispatchJson JSON = DispatchJson.create();
  private static final JsonMapper MAPPER = Records.mapper();
  /** The baseline's reader, made strict here so that a property the records lack cannot go unnoticed. */
  private static final ObjectReader STRICT = MAPPER.readerFor(RReport.class)
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
          DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Reads {@code json} into records, writes them back, and checks that nothing was lost or changed. */
  private static RReport roundTrip(String what, String json) {
    RReport read = STRICT.readValue(json);
    String written = MAPPER.writeValueAsString(read);
    JsonNode before = TREES.readTree(json);
    JsonNode after = TREES.readTree(written);
    assertEquals(before, after, what + ": the records lost or changed a property");
    assertEquals(json, written, what + ": the records wrote other bytes");
    return read;
  }

  @Test
  void theReferenceReportRoundTripsInBothViews() {
    RReport read = roundTrip("reference, public", JSON.write(ReferenceReport.report()));
    assertEquals(ReferenceReport.report().headline().orElseThrow(), read.headline());
    assertEquals(ReferenceReport.report().figures().size(), read.figures().size());
    roundTrip("reference, internal", JSON.write(ReferenceReport.report(), View.INTERNAL));
    assertEquals(new String(Data.referenceJson(), StandardCharsets.UTF_8), JSON.write(ReferenceReport.report()));
  }

  @Test
  void everyLineOfTheGeneratedNdjsonRoundTrips() {
    String[] lines = new String(Data.ndjson(), StandardCharsets.UTF_8).split("\n");
    assertEquals(Data.NDJSON_REPORTS, lines.length);
    for (int i = 0; i < lines.length; i++) {
      roundTrip("NDJSON line " + (i + 1), lines[i]);
    }
  }

  @Test
  void generatedReportsRoundTripInTheInternalView() {
    int i = 0;
    for (Report report : Data.generated()) {
      roundTrip("generated report " + i++ + ", internal", JSON.write(report, View.INTERNAL));
    }
  }

  @Test
  void everyFixtureRoundTripsInBothViews() {
    Map<String, Report> all = Fixtures.all();
    assertTrue(all.size() > 20, "fixtures: " + all.keySet());
    all.forEach((name, report) -> {
      roundTrip(name + ", public", JSON.write(report));
      roundTrip(name + ", internal", JSON.write(report, View.INTERNAL));
    });
  }

  @Test
  void dispatchReadsWhatTheRecordsWrite() {
    Report report = ReferenceReport.report();
    RReport read = STRICT.readValue(Data.referenceJson());
    byte[] written = MAPPER.writeValueAsBytes(read);
    assertEquals(report.redacted(), JSON.read(written));
  }
}
