package dev.dispatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Unit;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.fixture.ApiTypes;
import dev.dispatch.fixture.ObjectGraph;
import dev.dispatch.fixture.SampleReport;
import dev.dispatch.fixture.Samples;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.privacy.Protected;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.time.PartialDate;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value contracts of every type: equals and hashCode (EqualsVerifier) of every generated
 * implementation, record and hand-written class; no collection a value returns can be changed,
 * and no collection a record was built from can change it afterwards.
 */
class ValueContractsTest {

  /** The generated implementations, found by name: the classes users get behind the aggregates. */
  static Stream<Class<?>> generated() {
    return ApiTypes.all().stream().filter(c -> c.getSimpleName().startsWith("Immutable"));
  }

  static Stream<Class<?>> records() {
    return ApiTypes.model().stream().filter(Class::isRecord);
  }

  /** EqualsVerifier's check of double components builds them with NaN, which coordinates refuse. */
  static Stream<Class<?>> recordsEqualsVerifierCanBuild() {
    return records().filter(r -> r != Coordinates.class);
  }

  static Stream<Class<?>> handWritten() {
    return Stream.of(Count.class, Proportion.class, PartialDate.class, Attribution.class, Unit.class, Protected.class);
  }

  @Test
  void everyAggregateHasItsGeneratedImplementation() {
    Set<Class<?>> implemented = generated().map(Class::getSuperclass).collect(Collectors.toSet());
    Set<Class<?>> aggregates = ApiTypes.model().stream()
        .filter(c -> !c.isInterface() && Modifier.isAbstract(c.getModifiers())).collect(Collectors.toSet());
    assertEquals(aggregates, implemented);
    assertEquals(17, implemented.size(), implemented::toString);
  }

  /** Fields computed from the others, which equality rightly ignores. */
  private static final Map<String, String[]> DERIVED = Map.of(
      "ImmutableReport", new String[] {"index"}, // the lookup index of the elements
      "ImmutablePart", new String[] {"depth"}); // how deep its breakdowns nest

  /** Values for record components ({@code Type.component}) whose invariants EqualsVerifier's own values break. */
  private static final Map<String, List<?>> FIELD_VALUES = Map.of(
      "CountryCode.alpha2", List.of("UA", "KP"),
      "UnlinkedFacts.among", List.of(List.of(PrisonerId.of("p1"), PrisonerId.of("p2")), List.of(PrisonerId.of("p3"),
          PrisonerId.of("p4"))),
      "UnlinkedFacts.shares", List.of(List.of(Particulars.none(), Samples.red(Particulars.class)),
          List.of(Samples.blue(Particulars.class), Particulars.none())),
      "Exchange.sides", List.of(List.of(ExchangeSide.of(PartyId.of("a")), ExchangeSide.of(PartyId.of("b"))),
          List.of(ExchangeSide.of(PartyId.of("c")), ExchangeSide.of(PartyId.of("d")))),
      "SumOf.parts", List.of(List.of(FigureId.of("a"), FigureId.of("b")), List.of(FigureId.of("c"), FigureId.of("d"))),
      "DateInterval.start", List.of(Optional.of(PartialDate.of(2024, 1)), Optional.of(PartialDate.of(2024, 2))),
      "DateInterval.end", List.of(Optional.of(PartialDate.of(2025, 1)), Optional.of(PartialDate.of(2025, 2))),
      "DurationMention.length", List.of(Count.exactly(2).withUnit(Unit.DAYS), Count.atMost(3).withUnit(Unit.WEEKS)),
      "Relationship.to", List.of(PrisonerId.of("p1"), PersonId.of("m")));

  @ParameterizedTest
  @MethodSource("generated")
  void generatedImplementationsKeepTheEqualsContract(Class<?> type) {
    withSamples(EqualsVerifier.forClass(type), type)
        // Immutables never stores null in a required attribute: the builders refuse it.
        .suppress(Warning.NULL_FIELDS, Warning.STRICT_HASHCODE)
        .withIgnoredFields(DERIVED.getOrDefault(type.getSimpleName(), new String[0]))
        .verify();
  }

  @ParameterizedTest
  @MethodSource("recordsEqualsVerifierCanBuild")
  void recordsKeepTheEqualsContract(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    SingleTypeEqualsVerifierApi<?> verifier = withSamples(EqualsVerifier.forClass(type), type)
        // A record's constructor refuses null for every component: NullArgumentsTest checks it.
        .withNonnullFields(Stream.of(components).map(RecordComponent::getName).toArray(String[]::new));
    for (RecordComponent component : components) {
      List<?> values = FIELD_VALUES.get(type.getSimpleName() + "." + component.getName());
      if (values != null) {
        verifier = verifier.withPrefabValuesForField(component.getName(), values.get(0), values.get(1));
      }
    }
    verifier.verify();
  }

  @Test
  void coordinatesAreEqualExactlyWhenEveryComponentIs() {
    Coordinates kyiv = Coordinates.of(50.45, 30.52, GeoPrecision.LOCALITY);
    assertEquals(kyiv, Coordinates.of(50.45, 30.52, GeoPrecision.LOCALITY));
    assertEquals(kyiv.hashCode(), Coordinates.of(50.45, 30.52, GeoPrecision.LOCALITY).hashCode());
    assertNotEquals(kyiv, Coordinates.of(50.46, 30.52, GeoPrecision.LOCALITY));
    assertNotEquals(kyiv, Coordinates.of(50.45, 30.53, GeoPrecision.LOCALITY));
    assertNotEquals(kyiv, Coordinates.of(50.45, 30.52, GeoPrecision.EXACT));
    assertNotEquals(Coordinates.of(0.0, 0, GeoPrecision.EXACT), Coordinates.of(-0.0, 0, GeoPrecision.EXACT),
        "components compare as Double.compare does");
  }

  @ParameterizedTest
  @MethodSource("handWritten")
  void handWrittenValueClassesKeepTheEqualsContract(Class<?> type) {
    SingleTypeEqualsVerifierApi<?> verifier = withSamples(EqualsVerifier.forClass(type), type)
        .withNonnullFields(nonNull(type));
    if (type == Protected.class) {
      // Protected leaves its value out of hashCode on purpose: a hash must not confirm a guessed name.
      verifier = verifier.suppress(Warning.STRICT_HASHCODE);
    }
    verifier.verify();
  }

  private static String[] nonNull(Class<?> type) {
    if (type == Count.class) {
      return new String[] {"qualifier", "unit"};
    }
    if (type == Proportion.class) {
      return new String[] {"qualifier"};
    }
    if (type == Attribution.class) {
      return new String[] {"links"};
    }
    if (type == Unit.class) {
      return new String[] {"code"};
    }
    return type == Protected.class ? new String[] {"state"} : new String[0];
  }

  /** Gives EqualsVerifier the samples of every model type but the one under test and its supertypes. */
  private static <T> SingleTypeEqualsVerifierApi<T> withSamples(SingleTypeEqualsVerifierApi<T> verifier,
      Class<?> type) {
    SingleTypeEqualsVerifierApi<T> withPrefabs = verifier;
    for (Class<?> sampled : Samples.types()) {
      if (!sampled.isAssignableFrom(type)) {
        withPrefabs = prefab(withPrefabs, sampled);
      }
    }
    return withPrefabs;
  }

  private static <T, S> SingleTypeEqualsVerifierApi<T> prefab(SingleTypeEqualsVerifierApi<T> verifier, Class<S> type) {
    return verifier.withPrefabValues(type, Samples.red(type), Samples.blue(type));
  }

  // --- collections ------------------------------------------------------------------------

  /** Every value of the sample report and every sample: the instances whose collections are tried. */
  private static List<Object> values() {
    List<Object> values = new ArrayList<>(ObjectGraph.of(SampleReport.report()));
    for (Class<?> type : Samples.types()) {
      values.add(Samples.red(type));
      values.add(Samples.blue(type));
    }
    return values;
  }

  @Test
  void noReturnedCollectionCanBeChanged() throws ReflectiveOperationException {
    Set<String> tried = new HashSet<>();
    for (Object value : values()) {
      if (!value.getClass().getName().startsWith("dev.dispatch.")) {
        continue;
      }
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && Collection.class.isAssignableFrom(m.getReturnType())
            && !Modifier.isStatic(m.getModifiers())) {
          m.setAccessible(true); // the generated classes are package-private
          Collection<?> c = (Collection<?>) m.invoke(value);
          assertThrows(UnsupportedOperationException.class, () -> c.add(null), () -> m + " of " + value);
          tried.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
        }
      }
    }
    assertTrue(tried.size() > 60, () -> "collection accessors tried: " + tried);
  }

  static Stream<Class<?>> recordsWithCollections() {
    return records().filter(r -> Stream.of(r.getRecordComponents())
        .anyMatch(c -> Collection.class.isAssignableFrom(c.getType())));
  }

  /** A record copies the collections it is built from: changing them afterwards changes nothing. */
  @ParameterizedTest
  @MethodSource("recordsWithCollections")
  void aRecordIsNotChangedThroughTheCollectionsItWasBuiltFrom(Class<?> type) throws ReflectiveOperationException {
    Object sample = Samples.red(type);
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    List<Collection<?>> mutable = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      Object value = components[i].getAccessor().invoke(sample);
      if (value instanceof Set) {
        value = new LinkedHashSet<>((Set<?>) value);
        mutable.add((Collection<?>) value);
      } else if (value instanceof List) {
        value = new ArrayList<>((List<?>) value);
        mutable.add((Collection<?>) value);
      }
      args[i] = value;
    }
    Constructor<?> canonical = type.getDeclaredConstructor(Stream.of(components).map(RecordComponent::getType)
        .toArray(Class<?>[]::new));
    Object built = canonical.newInstance(args);
    mutable.forEach(Collection::clear);
    assertEquals(sample, built);
  }

  @Test
  void anAttributionIsNotChangedThroughTheListItWasBuiltFrom() {
    List<Link> links = new ArrayList<>(List.of(Link.of(SampleReport.SOLDIER, Mode.PARAPHRASE),
        Link.of(SampleReport.SBU, Mode.PARAPHRASE)));
    Attribution chain = Attribution.of(links);
    links.clear();
    assertEquals(List.of(SampleReport.SOLDIER, SampleReport.SBU), chain.sources());
  }
}
