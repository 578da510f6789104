package dev.dispatch.validation;

import static dev.dispatch.validation.Base.ANALYST;
import static dev.dispatch.validation.Base.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dispatch.figure.Population;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Protected names found wherever a report may print them, and never quoted: over names in
 * several scripts, placed in a statement, a place's name, a source's name and an anonymous
 * source's description, no message of any rule contains the name or its date of birth.
 */
class ProtectedNamesTest {

  /** Synthetic names in Latin, Cyrillic, Hangul and with combining marks; they stand for no one. */
  private static final List<String> NAMES = List.of("Pak Testname", "Ким Скрытый", "리비밀", "Ri Secret",
      "Jose\u0301 Ejemplo", "Ли Тайна", "O'Testy-Namesson");

  private static final LocalDate BORN = LocalDate.of(1999, 4, 3);

  /** Where a name is printed: 0 statement, 1 place, 2 person source, 3 anonymous description. */
  private static Report leaking(String name, int where, boolean partial) {
    Identity identity = partial ? Identity.none().withPartialName(Protected.known(name))
        : Identity.none().withName(Protected.known(name)).withDateOfBirth(Protected.known(BORN));
    Report.Builder b = base()
        .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured()
            .addDocuments(Document.builder().kind("ID card").issuedTo(IssuedTo.ANOTHER_PERSON)
                .holderDescription("another man").holderName(Protected.known(name)).build()).build())
            .withIdentity(identity))
        .addPeople(Individual.builder().id(PersonId.of("brother")).description("his brother")
            .identity(identity).build());
    switch (where) {
      case 0 -> b.addStatements(Base.statement("s", ANALYST, "The prisoner, " + name.toUpperCase(Locale.ROOT)
          + ", spoke."));
      case 1 -> b.addPlaces(Place.builder().id(PlaceId.of("street")).printedName(name + " Street").build());
      case 2 -> b.addSources(Person.builder().id(SourceId.of("x")).name(name).role("brother").build());
      default -> b.addSources(Anonymous.builder().id(SourceId.of("x")).description("a cousin of " + name)
          .anonymity(Anonymity.GRANTED).reason("fear of reprisal").build());
    }
    return b.build();
  }

  private static final List<String> PATHS = List.of("statements[s].text", "places[street].printedName",
      "sources[x].name", "sources[x].description");

  @Test
  void propertyNamesAreFoundAndNeverQuoted() {
    qt().withExamples(1_000).forAll(integers().between(0, NAMES.size() - 1), integers().between(0, 3),
        integers().between(0, 1)).checkAssert((n, where, partial) -> {
          String name = NAMES.get(n);
          Report report = leaking(name, where, partial == 1);
          ValidationResult result = Validator.defaults().validate(report);
          String which = partial == 1 ? "partial name" : "name";
          assertEquals(List.of(PATHS.get(where) + ": the known " + which + " of prisoners[p]",
                  PATHS.get(where) + ": the known " + which + " of people[brother]"),
              result.withCode(Rules.PRISONER_NAME_LEARNABLE).stream()
                  .map(v -> v.path() + ": " + v.message().substring(0, v.message().indexOf(" appears")))
                  .collect(Collectors.toList()));
          for (Violation v : result.violations()) {
            List<String> words = ProtectedText.words(v.toString());
            for (String word : ProtectedText.words(name)) {
              assertFalse(word.length() > 2 && words.contains(word), () -> "a protected name in: " + v);
            }
            assertFalse(v.toString().contains(BORN.toString()), () -> "a protected date in: " + v);
          }
          assertFalse(result.toString().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)),
              result::toString);
        });
  }

  @Test
  void aNameIsMatchedAsWholeWordsIgnoringCaseAndNormalisation() {
    assertEquals(List.of("jos\u00e9", "ejemplo"), ProtectedText.words("Jose\u0301 Ejemplo"));
    assertEquals(List.of("o", "testy", "namesson"), ProtectedText.words("O'Testy-Namesson"));
    assertEquals(List.of("ким", "скрытый"), ProtectedText.words("  КИМ,Скрытый!"));
    Report notAWord = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withPartialName(Protected.known("Ivan"))))
        .addPlaces(Place.builder().id(PlaceId.of("ivanovo")).printedName("Ivanovo").build())
        .addStatements(Base.statement("s", ANALYST, "He spoke of Ivanov, not of the prisoner.")).build();
    assertEquals(List.of(), Validator.defaults().validate(notAWord).withCode(Rules.PRISONER_NAME_LEARNABLE));
    Report released = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured()
            .addStatements(StatementId.of("s")).build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname")
                .released(Protected.Release.ALREADY_PUBLIC))))
        .addSources(Person.builder().id(SourceId.of("x")).name("Pak Testname").build())
        .addStatements(Base.statement("s", SourceId.of("x"), "Pak Testname said he was well.")).build();
    assertEquals(List.of(), Validator.defaults().validate(released).withCode(Rules.PRISONER_NAME_LEARNABLE),
        "a released name is not protected");
    Report internal = leaking("Pak Testname", 0, false);
    assertEquals(List.of(), Validator.builder().purpose(Purpose.INTERNAL).build().validate(internal)
        .withSeverity(Severity.ERROR));
  }

  @Test
  void aMessageThatWouldQuoteAProtectedValueHasItWithheld() {
    Report report = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname"))))
        .addSources(Anonymous.builder().id(SourceId.of("x")).description("pak-TESTNAME's cellmate")
            .anonymity(Anonymity.UNIDENTIFIED).build())
        .addStatements(dev.dispatch.statement.Statement.builder().id(StatementId.of("q")).text("We are fed.")
            .attribution(dev.dispatch.source.Attribution.of(SourceId.of("x"), dev.dispatch.source.Mode.DIRECT_QUOTE))
            .build())
        .build();
    List<Violation> quote = Validator.defaults().validate(report).withCode(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED);
    assertEquals(List.of("a direct quote from [protected]'s cellmate, who is not identified; name the speaker or "
        + "paraphrase"), quote.stream().map(Violation::message).collect(Collectors.toList()));
    Rule rule = RulesTest.rule(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED);
    Findings alone = Findings.of(rule, Settings.defaults());
    rule.check(report, alone);
    assertEquals(1, alone.result().violations().size(), "run alone, the rule's own words are returned");
  }

  @Test
  void descriptionsAreSearchedButNotCompared() {
    Report report = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname"))))
        .addFigures(Base.killed("f", dev.dispatch.count.Count.exactly(1)).population(Population.builder()
            .description("the unit of Pak Testname").side(Base.RU).build()).build()).build();
    assertEquals(List.of("figures[f].population.description"), Validator.defaults().validate(report)
        .withCode(Rules.PRISONER_NAME_LEARNABLE).stream().map(Violation::path).collect(Collectors.toList()));
  }
}
