package dev.dispatch.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.privacy.Protected;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.time.PartialDate;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** equals/hashCode contracts of every value type, and no mutable collection escapes. */
class ContractsTest {

  /** Every generated implementation: the classes users get behind the public abstract types. */
  static Stream<String> generated() {
    return Stream.of("count.ImmutableCount", "time.ImmutablePartialDate", "time.ImmutableDateInterval",
        "time.ImmutableDateMention", "place.ImmutablePlace", "place.ImmutableLocation", "place.ImmutableCoordinates",
        "source.ImmutablePerson", "source.ImmutableOrganisation", "source.ImmutableAnonymous",
        "source.ImmutableCollective", "source.ImmutableOwnVoice", "source.ImmutableAttribution",
        "source.ImmutableChannel", "statement.ImmutableStatement", "figure.ImmutableFigure",
        "figure.ImmutablePopulation", "figure.ImmutableBreakdown", "prisoner.ImmutablePrisoner",
        "prisoner.ImmutableParticulars", "prisoner.ImmutableCapture", "prisoner.ImmutableCustody",
        "prisoner.ImmutableDocument", "prisoner.ImmutableInterpreting", "prisoner.ImmutableUnlinkedFacts",
        "report.ImmutableUpdate", "report.ImmutableReport");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void generatedValueTypesKeepTheEqualsContract(String name) throws ClassNotFoundException {
    Class<?> type = Class.forName("dev.dispatch." + name);
    EqualsVerifier.forClass(type)
        // Immutables never stores null in a required attribute: the builder refuses it.
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Attribution.class, Attribution.of(SourceId.of("a"), Mode.PARAPHRASE),
            Attribution.of(SourceId.of("b"), Mode.DIRECT_QUOTE))
        .withPrefabValues(Count.class, Count.exactly(1), Count.about(2))
        .withPrefabValues(PartialDate.class, PartialDate.ofYear(2024), PartialDate.ofYear(2025))
        .withPrefabValues(Particulars.class, Particulars.builder().build(), Particulars.builder().wounded(true).build())
        .withPrefabValues(Protected.class, Protected.absent(), Protected.withheld())
        .withPrefabValues(Unit.class, Unit.PERSONS, Unit.DAYS)
        .withPrefabValues(CountryCode.class, CountryCode.of("UA"), CountryCode.of("RU"))
        // The report's lookup index is derived from its elements, so it does not take part in equals.
        .withIgnoredFields(name.equals("report.ImmutableReport") ? new String[] {"index"} : new String[0])
        .withNonnullFields()
        .suppress(Warning.STRICT_HASHCODE)
        .verify();
  }

  @Test
  void handWrittenValueTypesKeepTheEqualsContract() {
    for (Class<?> id : List.of(SourceId.class, StatementId.class, FigureId.class, PrisonerId.class, PlaceId.class,
        ReportId.class)) {
      EqualsVerifier.forClass(id).suppress(Warning.NULL_FIELDS).verify();
    }
    EqualsVerifier.forClass(Protected.class).withNonnullFields("state").verify();
    EqualsVerifier.forClass(Unit.class).suppress(Warning.NULL_FIELDS).verify();
    // A record whose constructor accepts only ISO codes, so EqualsVerifier cannot make its own values.
    CountryCode ua = CountryCode.of("UA");
    org.junit.jupiter.api.Assertions.assertEquals(ua, CountryCode.of("UA"));
    org.junit.jupiter.api.Assertions.assertEquals(ua.hashCode(), CountryCode.of("UA").hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(ua, CountryCode.of("RU"));
    org.junit.jupiter.api.Assertions.assertNotEquals(ua, (Object) "UA");
  }

  /** Every list or set a value returns refuses to change. */
  @Test
  void returnedCollectionsAreUnmodifiable() throws Exception {
    Report r = ReportTest.richReport();
    int checked = 0;
    for (Object value : List.<Object>of(r, r.statements().get(0), r.figures().get(0), r.prisoners().get(0),
        r.prisoners().get(0).particulars(), r.unlinked().get(0), r.sources().get(1), r.places().get(0))) {
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && Collection.class.isAssignableFrom(m.getReturnType())
            && !Modifier.isStatic(m.getModifiers())) {
          m.setAccessible(true);
          Collection<?> c = (Collection<?>) m.invoke(value);
          assertThrows(UnsupportedOperationException.class, () -> c.clear(), m.toString());
          checked++;
        }
      }
    }
    assertTrue(checked >= 20, "collections checked: " + checked);
  }
}
