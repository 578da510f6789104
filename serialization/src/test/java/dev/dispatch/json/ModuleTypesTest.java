package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Event;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * One value of each registered type, from the fixtures: every type standing alone, and the
   * module registers no other (so that this list is complete).
   */
  @Test
  void everyRegisteredTypeRoundTripsAlone() {
    Report nested = fixture("nestedBreakdown");
    Report exchange = fixture("prisonerExchange");
    Report people = fixture("peopleMentioned");
    Report durations = fixture("detentionOverTime");
    Report shares = fixture("sharesOfAWhole");
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Report.class, report);
    values.put(Count.class, report.figures().get(0).count());
    values.put(Proportion.class, shares.figures().stream().flatMap(f -> f.relations().stream())
        .filter(r -> r instanceof FigureRelation.ShareOf).map(r -> ((FigureRelation.ShareOf) r).share()).findFirst()
        .orElseThrow());
    values.put(DateValue.class, report.unlinked().get(0).shares().get(0).capture().orElseThrow().date().orElseThrow()
        .value().orElseThrow());
    values.put(DateMention.class, report.statements().get(16).eventTime().orElseThrow());
    values.put(DurationMention.class, durations.prisoners().stream().map(p -> p.particulars().captivity())
        .flatMap(Optional::stream).findFirst().orElseThrow());
    values.put(Place.class, report.places().get(3));
    values.put(Location.class, report.figures().get(0).location().orElseThrow());
    values.put(Party.class, report.parties().get(2));
    values.put(Attribution.class, report.statements().get(16).attribution());
    values.put(Hedge.class, fixture("hedgedClaims").statements().stream()
        .map(Statement::hedge).flatMap(Optional::stream).findFirst().orElseThrow());
    values.put(Individual.class, people.people().get(0));
    values.put(Identity.class, Fixtures.withKnownProtectedValues().prisoners().get(0).identity().redacted());
    values.put(Event.class, exchange.events().get(0));
    values.put(Figure.class, nested.figures().get(0));
    values.put(Population.class, report.figures().get(0).population().orElseThrow());
    values.put(Breakdown.class, nested.figures().get(0).breakdowns().get(0));
    values.put(Part.class, nested.figures().get(0).breakdowns().get(0).parts().get(0));
    values.put(Timeframe.class, report.figures().get(2).timeframe().orElseThrow());
    values.put(FigureRelation.class, shares.figures().stream().flatMap(f -> f.relations().stream()).findFirst()
        .orElseThrow());
    values.put(Particulars.class, report.prisoners().get(0).particulars());
    values.put(UnlinkedFacts.class, report.unlinked().get(2));
    // A statement, a source, a prisoner or an event standing alone refers to ids of a report that
    // is not there: the reference check belongs to the report, so they read back as they are.
    values.put(Statement.class, report.statements().get(0));
    values.put(Prisoner.class, report.prisoners().get(0));
    values.put(Source.class, report.sources().get(3));
    values.forEach(this::roundTrips);
    for (Source s : report.sources()) {
      roundTrips(Source.class, s);
    }
    assertEquals(DispatchModule.CODECS.keySet(), values.keySet());
    assertEquals(View.PUBLIC, new DispatchModule().view());
    assertEquals(View.INTERNAL, new DispatchModule().withView(View.INTERNAL).view());
  }

  private static Report fixture(String name) {
    return java.util.Objects.requireNonNull(dev.dispatch.testkit.Fixtures.all().get(name), name);
  }

  @SuppressWarnings("unchecked")
  private <T> void roundTrips(Class<?> type, Object value) {
    assertTrue(type.isInstance(value), type.getSimpleName());
    roundTrips((T) value, (Class<T>) type);
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
    assertTrue(p.toString().startsWith("Preserved[Report"), p.toString());
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
