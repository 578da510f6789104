package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
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
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.Randomness;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type the module registers stands alone in JSON, and every other public type of the model
 * is refused rather than written by Jackson; the facade's smaller entry points work.
 */
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
    assertTrue(ModelTypes.CODECS.keySet().containsAll(values.keySet()), "each of them is registered");
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

  // --- every public type of the model ------------------------------------------------------

  private static final JsonMapper FIELDS = JsonMapper.builder().addModule(new DispatchModule())
      .changeDefaultVisibility(v -> v.withFieldVisibility(JsonAutoDetect.Visibility.ANY)).build();

  /**
   * Item 6: each public type of core's exported packages, found by scanning core's classes (not
   * by a list that could miss one), written through a mapper with the module, as a user would:
   * a type with a codec writes exactly what the report's codec writes for it, in the public view;
   * any other is refused with a Jackson exception, both ways. No output shows a known protected
   * value, even from a mapper that exposes every field. Every instance comes from reports whose
   * protected values are known, walked through the model's accessors.
   */
  @Test
  void everyPublicModelTypeIsWrittenInTheFormatOrRefused() throws Exception {
    assertEquals(ModelScan.exportedPackages(), new java.util.TreeSet<>(ModelTypes.PACKAGES), "core's exports");
    List<Class<?>> types = ModelScan.publicTypes();
    assertTrue(types.size() > 100, "found " + types.size());
    Map<Class<?>, List<Object>> instances = ModelScan.instances(types, roots());
    List<String> secrets = new ArrayList<>(Fixtures.SECRETS);
    secrets.addAll(List.of("Generated Secret", "G-99-1234"));
    int written = 0;
    int refused = 0;
    for (Class<?> type : types) {
      assertTrue(ModelTypes.isModel(type), type.getName());
      ModelTypes.Found found = ModelTypes.codec(type);
      for (Object value : instances.getOrDefault(type, List.of())) {
        // As the value's own class (Jackson's default), then as the type declared (writerFor).
        ModelTypes.Found own = ModelTypes.codec(value.getClass());
        for (JsonMapper m : List.of(mapper, FIELDS)) {
          String text = written(m, value, own, type.getName());
          String declared = written(m.writerFor(type), value, found, type.getName() + " as its declared type");
          if (text == null || declared == null) {
            refused++;
            continue;
          }
          assertEquals(text, declared, type.getName());
          for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> type.getName() + " shows a protected value");
          }
          if (found != null) {
            Object back = m.readValue(text, type);
            assertTrue(type.isInstance(back), type.getName());
            assertEquals(text, m.writeValueAsString(back), type.getName() + " reads back");
          }
          written++;
        }
      }
      if (found == null) {
        assertThrows(InvalidDefinitionException.class, () -> mapper.readValue("{}", type), type.getName());
        assertThrows(InvalidDefinitionException.class, () -> mapper.readValue("\"x\"", type), type.getName());
      }
    }
    // Everything with a codec was met in the fixtures, and at least the builders were refused.
    for (Class<?> type : ModelTypes.CODECS.keySet()) {
      assertFalse(instances.getOrDefault(type, List.of()).isEmpty(), "no instance of " + type.getName());
    }
    assertTrue(written > 1_000 && refused > 10, written + " written, " + refused + " refused");
  }

  /** What {@code writer} writes for {@code value}: what {@code found}'s codec writes, or, without one, a refusal (null). */
  private static @Nullable String written(tools.jackson.databind.ObjectWriter writer, Object value,
      ModelTypes.@Nullable Found found, String what) {
    if (found == null) {
      InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
          () -> writer.writeValueAsString(value), what);
      assertTrue(String.valueOf(e.getMessage()).contains("has no form in Dispatch JSON"), e.getMessage());
      return null;
    }
    String text = writer.writeValueAsString(value);
    assertEquals(viaCodec(found.codec(), value), text, what);
    return text;
  }

  private static @Nullable String written(JsonMapper m, Object value, ModelTypes.@Nullable Found found, String what) {
    return written(m.writer(), value, found, what);
  }

  /** Reports with known protected values everywhere, the fixtures, and generated reports. */
  private static List<Object> roots() {
    List<Object> roots = new ArrayList<>(dev.dispatch.testkit.Fixtures.all().values());
    roots.add(Fixtures.withKnownProtectedValues());
    Randomness r = Randomness.seeded(20261127L);
    for (int i = 0; i < 20; i++) {
      roots.add(LeakPropertiesTest.exposed().generate(r).report());
    }
    roots.add(Protected.known("Generated Secret"));
    roots.add(Protected.known(java.time.LocalDate.of(1999, 4, 5)).released(Protected.Release.CONSENTED));
    roots.add(dev.dispatch.prisoner.Document.builder().kind("card").number(Protected.known("G-99-1234")).build());
    roots.add(dev.dispatch.place.Coordinates.of(50.45, 30.52, dev.dispatch.place.GeoPrecision.LOCALITY));
    // An exception is a public type of the model too: refused, never written with its fields.
    roots.add(assertThrows(dev.dispatch.time.EdtfParseException.class, () -> DateValue.parse("G-99-1234")));
    return roots;
  }

  /** What the codec writes for {@code value} in the public view, as a report's codec writes it. */
  @SuppressWarnings("unchecked")
  private static String viaCodec(Codec<?> codec, Object value) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
      ((Codec<Object>) codec).write(value, g, new WriteState(View.PUBLIC, Unknowns.NONE));
    }
    return out.toString();
  }

  /** A standalone protected value: a date of birth when the type says so, a text otherwise; the view holds. */
  @Test
  void protectedValuesStandAloneInTheirViews() {
    Protected<String> name = Protected.known(Fixtures.SECRETS.get(0));
    assertEquals("{\"state\":\"withheld\",\"note\":\"redacted in the public view\"}", mapper.writeValueAsString(name));
    JsonMapper internal = JsonMapper.builder().addModule(new DispatchModule().withView(View.INTERNAL)).build();
    String known = internal.writeValueAsString(Protected.known(java.time.LocalDate.of(1999, 4, 5)));
    assertEquals("{\"state\":\"known\",\"value\":\"1999-04-05\"}", known);
    Protected<java.time.LocalDate> date = internal.readValue(known,
        new tools.jackson.core.type.TypeReference<Protected<java.time.LocalDate>>() {});
    assertEquals(java.time.LocalDate.of(1999, 4, 5), date.reveal().orElseThrow());
    assertEquals("1999-04-05", internal.readValue(known, Protected.class).reveal().orElseThrow());
    // A known value of a type the format has no form for is refused in the internal view, redacted in the public one.
    assertThrows(tools.jackson.databind.DatabindException.class, () -> internal.writeValueAsString(Protected.known(42)));
    assertEquals(mapper.writeValueAsString(name), mapper.writeValueAsString(Protected.known(42)));
    // Enumerations are written by their wire names, read back by them.
    assertEquals("\"direct_quote\"", mapper.writeValueAsString(dev.dispatch.source.Mode.DIRECT_QUOTE));
    assertEquals(dev.dispatch.source.Mode.DIRECT_QUOTE, mapper.readValue("\"direct_quote\"", dev.dispatch.source.Mode.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("\"DIRECT_QUOTE\"", dev.dispatch.source.Mode.class));
    // A variant asked for by its own type reads only that variant.
    Source other = report.sources().stream().filter(s -> !(s instanceof dev.dispatch.source.Organisation)).findFirst()
        .orElseThrow();
    String text = mapper.writeValueAsString(other);
    assertEquals(other, mapper.readValue(text, Source.class));
    MismatchedInputException variant = assertThrows(MismatchedInputException.class,
        () -> mapper.readValue(text, dev.dispatch.source.Organisation.class));
    assertTrue(String.valueOf(variant.getMessage()).contains("expected a value of type Organisation, got another variant"),
        variant.getMessage());
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
