package dev.dispatch.contract;

import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Part;
import dev.dispatch.fixture.Expect;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Person;
import dev.dispatch.statement.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder names the required field it is missing, {@code Type.field: required, but not set}.
 * Each row sets the required fields listed before the one it leaves out, so a row that lacked
 * anything else would be answered with another field's name.
 */
class RequiredFieldsTest {

  private static final SourceId S = SourceId.of("s");

  static Stream<Arguments> missingFields() {
    return Stream.of(
        missing("Place.id", () -> Place.builder().printedName("Kiev").build()),
        missing("Place.printedName", () -> Place.builder().id(PlaceId.of("k")).build()),
        missing("Party.id", () -> Party.builder().build()),
        missing("Party.name", () -> Party.builder().id(PartyId.of("ru")).build()),
        missing("Party.kind", () -> Party.builder().id(PartyId.of("ru")).name("Russia").build()),
        missing("Person.id", () -> Person.builder().name("Zelensky").build()),
        missing("Person.name", () -> Person.builder().id(S).build()),
        missing("Organisation.id", () -> Organisation.builder().build()),
        missing("Organisation.name", () -> Organisation.builder().id(S).build()),
        missing("Organisation.kind", () -> Organisation.builder().id(S).name("SBU").build()),
        missing("Anonymous.id", () -> Anonymous.builder().build()),
        missing("Anonymous.description", () -> Anonymous.builder().id(S).build()),
        missing("Anonymous.anonymity", () -> Anonymous.builder().id(S).description("a doctor").build()),
        missing("Collective.id", () -> Collective.builder().description("officials").build()),
        missing("Collective.description", () -> Collective.builder().id(S).build()),
        missing("Individual.id", () -> Individual.builder().description("his mother").build()),
        missing("Individual.description", () -> Individual.builder().id(PersonId.of("m")).build()),
        missing("Event.id", () -> Event.builder().kind(EventKind.STRIKE).build()),
        missing("Event.kind", () -> Event.builder().id(EventId.of("e")).build()),
        missing("Statement.id", () -> Statement.builder().build()),
        missing("Statement.attribution", () -> Statement.builder().id(StatementId.of("st")).build()),
        missing("Statement.text", () -> Statement.builder().id(StatementId.of("st"))
            .attribution(Attribution.of(S, Mode.PARAPHRASE)).build()),
        missing("Figure.id", () -> Figure.builder().build()),
        missing("Figure.measure", () -> Figure.builder().id(FigureId.of("f")).build()),
        missing("Figure.count", () -> Figure.builder().id(FigureId.of("f")).measure(Measure.TERRITORY).build()),
        missing("Part.count", () -> Part.builder().build()),
        missing("Document.kind", () -> Document.builder().issuer("Russian military").build()),
        missing("Prisoner.id", () -> Prisoner.builder().build()),
        missing("Report.id", () -> Report.builder().publisher("CNN").language("en").build()),
        missing("Report.publisher", () -> Report.builder().id(ReportId.of("r")).build()),
        missing("Report.language", () -> Report.builder().id(ReportId.of("r")).publisher("CNN").build()));
  }

  private static Arguments missing(String field, Executable build) {
    return Arguments.of(field, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void aMissingRequiredFieldIsNamed(String field, Executable build) {
    Expect.rejects(field + ": required, but not set", build);
  }
}
