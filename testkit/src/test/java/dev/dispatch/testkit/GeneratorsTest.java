package dev.dispatch.testkit;

import static dev.dispatch.testkit.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Completeness;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generators' promises: valid, reproducible, shrinkable values that cover the whole model. */
class GeneratorsTest {

  private static List<Report> thousand = List.of();

  /** A thousand reports from one seed, made once (a failure to make them fails each test that uses them). */
  private static synchronized List<Report> thousand() {
    if (thousand.isEmpty()) {
      thousand = Generators.reports(8).sample(2_026, 1_000);
    }
    return thousand;
  }

  @Test
  void theSameSeedGivesTheSameReports() {
    List<Report> a = Generators.reports(8).sample(42, 20);
    assertEquals(a, Generators.reports(8).sample(42, 20));
    assertEquals(a.toString(), Generators.reports(8).sample(42, 20).toString());
    assertNotEquals(a, Generators.reports(8).sample(43, 20));
  }

  @Test
  void theSmallestDrawsGiveTheSimplestReport() {
    Report simplest = Generators.reports(8).generate((min, max) -> min);
    assertEquals(List.of(), simplest.figures());
    assertEquals(List.of(), simplest.statements());
    assertEquals(List.of(), simplest.prisoners());
    assertEquals(List.of(), simplest.events());
    assertEquals(1, simplest.sources().size(), "only the report's own voice");
    assertTrue(Generators.reports(8).generate(Randomness.seeded(1)).toString().length()
        > 0, "and larger draws give values too");
  }

  @Test
  void propertyGeneratedReportsAreValidAndRebuildEqual() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      Report rebuilt = rebuild(r);
      assertEquals(r, rebuilt);
      assertEquals(r.hashCode(), rebuilt.hashCode());
      assertValidForPublication(r);
    });
  }

  @Test
  void everyOneOfAThousandReportsIsValidForPublication() {
    thousand().forEach(GeneratorsTest::assertValidForPublication);
  }

  /** What validation for publication checks as errors, and what the generators promise beyond it. */
  static void assertValidForPublication(Report r) {
    Census c = Census.of(List.of(r));
    for (Protected<?> p : c.protectedValues) {
      assertTrue(!p.isKnown() || p.release().isPresent(), "a known protected value is released");
      assertFalse(p.isExposedIfPublished());
    }
    Census redacted = Census.of(List.of(r.redacted()));
    assertTrue(redacted.protectedValues.stream().noneMatch(Protected::isKnown), "the public view redacts all");
    r.published().ifPresent(published -> {
      LocalDate first = published.earliest().orElseThrow();
      for (DateMention m : c.mentions) {
        m.value().flatMap(DateValue::latest).ifPresent(l -> assertTrue(l.isBefore(first), m + " before " + published));
        m.value().flatMap(DateValue::earliest).ifPresent(e -> assertTrue(e.isBefore(first), m + " before " + published));
      }
      LocalDate last = published.latest().orElseThrow();
      for (Update u : r.updates()) {
        u.when().flatMap(DateValue::earliest).ifPresent(w -> assertTrue(w.isAfter(last), u + " after " + published));
      }
    });
    for (Prisoner p : r.prisoners()) {
      assertInOrder(history(p.particulars()));
    }
    for (Figure f : r.figures()) {
      assertPartsFit(f.count(), f.breakdowns());
    }
    List<String> protectedTexts = new ArrayList<>(Words.PROTECTED_NAMES);
    protectedTexts.addAll(Words.FIRST_NAMES);
    for (Statement s : r.statements()) {
      protectedTexts.forEach(name -> assertFalse(s.text().contains(name), "no protected name in a statement"));
    }
    List<Particulars> all = new ArrayList<>();
    r.prisoners().forEach(p -> all.add(p.particulars()));
    r.unlinked().forEach(u -> all.addAll(u.shares()));
    for (Particulars p : all) {
      for (StatementId id : p.statements()) {
        for (SourceId source : r.statement(id).orElseThrow().attribution().sources()) {
          assertFalse(r.source(source).orElseThrow() instanceof Person, "a prisoner's statement is no named person's");
        }
      }
    }
  }

  /** Capture, detention spells, release or transfer: each dated step not after the next. */
  private static List<DateMention> history(Particulars p) {
    List<DateMention> steps = new ArrayList<>();
    p.capture().flatMap(c -> c.date()).ifPresent(steps::add);
    for (Custody c : p.custody()) {
      c.period().ifPresent(steps::add);
    }
    for (Transfer t : p.transfers()) {
      t.date().ifPresent(steps::add);
    }
    return steps;
  }

  private static void assertInOrder(List<DateMention> steps) {
    for (int i = 0; i < steps.size(); i++) {
      for (int j = i + 1; j < steps.size(); j++) {
        Optional<LocalDate> before = steps.get(i).value().flatMap(v -> v.latest().or(v::earliest));
        Optional<LocalDate> after = steps.get(j).value().flatMap(DateValue::earliest);
        if (before.isPresent() && after.isPresent()) {
          assertFalse(before.get().isAfter(after.get()), steps.get(i) + " then " + steps.get(j));
        }
      }
    }
  }

  /**
   * No part can exceed its whole: same unit, upper bound within the whole's, lower bounds summing
   * to at most the whole's upper bound, and complete parts able to reach the whole's lower bound.
   */
  static void assertPartsFit(Count whole, List<Breakdown> breakdowns) {
    for (Breakdown b : breakdowns) {
      long lows = 0;
      long highs = 0;
      boolean bounded = true;
      for (Part p : b.parts()) {
        assertEquals(whole.unit(), p.count().unit());
        lows += p.count().lowerBound();
        if (whole.upperBound().isPresent()) {
          assertTrue(p.count().upperBound().isPresent(), "a part of a bounded whole is bounded");
          assertTrue(p.count().upperBound().getAsLong() <= whole.upperBound().getAsLong(), p + " within " + whole);
        }
        if (p.count().upperBound().isPresent()) {
          highs += p.count().upperBound().getAsLong();
        } else {
          bounded = false;
        }
        assertPartsFit(p.count(), p.breakdowns());
      }
      long sum = lows;
      whole.upperBound().ifPresent(max -> assertTrue(sum <= max, "parts' lower bounds " + sum + " within " + whole));
      if (b.completeness() == Completeness.COMPLETE && bounded) {
        assertTrue(highs >= whole.lowerBound(), "complete parts can reach " + whole);
      }
    }
  }

  @Test
  void aThousandReportsHoldEveryConstantOfTheModel() {
    Census c = Census.of(thousand());
    for (Class<? extends Enum<?>> type : Census.modelEnums()) {
      assertEquals(Set.of(), c.missing(type), type.getSimpleName() + " constants never generated");
    }
  }

  @Test
  void aThousandReportsHoldEveryKindOfElementAndPattern() {
    Census c = Census.of(thousand());
    List<String> expected = List.of("source Person", "source Organisation", "source Anonymous", "source Collective",
        "source Unspecified", "source IndividualSource", "source OwnVoice", "organisation run by a party",
        "organisation with a parent", "anonymous collective", "collective with members",
        "unspecified source with phrase", "relation Revises", "relation ShareOf", "relation SumOf",
        "relation ExcludedFrom", "relation ComparedWith", "share of a figure", "share of a described whole",
        "comparison explained", "breakdown level 1", "breakdown level 2", "breakdown level 3", "breakdown level 4",
        "part of two dimensions", "part from another source", "part of another date", "joint attribution",
        "unattributed figure", "outcome phrase", "figure about an event", "timeframe during",
        "timeframe cumulative since as of", "timeframe cumulative since", "timeframe cumulative as of",
        "count with estimate", "count with noun", "count with phrase", "unit persons", "unit km2", "unit tonnes",
        "unit years", "unit months", "unit weeks", "unit days", "unit hours", "duration in years",
        "chain of three links or more", "truncated statement", "location naming no place",
        "location naming one place", "location naming several places", "place within a place within a place",
        "site", "control", "control as of a date", "person mentioned", "relationship to prisoner",
        "relationship to person", "actor", "attributed actor", "target", "target at a place", "exchange",
        "exchange with mediator", "exchange with counts on both sides", "prisoner", "capture", "capture event",
        "several places of detention", "charge under an article", "charge described", "charge with authority",
        "transfer event", "carried no documents", "prisoner's statements", "interpreting", "age", "rank", "health",
        "unlinked facts", "partial name KNOWN", "name KNOWN", "date of birth KNOWN", "face KNOWN",
        "document holder name KNOWN", "document number WITHHELD", "name ABSENT", "report without headline",
        "standfirst", "syndication", "syndication with original", "picture credits", "truncated report",
        "no publication date", "published DAY", "published DAY approximate", "published interval",
        "CORRECTION dated", "CORRECTION undated", "UPDATE undated", "UPDATE dated", "UPDATE undated without text",
        "date DAY", "date DAY without year", "date MONTH", "date SEASON", "date YEAR", "date DAY approximate",
        "date interval", "date interval open end", "date interval open start", "date relative term",
        "date unresolved", "date time only", "time with zone", "time without zone", "resolved against a day",
        "resolved against an interval", "resolved against an approximate day", "proportion EXACTLY",
        "proportion MORE_THAN", "proportion NEARLY", "proportion ABOUT");
    List<String> missing = expected.stream().filter(f -> !c.has(f)).collect(Collectors.toList());
    assertEquals(List.of(), missing, "not generated; generated: " + c.features());
    assertTrue(c.hasScript(Character.UnicodeScript.CYRILLIC), "Cyrillic");
    assertTrue(c.hasScript(Character.UnicodeScript.HANGUL), "Hangul");
  }

  @Test
  void aThousandReportsHaveExchangesWhoseSidesAreTwoPartiesAndNonStateParties() {
    long exchanges = thousand().stream().flatMap(r -> r.events().stream()).filter(e -> e.exchange().isPresent())
        .filter(e -> e.kind() == EventKind.PRISONER_EXCHANGE).count();
    assertTrue(exchanges >= 10, "exchanges: " + exchanges);
    assertTrue(thousand().stream().flatMap(r -> r.parties().stream()).map(Party::kind).filter(k -> k != PartyKind.STATE)
        .count() > thousand().size() / 2);
  }

  @Test
  void propertyCountOverlapIsSymmetricAndAgreesWithTheBounds() {
    qt().withExamples(1_000).forAll(gen(Generators.counts()), gen(Generators.counts())).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a));
      assertEquals(a.contradicts(b), b.contradicts(a));
      assertEquals(!a.overlaps(b), a.contradicts(b));
      long witness = Math.max(a.lowerBound(), b.lowerBound());
      assertEquals(a.contains(witness) && b.contains(witness), a.overlaps(b));
      a.upperBound().ifPresent(high -> assertTrue(a.lowerBound() <= high));
      a.estimate().ifPresent(e -> assertTrue(a.contains(e), "the estimate lies within the bounds"));
    });
  }

  @Test
  void propertyCountsKeepTheirPhraseAndNounApartFromTheirBounds() {
    qt().withExamples(1_000).forAll(gen(Generators.counts())).checkAssert(c -> {
      Count plain = c.withoutPhrase();
      assertEquals(c.qualifier(), plain.qualifier());
      assertEquals(c.lowerBound(), plain.lowerBound());
      assertEquals(c.upperBound(), plain.upperBound());
      assertEquals(Unit.PERSONS, c.unit(), "a noun never becomes a unit");
      c.noun().ifPresent(n -> assertTrue(c.phrase().map(p -> p.contains(n)).orElse(true), "the phrase prints the noun"));
    });
  }

  @Test
  void propertyProportionsOfAWholeStayWithinIt() {
    qt().withExamples(1_000).forAll(gen(Generators.proportions()), gen(Generators.counts())).checkAssert((p, whole) -> {
      Count share = p.of(whole);
      assertTrue(p.value() >= 0 && p.value() <= 1);
      whole.upperBound().ifPresent(max -> assertTrue(share.upperBound().orElseThrow() <= max, share + " of " + whole));
      assertEquals(whole.unit(), share.unit());
    });
  }

  @Test
  void propertyEdtfFormatThenParseIsIdentity() {
    qt().withExamples(1_000).forAll(gen(Generators.dateValues()))
        .checkAssert(v -> assertEquals(v, DateValue.parse(v.toEdtf())));
    qt().withExamples(1_000).forAll(gen(Generators.partialDates()))
        .checkAssert(v -> assertEquals(v, DateValue.parse(v.toEdtf())));
    qt().withExamples(1_000).forAll(gen(Generators.dateMentions())).checkAssert(m -> m.value()
        .ifPresent(v -> assertEquals(v, DateValue.parse(v.toEdtf()))));
  }

  @Test
  void propertyDurationsAreInUnitsOfTime() {
    qt().withExamples(1_000).forAll(gen(Generators.durations())).checkAssert(d -> assertTrue(d.length().unit().isTime()));
  }

  /** Elements standing alone refer only to the documented ids: in a report holding those, they resolve. */
  @Test
  void propertyElementsStandingAloneResolveInTheDocumentedScaffold() {
    checkInScaffold(Generators.parties(), (b, x) -> b.addParties(x));
    checkInScaffold(Generators.places(), (b, x) -> b.addPlaces(x));
    checkInScaffold(Generators.people(), (b, x) -> b.addPeople(x));
    checkInScaffold(Generators.sources(), (b, x) -> b.addSources(x));
    checkInScaffold(Generators.events(), (b, x) -> b.addEvents(x));
    checkInScaffold(Generators.figures(), (b, x) -> b.addFigures(x));
    checkInScaffold(Generators.statements(), (b, x) -> b.addStatements(x));
    checkInScaffold(Generators.prisoners(), (b, x) -> b.addPrisoners(x));
    checkInScaffold(Generators.particulars(), (b, x) -> b.addPrisoners(Prisoner.of(PrisonerId.of("p9"), x)));
    checkInScaffold(Generators.locations(), (b, x) -> b.addStatements(Statement.builder().id(StatementId.of("s9"))
        .attribution(Attribution.of(SourceId.of("source0"), Mode.PARAPHRASE)).text("text").location(x).build()));
    checkInScaffold(Generators.attributions(List.of(SourceId.of("source0"), SourceId.of("source1"))),
        (b, x) -> b.addStatements(Statement.builder().id(StatementId.of("s9")).attribution(x).text("text").build()));
  }

  private interface Adder<T> {
    void add(Report.Builder b, T value);
  }

  private static <T> void checkInScaffold(Generator<T> generator, Adder<T> adder) {
    qt().withExamples(1_000).forAll(gen(generator)).checkAssert(x -> {
      Report.Builder b = scaffold();
      adder.add(b, x);
      Report r = b.build();
      for (Figure f : r.figures()) {
        assertPartsFit(f.count(), f.breakdowns());
      }
    });
  }

  /** A report with two elements of each kind under the ids element generators refer to. */
  private static Report.Builder scaffold() {
    Function<String, Statement> statement = id -> Statement.builder().id(StatementId.of(id))
        .attribution(Attribution.of(SourceId.of("source0"), Mode.PARAPHRASE)).text("said").build();
    Function<String, Figure> figure = id -> Figure.builder().id(FigureId.of(id)).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.EXCHANGED).count(Count.exactly(10)).build();
    return Report.builder().id(ReportId.of("scaffold")).publisher("Example Wire").language("en")
        .addParties(Party.of(PartyId.of("party0"), "Party Zero", PartyKind.STATE),
            Party.of(PartyId.of("party1"), "Party One", PartyKind.ARMED_GROUP))
        .addPlaces(Place.builder().id(PlaceId.of("place0")).printedName("Place Zero").build(),
            Place.builder().id(PlaceId.of("place1")).printedName("Place One").build())
        .addPeople(Individual.builder().id(PersonId.of("person0")).description("a relative").build(),
            Individual.builder().id(PersonId.of("person1")).description("a commander").build())
        .addSources(Organisation.builder().id(SourceId.of("source0")).name("Org").kind(OrganisationKind.NGO).build(),
            Organisation.builder().id(SourceId.of("source1")).name("Org Two").kind(OrganisationKind.MEDIA).build())
        .addEvents(Event.builder().id(EventId.of("event0")).kind(EventKind.CAPTURE).build(),
            Event.builder().id(EventId.of("event1")).kind(EventKind.PRISONER_EXCHANGE).build())
        .addFigures(figure.apply("f0"), figure.apply("f1"))
        .addStatements(statement.apply("s0"), statement.apply("s1"))
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p0")).build(), Prisoner.builder().id(PrisonerId.of("p1")).build());
  }

  @Test
  void fixturesAreWhatTheySay() {
    assertEquals("an unidentified doctor", Fixtures.anonymousSource().description());
    assertEquals(2, Fixtures.chainedAttribution().links().size());
    assertEquals(93, Fixtures.rangeFigure().count().upperBound().getAsLong());
    assertEquals(Protected.State.WITHHELD, Fixtures.prisonerWithWithheldName().identity().name().state());
    assertTrue(Fixtures.prisonerWithKnownName().identity().name().isExposedIfPublished());
  }

  /** The report built anew through the public builder, element by element. */
  static Report rebuild(Report r) {
    Report.Builder b = Report.builder().id(r.id()).publisher(r.publisher()).language(r.language())
        .addContributors(r.contributors().toArray(new String[0]))
        .addPictureCredits(r.pictureCredits().toArray(new String[0])).truncated(r.truncated())
        .places(r.places()).parties(r.parties()).sources(r.sources()).people(r.people()).events(r.events())
        .statements(r.statements()).figures(r.figures()).prisoners(r.prisoners()).unlinked(r.unlinked())
        .addUpdates(r.updates().toArray(new Update[0]));
    r.url().ifPresent(b::url);
    r.headline().ifPresent(b::headline);
    r.standfirst().ifPresent(b::standfirst);
    r.credit().ifPresent(b::credit);
    r.published().ifPresent(b::published);
    r.dateline().ifPresent(b::dateline);
    r.syndication().ifPresent(b::syndication);
    return b.build();
  }

  @Test
  void referencesOfEveryElementResolve() {
    for (Report r : thousand().subList(0, 100)) {
      List<Id> refs = new ArrayList<>();
      r.places().forEach(p -> refs.addAll(p.references()));
      r.parties().forEach(p -> refs.addAll(p.references()));
      r.sources().forEach(s -> refs.addAll(s.references()));
      r.people().forEach(p -> refs.addAll(p.references()));
      r.events().forEach(e -> refs.addAll(e.references()));
      r.statements().forEach(s -> refs.addAll(s.references()));
      r.figures().forEach(f -> refs.addAll(f.references()));
      r.prisoners().forEach(p -> refs.addAll(p.references()));
      r.unlinked().forEach(u -> refs.addAll(u.references()));
      refs.forEach(id -> assertTrue(r.contains(id), id::toString));
    }
    assertTrue(thousand().stream().flatMap(r -> r.figures().stream()).flatMap(f -> f.breakdowns().stream())
        .anyMatch(b -> b.depth() >= 3), "nested three levels deep");
    assertTrue(thousand().stream().flatMap(r -> r.figures().stream()).flatMap(f -> f.breakdowns().stream())
        .flatMap(b -> b.parts().stream()).flatMap(p -> p.facets().stream())
        .anyMatch(f -> f.dimension() == Facet.Dimension.HELD_BY));
    assertTrue(thousand().stream().flatMap(r -> r.sources().stream()).map(Source::label)
        .noneMatch(l -> Words.PROTECTED_NAMES.stream().anyMatch(l::contains)), "no source is labelled by a protected name");
  }
}
