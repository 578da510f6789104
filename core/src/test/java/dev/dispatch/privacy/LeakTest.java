package dev.dispatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.fixture.ObjectGraph;
import dev.dispatch.fixture.SampleReport;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.StatementId;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Third Geneva Convention, Art. 13: a protected value (a name, a partial name, a date of birth, a
 * face, a document number) is never in {@code toString()} or an exception's message, and the
 * public view of a report redacts every one of them and nothing else.
 */
class LeakTest {

  private static void assertNoSecretIn(String text, String where) {
    for (String secret : SampleReport.SECRETS) {
      assertFalse(text.contains(secret), () -> "\"" + secret + "\" leaked into " + where + ": " + text);
    }
  }

  private static List<Protected<?>> protectedValues(Object root) {
    return ObjectGraph.of(root).stream().filter(o -> o instanceof Protected).map(o -> (Protected<?>) o)
        .collect(Collectors.toList());
  }

  private static List<Protected<?>> known(Object root) {
    return protectedValues(root).stream().filter(Protected::isKnown).collect(Collectors.toList());
  }

  @Test
  void theSecretsAreInTheReport() {
    List<String> values = known(SampleReport.report()).stream().map(p -> p.reveal().orElseThrow().toString()).collect(Collectors.toList());
    for (String secret : List.of(SampleReport.NAME, SampleReport.PARTIAL_NAME, SampleReport.BIRTH.toString(),
        SampleReport.FACE, SampleReport.CARD_HOLDER, SampleReport.CARD_BIRTH.toString(), SampleReport.CARD_NUMBER,
        SampleReport.PASSPORT_NUMBER, SampleReport.MOTHER_NAME, SampleReport.MOTHER_BIRTH.toString())) {
      assertTrue(values.contains(secret), () -> secret + " is not a known value of the sample report");
    }
  }

  @Test
  void noToStringOfAnyElementShowsAProtectedValue() {
    List<Object> elements = ObjectGraph.of(SampleReport.report());
    assertTrue(elements.size() > 200, "elements walked: " + elements.size());
    for (Object element : elements) {
      assertNoSecretIn(element.toString(), element.getClass().getSimpleName());
    }
  }

  /** Invalid constructions that hold known protected values, and the message each must give. */
  static Stream<Arguments> invalidConstructionsWithProtectedValues() {
    Report report = SampleReport.report();
    Prisoner first = report.prisoner(SampleReport.FIRST).orElseThrow();
    Individual mother = report.person(SampleReport.MOTHER).orElseThrow();
    Particulars withCard = report.unlinked().get(2).shares().get(0);
    Document card = withCard.documents().get(0);
    return Stream.of(
        invalid("Report.prisoners: duplicate prisoner id \"p1\"",
            () -> SampleReport.builder(false).addPrisoners(first.withParticulars(Particulars.none())).build()),
        invalid("Report.prisoners[p3]: refers to statement \"ghost\", which is not in the report",
            () -> SampleReport.builder(false).addPrisoners(Prisoner.builder().id(PrisonerId.of("p3"))
                .identity(first.identity()).particulars(Particulars.builder().addDocuments(card)
                    .addStatements(StatementId.of("ghost")).build()).build()).build()),
        invalid("Report.people[mother]: refers to prisoner \"ghost\", which is not in the report",
            () -> SampleReport.builder(false).people(List.of(Individual.builder().id(mother.id())
                .description(mother.description()).identity(mother.identity())
                .addRelationships(Relationship.of(Relationship.Kind.PARENT, PrisonerId.of("ghost"))).build())).build()),
        invalid("Report.places[siberia]: \"within\" chain cycles back to \"siberia\"",
            () -> SampleReport.builder(false).addPlaces(
                Place.builder().id(PlaceId.of("siberia")).printedName("Siberia").within(PlaceId.of("steppe")).build(),
                Place.builder().id(PlaceId.of("steppe")).printedName("the steppe").within(PlaceId.of("siberia")).build())
                .build()),
        invalid("Report.id: required, but not set",
            () -> Report.builder().prisoners(report.prisoners()).people(report.people()).build()),
        invalid("Individual.relationships: must not relate the person to itself",
            () -> Individual.builder().id(mother.id()).description("his mother").identity(mother.identity())
                .addRelationships(Relationship.of(Relationship.Kind.RELATIVE, mother.id())).build()),
        invalid("Individual.description: must not be blank",
            () -> Individual.builder().id(mother.id()).description(" ").identity(mother.identity()).build()),
        invalid("Prisoner.id: required, but not set",
            () -> Prisoner.builder().identity(first.identity()).particulars(first.particulars()).build()),
        invalid("Particulars.documents: must be empty when carriedNoDocuments is true",
            () -> Particulars.builder().addDocuments(card).carriedNoDocuments(true).build()),
        invalid("Document.holderDescription: describes a holder other than the carrier, so issuedTo must be "
            + "ANOTHER_PERSON", () -> Document.builder().kind(card.kind()).holderDescription("another man")
            .holderName(card.holderName()).holderDateOfBirth(card.holderDateOfBirth()).number(card.number()).build()),
        invalid("Document.kind: must not be blank", () -> Document.builder().kind("").holderName(card.holderName())
            .number(card.number()).build()),
        invalid("UnlinkedFacts.shares: expected at most one share per prisoner (2), got 3",
            () -> UnlinkedFacts.of(List.of(SampleReport.FIRST, SampleReport.SECOND),
                List.of(withCard, withCard, first.particulars()))),
        invalid("Report.unlinked[0]: refers to prisoner \"p3\", which is not in the report",
            () -> SampleReport.builder(false).unlinked(List.of(UnlinkedFacts.of(
                List.of(SampleReport.FIRST, PrisonerId.of("p3")), List.of(withCard, first.particulars())))).build()));
  }

  private static Arguments invalid(String message, Executable construction) {
    return Arguments.of(message, construction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConstructionsWithProtectedValues")
  void noExceptionOfAnInvalidConstructionShowsAProtectedValue(String message, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(message, e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertNoSecretIn(t.toString(), "an exception");
    }
  }

  @Test
  void theRedactedReportIsTheReportWithEveryKnownValueRedactedAndNothingElseChanged() {
    Report report = SampleReport.report();
    Report redacted = report.redacted();
    assertEquals(SampleReport.report(true), redacted);
    assertEquals(List.of(), known(redacted));
    long marked = protectedValues(redacted).stream().filter(p -> p.note().filter(Protected.REDACTED::equals).isPresent())
        .count();
    assertEquals(known(report).size(), marked, "each known value becomes one redacted value");
    assertSame(redacted, redacted.redacted(), "nothing is left to redact");
  }

  @Test
  void releasedValuesAreRedactedToo() {
    Identity consented = Identity.none().withName(Protected.known("Ri Jin-hyok").released(Protected.Release.CONSENTED))
        .withDateOfBirth(Protected.known(LocalDate.of(1999, 6, 17)).released(Protected.Release.ALREADY_PUBLIC));
    Identity redacted = consented.redacted();
    assertEquals(Protected.withheld(Protected.REDACTED), redacted.name());
    assertEquals(Protected.withheld(Protected.REDACTED), redacted.dateOfBirth());
    assertFalse(consented.isExposedIfPublished(), "released values may be published");
    assertTrue(consented.withFace(Protected.known("face.jpg")).isExposedIfPublished());
  }

  @Test
  void aReportWithNothingKnownIsItsOwnPublicView() {
    Report report = Report.builder().id(ReportId.of("r")).publisher("CNN").language("en")
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).identity(Identity.none()
            .withName(Protected.withheld("blurred by the publisher"))).build())
        .build();
    assertSame(report, report.redacted());
  }
}
