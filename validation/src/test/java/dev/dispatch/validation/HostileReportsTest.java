package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Source;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outside review's hostile reports (its {@code Dos} and {@code Names} programs): each now
 * validates with findings at most linear in the report, and in time near-linear in it. No timing
 * is asserted: each test only has a generous hang guard, far above what it takes, far below what
 * the quadratic rules took (or the memory they ran out of).
 */
class HostileReportsTest {

  private static Report.Builder base() {
    return Report.builder().id(ReportId.of("r")).publisher("P").language("en").headline("h");
  }

  private static long characters(ValidationResult result) {
    long n = 0;
    for (Violation v : result.violations()) {
      n += v.message().length() + v.path().length();
    }
    return n;
  }

  /** 4,000 figures of one place with different exact counts: two million pairs, 8 million before (out of memory). */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thousandsOfContradictingFiguresAreReportedOnceEachAndCapped() {
    int n = 4_000;
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(i)).location(Location.in(PlaceId.of("x")))
          .addAttributions(Attribution.of(SourceId.of("s"), Mode.PARAPHRASE)).build());
    }
    Report r = base().addPlaces(Place.builder().id(PlaceId.of("x")).printedName("Gaza").build())
        .addSources(Organisation.builder().id(SourceId.of("s")).name("Ministry of Health")
            .kind(OrganisationKind.GOVERNMENT).build())
        .figures(figures).build();
    List<Violation> found = Validator.defaults().validate(r).withCode(Rules.FIGURE_CONTRADICTION);
    assertEquals(Findings.LIMIT + 1, found.size());
    assertEquals("figures[f1].count", found.get(0).path());
    assertTrue(found.get(0).message().startsWith("figures[f1] (exactly 1, per Ministry of Health) contradicts "
        + "figures[f0] (exactly 0, per Ministry of Health)"), found.get(0)::toString);
    assertEquals("and " + (n - 1 - Findings.LIMIT) + " more findings of this rule, not listed: at most "
        + Findings.LIMIT + " are listed per rule and report", found.get(Findings.LIMIT).message());
    Rule rule = RulesTest.rule(Rules.FIGURE_CONTRADICTION);
    Findings alone = Findings.of(rule, Settings.defaults());
    rule.check(r, alone);
    assertEquals(Findings.LIMIT + 1, alone.result().violations().size(), "the cap holds for a rule run alone");
  }

  /** One side of an exchange counted by 1,000 figures: 500,000 disagreements before, one now. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anExchangeSideCountedAThousandTimesDisagreesOnce() {
    int k = 1_000;
    List<Figure> figures = new ArrayList<>();
    List<FigureId> ids = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      FigureId id = FigureId.of("c" + i);
      ids.add(id);
      figures.add(Figure.builder().id(id).measure(Measure.PEOPLE).addOutcomes(Outcome.EXCHANGED)
          .count(Count.exactly(i + 1)).event(EventId.of("e")).build());
    }
    Event e = Event.builder().id(EventId.of("e")).kind(EventKind.PRISONER_EXCHANGE)
        .exchange(Exchange.between(new ExchangeSide(PartyId.of("a"), ids), ExchangeSide.of(PartyId.of("b")))).build();
    Report r = base().addParties(Party.of(PartyId.of("a"), "A", PartyKind.STATE),
        Party.of(PartyId.of("b"), "B", PartyKind.STATE)).figures(figures).addEvents(e).build();
    ValidationResult result = Validator.defaults().validate(r);
    List<Violation> disagree = result.withCode(Rules.EVENT_EXCHANGE_COUNTS_DISAGREE);
    assertEquals(1, disagree.size());
    assertEquals("the sources count the people returned to A differently (1000 counts): the lowest, figures[c0] "
        + "(exactly 1, per no source), and the highest, figures[c999] (exactly 1000, per no source); keep them, "
        + "attributed, and say that the sides disagree", disagree.get(0).message());
    assertEquals(List.of(), result.withCode(Rules.FIGURE_CONTRADICTION), "the counts of one exchange are exempt");
  }

  /** A 20,000-link chain on one figure and 400 figures that contradict it: 208 MB of messages before. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longChainsAreDescribedBriefly() {
    int links = 20_000;
    int others = 400;
    List<Source> sources = new ArrayList<>();
    List<Link> chain = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      sources.add(Organisation.builder().id(SourceId.of("s" + i)).name("Ministry number " + i)
          .kind(OrganisationKind.GOVERNMENT).build());
      chain.add(Link.of(SourceId.of("s" + i), Mode.PARAPHRASE));
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.builder().id(FigureId.of("big")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(0)).location(Location.in(PlaceId.of("x"))).addAttributions(Attribution.of(chain))
        .build());
    for (int i = 1; i <= others; i++) {
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(i)).location(Location.in(PlaceId.of("x")))
          .addAttributions(Attribution.of(SourceId.of("s0"), Mode.PARAPHRASE)).build());
    }
    Report r = base().addPlaces(Place.builder().id(PlaceId.of("x")).printedName("X").build()).sources(sources)
        .figures(figures).build();
    ValidationResult result = Validator.defaults().validate(r);
    List<Violation> found = result.withCode(Rules.FIGURE_CONTRADICTION);
    assertEquals(others, found.size());
    assertTrue(found.get(0).message().contains("figures[big] (exactly 0, per Ministry number 0 via Ministry number "
        + "19999 (a chain of 20000 links))"), found.get(0)::toString);
    assertTrue(characters(result) < 1_000_000, () -> characters(result) + " characters of findings");
  }

  /** Parties p0 <- p1 <- ... each a member of the one before, one figure each; the partisan rule walked each chain. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longPartyChainsAreWalkedOnce() {
    int n = 20_000;
    List<Party> parties = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Party.Builder b = Party.builder().id(PartyId.of("p" + i)).name("P" + i).kind(PartyKind.ARMED_GROUP);
      if (i > 0) {
        b.addRelations(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, PartyId.of("p" + (i - 1))));
      }
      parties.add(b.build());
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(1)).population(Population.builder().side(PartyId.of("p" + i)).build())
          .addAttributions(Attribution.of(SourceId.of("s"), Mode.PARAPHRASE)).build());
    }
    Report r = base().parties(parties).figures(figures)
        .addSources(Organisation.builder().id(SourceId.of("s")).name("M").kind(OrganisationKind.GOVERNMENT).build())
        .build();
    Validator v = Validator.builder().parties(Party.of(PartyId.of("p0"), "P0", PartyKind.ARMED_GROUP)).build();
    assertEquals(List.of(), v.validate(r).withCode(Rules.FIGURE_PARTISAN_SOURCE), "an unplaced source is no party's");
    Sides sides = new Sides(r, java.util.Set.of(PartyId.of("p0")));
    assertEquals(java.util.Set.of(PartyId.of("p0")), sides.of(PartyId.of("p" + (n - 1))));
  }

  /** Organisations o0 <- o1 <- ..., only the root run by a party, figures attributed to the deepest. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longOrganisationChainsAreWalkedOnce() {
    int n = 20_000;
    List<Source> sources = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Organisation.Builder b = Organisation.builder().id(SourceId.of("o" + i)).name("O" + i)
          .kind(OrganisationKind.MILITARY);
      if (i > 0) {
        b.parent(SourceId.of("o" + (i - 1)));
      } else {
        b.party(PartyId.of("a"));
      }
      sources.add(b.build());
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(1)).population(Population.builder().side(PartyId.of("b")).build())
          .addAttributions(Attribution.of(SourceId.of("o" + (n - 1)), Mode.PARAPHRASE)).build());
    }
    Report r = base().addParties(Party.of(PartyId.of("a"), "A", PartyKind.STATE),
        Party.of(PartyId.of("b"), "B", PartyKind.STATE)).sources(sources).figures(figures).build();
    Validator v = Validator.builder().parties(Party.of(PartyId.of("a"), "A", PartyKind.STATE),
        Party.of(PartyId.of("b"), "B", PartyKind.STATE)).build();
    List<Violation> partisan = v.validate(r).withCode(Rules.FIGURE_PARTISAN_SOURCE);
    assertEquals(Findings.LIMIT + 1, partisan.size(), "every figure is B's dead per A's organisation");
    assertTrue(partisan.get(0).message().contains("counts people of B and comes only from sources speaking for A"),
        partisan.get(0)::toString);
  }

  /** A place chain 20,000 deep, and 4,000 figures each broken down by two places at its bottom (core allows 10,000 parts). */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void deepPlaceChainsAreWalkedOnce() {
    int n = 20_000;
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Place.Builder b = Place.builder().id(PlaceId.of("x" + i)).printedName("X" + i);
      if (i > 0) {
        b.within(PlaceId.of("x" + (i - 1)));
      }
      places.add(b.build());
    }
    places.add(Place.builder().id(PlaceId.of("y")).printedName("Y").within(PlaceId.of("x" + (n - 1))).build());
    places.add(Place.builder().id(PlaceId.of("z")).printedName("Z").within(PlaceId.of("x" + (n - 1))).build());
    Breakdown two = Breakdown.partial(Part.of(Count.exactly(3), Facet.place(PlaceId.of("z"))),
        Part.of(Count.exactly(3), Facet.place(PlaceId.of("y"))));
    Breakdown nested = Breakdown.partial(Part.of(Count.exactly(3), Facet.place(PlaceId.of("x0"))),
        Part.of(Count.exactly(3), Facet.place(PlaceId.of("y"))));
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(5)).addBreakdowns(i % 2 == 0 ? two : nested).build());
    }
    Report r = base().places(places).figures(figures).build();
    List<Violation> found = Validator.defaults().validate(r).withCode(Rules.FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL);
    assertEquals(Findings.LIMIT + 1, found.size(), "y and z lie side by side: 6 above 5; y lies within x0: no sum");
    assertEquals("figures[f0].breakdowns[0]", found.get(0).path());
    assertEquals("figures[f2].breakdowns[0]", found.get(1).path());
  }

  /** 16,384 places whose ids have one hash code, each within the one before (the review's {@code Collide}). */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void placesWhoseIdsCollideAreLookedUpQuickly() {
    int bits = 14;
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < (1 << bits); i++) {
      StringBuilder s = new StringBuilder("p");
      for (int b = 0; b < bits; b++) {
        s.append(((i >> b) & 1) == 0 ? "Aa" : "BB"); // "Aa" and "BB" have one hash code
      }
      Place.Builder p = Place.builder().id(PlaceId.of(s.toString())).printedName("X");
      places.add(i == 0 ? p.build() : p.within(places.get(i - 1).id()).build());
    }
    Report r = base().places(places).build();
    assertEquals(List.of(), Validator.defaults().validate(r).violations());
  }

  /** A protected name of 80,000 characters and a statement of 800,000: 84 seconds before. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longNamesInLongTextsAreFoundInLinearTime() {
    String name = "a ".repeat(40_000).trim();
    String text = "a ".repeat(400_000) + "b";
    Report r = base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p"))
            .identity(Identity.none().withName(Protected.known(name))).build())
        .addSources(OwnVoice.of(SourceId.of("o"), Voice.OBSERVATION))
        .addStatements(Statement.builder().id(StatementId.of("s"))
            .attribution(Attribution.of(SourceId.of("o"), Mode.PARAPHRASE)).text(text).build())
        .build();
    ValidationResult result = Validator.defaults().validate(r);
    assertEquals(List.of("statements[s].text"), result.withCode(Rules.PRISONER_NAME_LEARNABLE).stream()
        .map(Violation::path).toList());
    String words = "Pak Testname ".repeat(60_000);
    Report many = base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p"))
            .identity(Identity.none().withName(Protected.known("Pak Testname"))).build())
        .addSources(OwnVoice.of(SourceId.of("o"), Voice.OBSERVATION))
        .addStatements(Statement.builder().id(StatementId.of("s"))
            .attribution(Attribution.of(SourceId.of("o"), Mode.PARAPHRASE)).text(words).build())
        .build();
    assertEquals(1, Validator.defaults().validate(many).withCode(Rules.PRISONER_NAME_LEARNABLE).size());
  }
  /** The review's {@code ValDos}: 4,000 figures of one nationality, each count different, no place, no source. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thousandsOfFiguresOfOnePopulationAreComparedInTrees() {
    int n = 4_000;
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      figures.add(Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
          .count(Count.exactly(i + 1)).population(Population.builder().nationality(CountryCode.of("UA")).build())
          .build());
    }
    ValidationResult result = Validator.defaults().validate(base().figures(figures).build());
    List<Violation> found = result.withCode(Rules.FIGURE_CONTRADICTION);
    assertEquals(Findings.LIMIT + 1, found.size());
    assertTrue(found.get(0).message().startsWith("figures[f1] (exactly 2, per no source) contradicts figures[f0] "
        + "(exactly 1, per no source)"), found.get(0)::toString);
    assertEquals(Findings.LIMIT + 1, result.withCode(Rules.FIGURE_UNATTRIBUTED).size());
  }

  /** The review's {@code ValDos2}: a protected name 200,000 times in a description a rule quotes. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aNameRepeatedInAQuotedDescriptionIsFoundOnceAndWithheld() {
    Report r = base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p"))
            .identity(Identity.none().withName(Protected.known("Kim"))).build())
        .addSources(Anonymous.builder().id(SourceId.of("s")).description("Kim ".repeat(200_000) + "cousin")
            .anonymity(Anonymity.GRANTED).build())
        .build();
    ValidationResult result = Validator.defaults().validate(r);
    assertEquals(List.of("sources[s].description"), result.withCode(Rules.PRISONER_NAME_LEARNABLE).stream()
        .map(Violation::path).toList());
    List<Violation> quoted = result.withCode(Rules.SOURCE_ANONYMOUS_NO_REASON);
    assertEquals(1, quoted.size());
    assertTrue(quoted.get(0).message().startsWith("[protected] [protected]"), quoted.get(0)::toString);
    assertFalse(quoted.get(0).message().contains("Kim"), quoted.get(0)::toString);
    assertTrue(characters(result) < 10_000, () -> characters(result) + " characters of findings");
  }

  /**
   * The review's {@code ValDos3}: 4,000 prisoners whose partial names share a surname, printed
   * 20,000 times in the headline: one word of the text stands for 4,000 values.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSurnameSharedByThousandsOfPrisonersInALongHeadlineIsFoundOnce() {
    int n = 4_000;
    List<Prisoner> prisoners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      prisoners.add(Prisoner.builder().id(PrisonerId.of("p" + i)).identity(Identity.none()
              .withName(Protected.known("Kim N" + i).released(Protected.Release.CONSENTED))
              .withPartialName(Protected.known("Kim X" + i)))
          .build());
    }
    Report r = base().headline("Kim ".repeat(20_000).trim()).prisoners(prisoners).build();
    ValidationResult result = Validator.defaults().validate(r);
    List<Violation> learnable = result.withCode(Rules.PRISONER_NAME_LEARNABLE);
    assertEquals(List.of("headline"), learnable.stream().map(Violation::path).toList());
    assertTrue(learnable.get(0).message().startsWith("part of the known partial name of prisoners[p0], part of the "
        + "known partial name of prisoners[p1] and part of the known partial name of prisoners[p2], and more known "
        + "protected values, appear in this text"), learnable.get(0)::toString);
    assertEquals(Findings.LIMIT + 1, result.withCode(Rules.PRISONER_PROTECTED_EXPOSED).size());
  }

  /**
   * The review's {@code ValDos5}: one side of an exchange reached by 50,000 prisoner records, each
   * on the side of a party up to 50,000 links down a chain of parties members of the next (a walk
   * up the chain per record took 24 seconds for 16,000).
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void prisonersOnASideReachedThroughALongPartyChainAreCountedOnce() {
    int n = 50_000;
    List<Party> parties = new ArrayList<>();
    parties.add(Party.of(PartyId.of("other"), "O", PartyKind.STATE));
    List<Prisoner> prisoners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Party.Builder b = Party.builder().id(PartyId.of("q" + i)).name("Q").kind(PartyKind.MILITIA);
      if (i + 1 < n) {
        b.addRelations(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, PartyId.of("q" + (i + 1))));
      }
      parties.add(b.build());
      prisoners.add(Prisoner.of(PrisonerId.of("p" + i), Particulars.builder().side(PartyId.of("q" + i))
          .capture(new Capture(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.of(EventId.of("e"))))
          .build()));
    }
    Event exchange = Event.builder().id(EventId.of("e")).kind(EventKind.PRISONER_EXCHANGE)
        .exchange(Exchange.between(ExchangeSide.of(PartyId.of("q" + (n - 1)), FigureId.of("f")),
            ExchangeSide.of(PartyId.of("other"))))
        .build();
    Figure one = Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).addOutcomes(Outcome.EXCHANGED)
        .count(Count.exactly(1)).event(EventId.of("e")).build();
    Report r = base().parties(parties).prisoners(prisoners).addEvents(exchange).addFigures(one).build();
    List<Violation> found = Validator.defaults().validate(r).withCode(Rules.FIGURE_CAPTURED_MISMATCH);
    assertEquals(List.of("figures[f].count"), found.stream().map(Violation::path).toList());
    assertTrue(found.get(0).message().contains("but " + n + " prisoner records are linked to events[e] on the side "
        + "of Q"), found.get(0)::toString);
  }

  /**
   * The review's {@code ValDos6}: breakdowns of 4,900 parts each (core allows 10,000 in a report),
   * each a place within the bottom of a chain of places 100,000 deep: whether any part's place
   * lies within another's is settled without comparing the parts pairwise or walking the chain
   * once per part (a walk per part took 5 seconds for 8,000 parts in a chain 4,000 deep).
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aBreakdownOfThousandsOfPlacesInADeepChainIsCheckedOnce() {
    int depth = 100_000;
    int k = 4_900;
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      Place.Builder b = Place.builder().id(PlaceId.of("c" + i)).printedName("C");
      places.add(i + 1 < depth ? b.within(PlaceId.of("c" + (i + 1))).build() : b.build());
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      places.add(Place.builder().id(PlaceId.of("x" + i)).printedName("X").within(PlaceId.of("c0")).build());
      parts.add(Part.of(Count.exactly(1), Facet.place(PlaceId.of("x" + i))));
    }
    Figure sideBySide = Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(4_000)).addBreakdowns(Breakdown.partial(parts.toArray(new Part[0]))).build();
    List<Part> nested = new ArrayList<>(parts.subList(1, k));
    nested.add(Part.of(Count.exactly(1), Facet.place(PlaceId.of("c" + (depth / 2)))));
    Figure oneHoldsTheOthers = Figure.builder().id(FigureId.of("g")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.KILLED).count(Count.exactly(4_000)).addBreakdowns(Breakdown.partial(nested.toArray(new Part[0]))).build();
    Report r = base().places(places).addFigures(sideBySide, oneHoldsTheOthers).build();
    List<Violation> found = Validator.defaults().validate(r).withCode(Rules.FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL);
    assertEquals(List.of("figures[f].breakdowns[0]"), found.stream().map(Violation::path).toList(),
        "4,900 places side by side: 4,900 above 4,000; a part holding the others: no sum");
  }
}
