package dev.dispatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Sex;
import dev.dispatch.fixture.ApiTypes;
import dev.dispatch.fixture.Expect;
import dev.dispatch.fixture.SampleArguments;
import dev.dispatch.fixture.Samples;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.Verification;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wither of the model ({@code withX}, {@code withoutX}) returns a copy equal to its receiver
 * in every field but the one it sets, which then holds the argument; and a wither re-checks the
 * invariants, as the builder does.
 */
class WithersTest {

  /** Withers that set a field not named after them: the attribution's, which set its origin link. */
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "Attribution.withChannel", Set.of("links"),
      "Attribution.withWhen", Set.of("links"),
      "Attribution.withStatus", Set.of("links"));

  /** Receivers and arguments where the samples would not make a valid, changing call. */
  private static final Map<String, List<Object>> CALLS = Map.of(
      "Attribution.withStatus", List.of(Samples.red(Attribution.class), Verification.CLAIMED),
      "Count.withoutPhrase", List.of(Count.atLeast(20).withPhrase("at least 20")),
      "Count.withEstimate", List.of(Count.atLeast(20), 25L),
      "Particulars.withWounded", List.of(Particulars.none(), Wounded.WOUNDED),
      "Report.withFigure", List.of(Samples.red(Report.class), Samples.blue(Figure.class)),
      "Report.withPrisoner", List.of(Samples.red(Report.class),
          Samples.red(Report.class).prisoners().get(0).withParticulars(Particulars.none())),
      "Report.withStatement", List.of(Samples.red(Report.class),
          Samples.red(Report.class).statements().get(0).withHedge(Hedge.of(HedgeKind.REPORTEDLY))));

  static Stream<Arguments> withers() {
    return ApiTypes.model().stream()
        .filter(type -> !type.getSimpleName().equals("Builder"))
        .flatMap(type -> Stream.of(type.getDeclaredMethods()))
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().matches("with(out)?[A-Z].*"))
        .sorted((a, b) -> name(a).compareTo(name(b)))
        .map(m -> Arguments.of(name(m), m));
  }

  private static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withers")
  void aWitherChangesOnlyItsField(String name, Method wither) throws ReflectiveOperationException {
    List<Object> call = CALLS.get(name);
    Object receiver = call != null ? call.get(0) : Samples.red(wither.getDeclaringClass());
    Set<String> fields = FIELDS.containsKey(name) ? FIELDS.get(name) : Set.of(field(wither, receiver));
    Object[] args = call != null ? call.subList(1, call.size()).toArray() : arguments(wither, receiver, fields);

    Object copy = wither.invoke(receiver, args);

    assertEquals(new TreeSet<>(fields), changedFields(receiver, copy), "fields changed");
    if (args.length == 1 && !FIELDS.containsKey(name)) {
      Object value = accessor(receiver, fields.iterator().next()).invoke(copy);
      assertTrue(holds(value, args[0]), () -> name + " set " + value + ", not " + args[0]);
    }
  }

  /** The field a wither sets: named after it, singular for the withers that add to a list. */
  private static String field(Method wither, Object receiver) {
    String property = wither.getName().replaceFirst("^with(out)?", "");
    String name = property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1);
    for (String candidate : List.of(name, name + "s")) {
      if (fieldsOf(receiver.getClass()).stream().anyMatch(f -> f.getName().equals(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError(name(wither) + " sets no field named after it");
  }

  /** A sample argument that the receiver's field does not already hold, so the call must change it. */
  private static Object[] arguments(Method wither, Object receiver, Set<String> fields)
      throws ReflectiveOperationException {
    Object[] args = SampleArguments.validFor(wither);
    if (args.length == 1) {
      Object current = accessor(receiver, fields.iterator().next()).invoke(receiver);
      Class<?> type = wither.getParameterTypes()[0];
      if (type == boolean.class) {
        args[0] = !((Boolean) current);
      } else if (!type.isArray() && holds(current, args[0])) {
        args[0] = Samples.blue(type);
      }
    }
    return args;
  }

  /** Whether a field's value is, or contains, the argument that set it. */
  private static boolean holds(Object value, Object argument) {
    if (argument.getClass().isArray()) {
      return value.equals(List.of((Object[]) argument));
    }
    return value.equals(argument) || value.equals(Optional.of(argument))
        || (argument instanceof Long number && value.equals(OptionalLong.of(number)))
        || (value instanceof Collection<?> values && values.contains(argument));
  }

  private static Method accessor(Object receiver, String field) throws NoSuchMethodException {
    Method m = receiver.getClass().getMethod(field);
    m.setAccessible(true); // the generated classes are package-private
    return m;
  }

  /** The fields that make the value: transient ones are derived (a part's depth) or caches (a report's index). */
  private static List<Field> fieldsOf(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      int modifiers = f.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
        f.setAccessible(true);
        fields.add(f);
      }
    }
    return fields;
  }

  private static Set<String> changedFields(Object before, Object after) throws IllegalAccessException {
    assertEquals(before.getClass(), after.getClass());
    Set<String> changed = new TreeSet<>();
    for (Field f : fieldsOf(before.getClass())) {
      if (!Objects.equals(f.get(before), f.get(after))) {
        changed.add(f.getName());
      }
    }
    return changed;
  }

  // --- invariants ---------------------------------------------------------------------------

  static Stream<Arguments> withersThatBreakAnInvariant() {
    Figure figure = Samples.red(Figure.class);
    Part part = Samples.red(Part.class);
    Place kyiv = Samples.red(Place.class);
    Event strike = Samples.red(Event.class);
    return Stream.of(
        breaks("Place.within: must not be the place itself", () -> kyiv.withWithin(kyiv.id())),
        breaks("Place.canonicalName: must not be blank", () -> kyiv.withCanonicalName(" ")),
        breaks("Figure.breakdowns[0].parts[0].count: lower bound 3 exceeds the whole's upper bound 2",
            () -> figure.withCount(Count.atMost(2))),
        breaks("Figure.relations: must not relate the figure to itself",
            () -> figure.plusRelation(FigureRelation.excludedFrom(figure.id()))),
        breaks("Figure.attributions: must be distinct", () -> figure.plusAttribution(figure.attributions().get(0))),
        breaks("Part.breakdowns[0].parts[0].count: lower bound 2 exceeds the whole's upper bound 1",
            () -> part.withCount(Count.exactly(1))),
        breaks("Part.breakdowns[1].parts[0].count: lower bound 5 exceeds the whole's upper bound 4",
            () -> part.withCount(Count.atMost(4)).plusBreakdown(Breakdown.partial(Part.of(Count.exactly(5),
                Facet.sex(Sex.MALE))))),
        breaks("Event.actors: must be distinct", () -> strike.plusActor(strike.actors().get(0))),
        breaks("Event.actors: must be distinct", () -> strike.plusActor(Actor.of(strike.actors().get(0).party().orElseThrow()))),
        breaks("Particulars.wounded: must not be NOT_WOUNDED when injuries are listed",
            () -> Samples.red(Particulars.class).withWounded(Wounded.NOT_WOUNDED)),
        breaks("Capture.by: must not be blank", () -> Samples.red(Capture.class).withBy(" ")),
        breaks("Report.headline: must not be blank", () -> Samples.red(Report.class).withHeadline(" ")),
        breaks("Report.figures[f1]: refers to event \"e1\", which is not in the report",
            () -> Samples.red(Report.class).withFigure(figure)));
  }

  private static Arguments breaks(String message, Executable wither) {
    return Arguments.of(message, wither);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withersThatBreakAnInvariant")
  void aWitherRechecksTheInvariants(String message, Executable wither) {
    Expect.rejects(message, wither);
  }

  /** The reflection above must find the withers: a failure here means the scan broke, not the model. */
  @Test
  void everyWitherIsTried() {
    Set<String> names = withers().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertTrue(names.size() > 70, () -> "withers found: " + names.size());
    assertTrue(names.containsAll(Set.of("Report.withFigure", "Count.withoutPhrase", "Attribution.withChannel",
        "Identity.withFace", "Location.withPhrase", "Proportion.withPhrase")), names::toString);
  }
}
