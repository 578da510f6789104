package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every type the module registers stands alone in JSON; the facade's smaller entry points work. */
class ModuleTypesTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new DispatchModule()).build();
  private final Report report = ReferenceReport.report();

  private <T> void roundTrips(T value, Class<T> type) {
    String text = mapper.writeValueAsString(value);
    assertEquals(value, mapper.readValue(text, type), type.getSimpleName() + ": " + text);
  }

  @Test
  void everyRegisteredTypeRoundTripsAlone() {
    roundTrips(report.figures().get(0).count(), Count.class);
    roundTrips(report.figures().get(2).period().orElseThrow().value().orElseThrow(), DateValue.class);
    roundTrips(report.figures().get(2).period().orElseThrow(), DateMention.class);
    roundTrips(report.places().get(0), Place.class);
    roundTrips(report.figures().get(0).location().orElseThrow(), Location.class);
    for (Source s : report.sources()) {
      roundTrips(s, Source.class);
    }
    roundTrips(report.statements().get(16).attribution(), Attribution.class);
    roundTrips(report.figures().get(2), Figure.class);
    roundTrips(report.prisoners().get(0).particulars(), Particulars.class);
    roundTrips(report.unlinked().get(2), UnlinkedFacts.class);
    // A statement or prisoner standing alone refers to ids of a report that is not there: the
    // reference check belongs to the report, so they read back as they are.
    roundTrips(report.statements().get(0), Statement.class);
    roundTrips(report.prisoners().get(0), Prisoner.class);
    assertEquals(View.PUBLIC, new DispatchModule().view());
    assertEquals(View.INTERNAL, new DispatchModule().withView(View.INTERNAL).view());
  }

  @Test
  void facadeEntryPoints() {
    DispatchJson json = DispatchJson.create();
    byte[] bytes = json.write(report).getBytes(StandardCharsets.UTF_8);
    assertEquals(report, json.read(new ByteArrayInputStream(bytes)));
    assertEquals(Limits.defaults(), json.limits());
    assertTrue(json.toString().startsWith("DispatchJson[Limits["), json.toString());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    json.write(report, View.PUBLIC, out);
    assertEquals(json.write(report), out.toString(StandardCharsets.UTF_8));
    assertTrue(DispatchJson.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Limits(8, 1_024, 4_096, 20, 32, 10_000));
    assertEquals("Limits.maxNestingDepth: expected 16 to 500, got 8", e.getMessage());
    Preserved<Report> p = json.readPreserving(json.write(report));
    assertTrue(p.toString().startsWith("Preserved[Report{"), p.toString());
    assertEquals(0, p.unknown().size());
  }

  @Test
  void errorsDescribeWhatTheyFoundWithoutQuotingIt() {
    DispatchJson json = DispatchJson.create();
    List<String[]> cases = List.of(
        new String[] {"/headline", "{}", "got an object"},
        new String[] {"/headline", "[]", "got an array"},
        new String[] {"/headline", "true", "got true"},
        new String[] {"/headline", "false", "got false"},
        new String[] {"/headline", "null", "got null"},
        new String[] {"/headline", "1.5", "got a decimal number"},
        new String[] {"/headline", "7", "got an integer"},
        new String[] {"/figures/0/count/number", "\"11000\"", "got a string"});
    for (String[] c : cases) {
      DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(StrictReadingTest.mutate(c[0], c[1])));
      assertTrue(e.getMessage().endsWith(c[2]), e.getMessage());
      assertEquals(c[0], e.pointer());
      assertTrue(e.expected().startsWith("a string") || e.expected().startsWith("an integer"), e.expected());
      assertTrue(e.column().getAsLong() > 1, e.getMessage());
    }
    DispatchJsonException none = new DispatchJsonException("/x", "y", null, -1, -1, null);
    assertEquals("/x: expected y", none.getMessage());
    assertTrue(none.line().isEmpty() && none.column().isEmpty());
  }
}
