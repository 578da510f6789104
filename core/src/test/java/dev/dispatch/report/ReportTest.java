package dev.dispatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.event.Target;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.fixture.Expect;
import dev.dispatch.fixture.SampleReport;
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
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.PartialDate;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTest {

  private static final PlaceId KYIV = PlaceId.of("kyiv");
  private static final PartyId RUSSIA = PartyId.of("russia");
  private static final PartyId UKRAINE = PartyId.of("ukraine");
  private static final SourceId OWN = SourceId.of("own");
  private static final String GHOST = "ghost";

  /** A report with a place, a party and a source to refer to, and nothing else. */
  private static Report.Builder base() {
    return Report.builder().id(ReportId.of("r")).publisher("CNN").language("en")
        .addPlaces(Place.builder().id(KYIV).printedName("Kiev").build())
        .addParties(Party.of(RUSSIA, "Russia", PartyKind.STATE), Party.of(UKRAINE, "Ukraine", PartyKind.STATE))
        .addSources(OwnVoice.of(OWN, Voice.OBSERVATION));
  }

  private static Statement said(String id, Attribution attribution) {
    return Statement.builder().id(StatementId.of(id)).attribution(attribution).text("text").build();
  }

  private static Statement said(String id) {
    return said(id, Attribution.of(OWN, Mode.PARAPHRASE));
  }

  private static Figure.Builder figure(String id) {
    return Figure.builder().id(FigureId.of(id)).measure(Measure.FORCE_STRENGTH).count(Count.about(11_000));
  }

  private static Prisoner prisoner(String id, Particulars particulars) {
    return Prisoner.of(PrisonerId.of(id), particulars);
  }

  // --- ids ----------------------------------------------------------------------------------

  static Stream<Arguments> duplicateIds() {
    return Stream.of(
        duplicate("places", "place", "kyiv", r -> r.addPlaces(Place.builder().id(KYIV).printedName("Kyiv").build())),
        duplicate("parties", "party", "russia", r -> r.addParties(Party.of(RUSSIA, "the Russian Federation",
            PartyKind.STATE))),
        duplicate("sources", "source", "own", r -> r.addSources(OwnVoice.of(OWN, Voice.BACKGROUND))),
        duplicate("people", "person", "m", r -> r.addPeople(
            Individual.builder().id(PersonId.of("m")).description("his mother").build(),
            Individual.builder().id(PersonId.of("m")).description("her son").build())),
        duplicate("events", "event", "e", r -> r.addEvents(
            Event.builder().id(EventId.of("e")).kind(EventKind.STRIKE).build(),
            Event.builder().id(EventId.of("e")).kind(EventKind.SHELLING).build())),
        duplicate("statements", "statement", "s1", r -> r.addStatements(said("s1"), said("s1"))),
        duplicate("figures", "figure", "f", r -> r.addFigures(figure("f").build(),
            figure("f").count(Count.exactly(3)).build())),
        duplicate("prisoners", "prisoner", "p", r -> r.addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).build(),
            prisoner("p", Particulars.builder().addInjuries("jaw").build()))));
  }

  private static Arguments duplicate(String list, String kind, String id, Function<Report.Builder, Report.Builder> add) {
    return Arguments.of("Report." + list + ": duplicate " + kind + " id \"" + id + "\"", add);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicateIds")
  void idsAreUniqueWithinEachKind(String message, Function<Report.Builder, Report.Builder> add) {
    Expect.rejects(message, () -> add.apply(base()).build());
  }

  @Test
  void elementsOfDifferentKindsMayShareAnIdValue() {
    Report r = base().addSources(Person.builder().id(SourceId.of("kyiv")).name("A Kyiv resident").build())
        .addFigures(figure("kyiv").build()).addStatements(said("kyiv")).build();
    assertEquals("Kiev", r.place(KYIV).orElseThrow().printedName());
    assertEquals(Optional.of("A Kyiv resident"), r.source(SourceId.of("kyiv")).map(s -> s.label()));
    assertTrue(r.figure(FigureId.of("kyiv")).isPresent());
    assertTrue(r.statement(StatementId.of("kyiv")).isPresent());
  }

  // --- references -----------------------------------------------------------------------------

  /** One report per kind of cross-reference, in which that one reference points at nothing. */
  static Stream<Arguments> danglingReferences() {
    PlaceId ghostPlace = PlaceId.of(GHOST);
    PartyId ghostParty = PartyId.of(GHOST);
    SourceId ghostSource = SourceId.of(GHOST);
    FigureId ghostFigure = FigureId.of(GHOST);
    EventId ghostEvent = EventId.of(GHOST);
    PrisonerId ghostPrisoner = PrisonerId.of(GHOST);
    StatementId ghostStatement = StatementId.of(GHOST);
    Attribution ghostSays = Attribution.of(ghostSource, Mode.PARAPHRASE);
    ExchangeSide russia = ExchangeSide.of(RUSSIA);
    ExchangeSide ukraine = ExchangeSide.of(UKRAINE);
    return Stream.of(
        dangling("places", "p", ghostPlace, r -> r.addPlaces(Place.builder().id(PlaceId.of("p")).printedName("Belaya")
            .within(ghostPlace).build())),
        dangling("places", "p", ghostParty, r -> r.addPlaces(Place.builder().id(PlaceId.of("p")).printedName("Belaya")
            .addControl(Control.by(ghostParty)).build())),
        dangling("parties", "kpa", ghostParty, r -> r.addParties(Party.of(PartyId.of("kpa"), "KPA",
            PartyKind.ARMED_FORCES).plusRelation(PartyRelation.of(PartyRelation.Kind.FIGHTS_FOR, ghostParty)))),
        dangling("sources", "z", ghostSource, r -> r.addSources(Person.builder().id(SourceId.of("z")).name("Zelensky")
            .affiliation(ghostSource).build())),
        dangling("sources", "sbu", ghostSource, r -> r.addSources(organisation().parent(ghostSource).build())),
        dangling("sources", "sbu", ghostParty, r -> r.addSources(organisation().party(ghostParty).build())),
        dangling("sources", "d", ghostSource, r -> r.addSources(Anonymous.builder().id(SourceId.of("d"))
            .description("a doctor").anonymity(Anonymity.UNIDENTIFIED).affiliation(ghostSource).build())),
        dangling("sources", "c", ghostSource, r -> r.addSources(Collective.builder().id(SourceId.of("c"))
            .description("officials").addMembers(OWN, ghostSource).build())),
        dangling("sources", "c", ghostSource, r -> r.addSources(Collective.builder().id(SourceId.of("c"))
            .description("officials").affiliation(ghostSource).build())),
        dangling("sources", "m", PersonId.of(GHOST), r -> r.addSources(IndividualSource.of(SourceId.of("m"),
            PersonId.of(GHOST)))),
        dangling("people", "m", ghostPrisoner, r -> r.addPeople(mother(Relationship.of(Relationship.Kind.PARENT,
            ghostPrisoner)))),
        dangling("people", "m", PersonId.of(GHOST), r -> r.addPeople(mother(Relationship.of(Relationship.Kind.SPOUSE,
            PersonId.of(GHOST))))),
        dangling("events", "e", ghostPlace, r -> r.addEvents(strike().location(Location.near(ghostPlace)).build())),
        dangling("events", "e", ghostParty, r -> r.addEvents(strike().addActors(Actor.of(ghostParty)).build())),
        dangling("events", "e", ghostSource, r -> r.addEvents(strike().addActors(Actor.of(RUSSIA, ghostSays)).build())),
        dangling("events", "e", ghostPlace, r -> r.addEvents(strike().addTargets(Target.of("a hospital", ghostPlace))
            .build())),
        dangling("events", "e", ghostParty, r -> r.addEvents(swap().exchange(Exchange.between(russia,
            ExchangeSide.of(ghostParty))).build())),
        dangling("events", "e", ghostFigure, r -> r.addEvents(swap().exchange(Exchange.between(
            ExchangeSide.of(RUSSIA, ghostFigure), ukraine)).build())),
        dangling("events", "e", ghostSource, r -> r.addEvents(swap().exchange(Exchange.between(russia, ukraine)
            .withMediators(ghostSource)).build())),
        dangling("statements", "s", ghostSource, r -> r.addStatements(said("s", ghostSays))),
        dangling("statements", "s", ghostSource, r -> r.addStatements(said("s", Attribution.of(OWN, Mode.PARAPHRASE)
            .via(ghostSource, Mode.PARAPHRASE)))),
        dangling("statements", "s", ghostPlace, r -> r.addStatements(said("s").withLocation(Location.in(ghostPlace)))),
        dangling("statements", "s", ghostFigure, r -> r.addStatements(about(ghostFigure))),
        dangling("statements", "s", ghostEvent, r -> r.addStatements(about(ghostEvent))),
        dangling("statements", "s", ghostPrisoner, r -> r.addStatements(about(ghostPrisoner))),
        dangling("statements", "s", PersonId.of(GHOST), r -> r.addStatements(about(PersonId.of(GHOST)))),
        dangling("statements", "s", ghostParty, r -> r.addStatements(about(ghostParty))),
        dangling("statements", "s", ghostStatement, r -> r.addStatements(about(ghostStatement))),
        dangling("figures", "f", ghostPlace, r -> r.addFigures(figure("f").location(Location.in(ghostPlace)).build())),
        dangling("figures", "f", ghostParty, r -> r.addFigures(figure("f").population(Population.builder()
            .force(ghostParty).build()).build())),
        dangling("figures", "f", ghostParty, r -> r.addFigures(figure("f").population(Population.builder()
            .side(ghostParty).build()).build())),
        dangling("figures", "f", ghostEvent, r -> r.addFigures(figure("f").event(ghostEvent).build())),
        dangling("figures", "f", ghostSource, r -> r.addFigures(figure("f").addAttributions(ghostSays).build())),
        dangling("figures", "f", ghostFigure, r -> r.addFigures(figure("f")
            .addRelations(FigureRelation.revises(ghostFigure)).build())),
        dangling("figures", "f", ghostFigure, r -> r.addFigures(figure("f")
            .addRelations(FigureRelation.shareOf(ghostFigure, Proportion.most())).build())),
        dangling("figures", "f", ghostFigure, r -> r.addFigures(figure("g").build(), figure("f")
            .addRelations(FigureRelation.sumOf(FigureId.of("g"), ghostFigure)).build())),
        dangling("figures", "f", ghostFigure, r -> r.addFigures(figure("f")
            .addRelations(FigureRelation.excludedFrom(ghostFigure)).build())),
        dangling("figures", "f", ghostFigure, r -> r.addFigures(figure("f")
            .addRelations(FigureRelation.comparedWith(ghostFigure, StatementId.of("s"))).build())
            .addStatements(said("s"))),
        dangling("figures", "f", ghostStatement, r -> r.addFigures(figure("g").build(), figure("f")
            .addRelations(FigureRelation.comparedWith(FigureId.of("g"), ghostStatement)).build())),
        dangling("figures", "f", ghostPlace, r -> r.addFigures(figure("f").addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(1), Facet.place(ghostPlace)))).build())),
        dangling("figures", "f", ghostParty, r -> r.addFigures(figure("f").addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(1), Facet.party(ghostParty)))).build())),
        dangling("figures", "f", ghostParty, r -> r.addFigures(figure("f").addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(1), Facet.heldBy(ghostParty)))).build())),
        dangling("figures", "f", ghostSource, r -> r.addFigures(figure("f").addBreakdowns(Breakdown.partial(
            Part.builder().addFacets(Facet.age(AgeGroup.CHILD)).count(Count.exactly(1)).addAttributions(ghostSays)
                .build())).build())),
        dangling("figures", "f", ghostPlace, r -> r.addFigures(figure("f").addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(3), Facet.age(AgeGroup.CHILD)).plusBreakdown(Breakdown.partial(
                Part.of(Count.exactly(1), Facet.place(ghostPlace)))))).build())),
        dangling("prisoners", "p", ghostParty, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .force(ghostParty).build()))),
        dangling("prisoners", "p", ghostParty, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .side(ghostParty).build()))),
        dangling("prisoners", "p", ghostPlace, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .capture(Capture.at(Location.in(ghostPlace))).build()))),
        dangling("prisoners", "p", ghostParty, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .capture(Capture.by("paratroopers").withParty(ghostParty)).build()))),
        dangling("prisoners", "p", ghostEvent, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .capture(Capture.by("paratroopers").withEvent(ghostEvent)).build()))),
        dangling("prisoners", "p", ghostSource, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addCustody(Custody.heldBy(ghostSource)).build()))),
        dangling("prisoners", "p", ghostPlace, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addCustody(Custody.at(Location.in(ghostPlace))).build()))),
        dangling("prisoners", "p", ghostSource, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addCharges(Charge.of("mercenarism").withAuthority(ghostSource)).build()))),
        dangling("prisoners", "p", ghostPlace, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addTransfers(Transfer.of(TransferKind.RELEASED).withLocation(Location.at(ghostPlace))).build()))),
        dangling("prisoners", "p", ghostEvent, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addTransfers(Transfer.of(TransferKind.EXCHANGED).withEvent(ghostEvent)).build()))),
        dangling("prisoners", "p", ghostPlace, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addDocuments(Document.builder().kind("ID card").issuedTo(IssuedTo.ANOTHER_PERSON)
                .holderOrigin(ghostPlace).build()).build()))),
        dangling("prisoners", "p", ghostStatement, r -> r.addPrisoners(prisoner("p", Particulars.builder()
            .addStatements(ghostStatement).build()))),
        dangling("unlinked", "0", ghostPrisoner, r -> r.addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).build())
            .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("p"), ghostPrisoner),
                List.of(Particulars.none(), Particulars.none())))),
        dangling("unlinked", "0", ghostSource, r -> r.addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).build(),
            Prisoner.builder().id(PrisonerId.of("q")).build())
            .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("p"), PrisonerId.of("q")),
                List.of(Particulars.builder().addCustody(Custody.heldBy(ghostSource)).build(), Particulars.none())))));
  }

  private static Arguments dangling(String list, String holder, Id ghost, Function<Report.Builder, Report.Builder> add) {
    return Arguments.of("Report." + list + "[" + holder + "]: refers to " + ghost.kind() + " \"" + ghost
        + "\", which is not in the report", add);
  }

  private static Organisation.Builder organisation() {
    return Organisation.builder().id(SourceId.of("sbu")).name("SBU").kind(OrganisationKind.SECURITY_SERVICE);
  }

  private static Individual mother(Relationship relationship) {
    return Individual.builder().id(PersonId.of("m")).description("his mother").addRelationships(relationship).build();
  }

  private static Event.Builder strike() {
    return Event.builder().id(EventId.of("e")).kind(EventKind.STRIKE);
  }

  private static Event.Builder swap() {
    return Event.builder().id(EventId.of("e")).kind(EventKind.PRISONER_EXCHANGE);
  }

  private static Statement about(Id subject) {
    return Statement.builder().id(StatementId.of("s")).attribution(Attribution.of(OWN, Mode.PARAPHRASE)).text("text")
        .addAbout(subject).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void everyCrossReferenceMustResolve(String message, Function<Report.Builder, Report.Builder> add) {
    Expect.rejects(message, () -> add.apply(base()).build());
  }

  // --- cycles -------------------------------------------------------------------------------

  static Stream<Arguments> cycles() {
    Organisation a = organisation().id(SourceId.of("a")).parent(SourceId.of("b")).build();
    Organisation b = organisation().id(SourceId.of("b")).parent(SourceId.of("a")).build();
    Collective x = Collective.builder().id(SourceId.of("x")).description("x").addMembers(SourceId.of("y")).build();
    Collective y = Collective.builder().id(SourceId.of("y")).description("y").addMembers(SourceId.of("x")).build();
    Organisation memberOfItsMember = organisation().id(SourceId.of("o")).parent(SourceId.of("x")).build();
    Collective x2 = Collective.builder().id(SourceId.of("x")).description("x").addMembers(SourceId.of("o")).build();
    PartyId kpa = PartyId.of("kpa");
    return Stream.of(
        cycle("Report.sources[a]: parent or member chain cycles back to \"a\"", r -> r.addSources(a, b)),
        cycle("Report.sources[x]: parent or member chain cycles back to \"x\"", r -> r.addSources(x, y)),
        cycle("Report.sources[o]: parent or member chain cycles back to \"o\"", r -> r.addSources(memberOfItsMember, x2)),
        cycle("Report.places[kyiv]: \"within\" chain cycles back to \"kyiv\"", r -> r.places(List.of(
            Place.builder().id(KYIV).printedName("Kiev").within(PlaceId.of("ua")).build(),
            Place.builder().id(PlaceId.of("ua")).printedName("Ukraine").within(KYIV).build()))),
        cycle("Report.parties[russia]: member-of, part-of or controlled-by chain cycles back to \"russia\"",
            r -> r.parties(List.of(
                Party.of(RUSSIA, "Russia", PartyKind.STATE)
                    .plusRelation(PartyRelation.of(PartyRelation.Kind.CONTROLLED_BY, kpa)),
                Party.of(kpa, "KPA", PartyKind.ARMED_FORCES)
                    .plusRelation(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, RUSSIA))))),
        cycle("Report.figures[f]: revises, share-of or sum-of chain cycles back to \"f\"", r -> r.addFigures(
            figure("f").addRelations(FigureRelation.shareOf(FigureId.of("g"), Proportion.most())).build(),
            figure("g").addRelations(FigureRelation.sumOf(FigureId.of("h"), FigureId.of("f"))).build(),
            figure("h").build())));
  }

  private static Arguments cycle(String message, Function<Report.Builder, Report.Builder> add) {
    return Arguments.of(message, add);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cycles")
  void noElementIsItsOwnAncestor(String message, Function<Report.Builder, Report.Builder> add) {
    Expect.rejects(message, () -> add.apply(base()).build());
  }

  @Test
  void relationsThatAreNotHierarchiesMayGoBothWays() {
    Report r = base().parties(List.of(
            Party.of(RUSSIA, "Russia", PartyKind.STATE).plusRelation(PartyRelation.of(PartyRelation.Kind.ALLIED_WITH,
                UKRAINE)),
            Party.of(UKRAINE, "Ukraine", PartyKind.STATE).plusRelation(PartyRelation.of(
                PartyRelation.Kind.ALLIED_WITH, RUSSIA)).plusRelation(PartyRelation.of(PartyRelation.Kind.FIGHTS_FOR,
                RUSSIA))))
        .addStatements(said("why"))
        .addFigures(
            figure("f").addRelations(FigureRelation.comparedWith(FigureId.of("g"), StatementId.of("why")),
                FigureRelation.excludedFrom(FigureId.of("g"))).build(),
            figure("g").addRelations(FigureRelation.comparedWith(FigureId.of("f"), StatementId.of("why")),
                FigureRelation.excludedFrom(FigureId.of("f"))).build())
        .build();
    assertEquals(2, r.parties().size());
    assertEquals(2, r.figures().size());
  }

  // --- lookups and the copy itself ----------------------------------------------------------

  @Test
  void lookupsFindEachKindOfElementById() {
    Report r = SampleReport.report();
    assertEquals("Kiev", r.place(SampleReport.KYIV).orElseThrow().printedName());
    assertEquals("Russia", r.party(SampleReport.RUSSIA).orElseThrow().name());
    assertEquals("Antony Blinken, U.S. Secretary of State", r.source(SampleReport.BLINKEN).orElseThrow().label());
    assertEquals(SampleReport.MOTHER, r.person(SampleReport.MOTHER).orElseThrow().id());
    assertEquals(EventKind.STRIKE, r.event(SampleReport.STRIKE).orElseThrow().kind());
    assertTrue(r.statement(SampleReport.CAPTURED).orElseThrow().isDirectQuote());
    assertEquals(Count.about(11_000).withPhrase("about 11,000"), r.figure(SampleReport.TROOPS).orElseThrow().count());
    assertEquals(SampleReport.SECOND, r.prisoner(SampleReport.SECOND).orElseThrow().id());
    for (Id id : List.<Id>of(SampleReport.KYIV, SampleReport.RUSSIA, SampleReport.SBU, SampleReport.MOTHER,
        SampleReport.STRIKE, SampleReport.CAPTURED, SampleReport.TROOPS, SampleReport.FIRST)) {
      assertTrue(r.contains(id), id::toString);
    }
  }

  @Test
  void lookupsOfMissingIdsAreEmpty() {
    Report r = SampleReport.report();
    assertFalse(r.contains(PlaceId.of("kharkiv")));
    assertEquals(Optional.empty(), r.place(PlaceId.of("kharkiv")));
    assertEquals(Optional.empty(), r.party(PartyId.of("kyiv")), "a place's id value is not a party's");
    assertEquals(Optional.empty(), r.source(SourceId.of("kyiv")));
    assertEquals(Optional.empty(), r.person(PersonId.of("p1")), "a prisoner's id value is not a person's");
    assertEquals(Optional.empty(), r.event(EventId.of("troops")));
    assertEquals(Optional.empty(), r.statement(StatementId.of("strike")));
    assertEquals(Optional.empty(), r.figure(FigureId.of("captured")));
    assertEquals(Optional.empty(), r.prisoner(PrisonerId.of("mother")));
    assertFalse(r.contains(ReportId.of(r.id().value())), "a report does not contain itself");
  }

  @Test
  void aCopyWithoutItsHeadlineIsRepresentedAsIs() {
    Report cut = base().truncated(true).build();
    assertEquals(Optional.empty(), cut.headline());
    assertTrue(cut.truncated());
    Report headed = cut.withHeadline("Zelensky says two North Korean soldiers were captured");
    assertEquals(Optional.of("Zelensky says two North Korean soldiers were captured"), headed.headline());
    assertEquals(cut, Report.builder().id(ReportId.of("r")).publisher("CNN").language("en").truncated(true)
        .places(cut.places()).parties(cut.parties()).sources(cut.sources()).build());
  }

  @Test
  void theCreditIsKeptAsPrintedAndEachContributorOnce() {
    Report r = base().credit("By Sophie Tanno, Christian Edwards, Nick Paton Walsh, Nick Paton Walsh, CNN")
        .addContributors("Sophie Tanno", "Christian Edwards", "Nick Paton Walsh").build();
    assertEquals(List.of("Sophie Tanno", "Christian Edwards", "Nick Paton Walsh"), r.contributors());
    assertTrue(r.credit().orElseThrow().endsWith("Nick Paton Walsh, Nick Paton Walsh, CNN"));
  }

  @Test
  void historyAndFiguresAreEditedByCopy() {
    Report r = base().addFigures(figure("f").build()).build();
    Report updated = r.plusUpdate(Update.printed("This story has been updated.")).plusUpdate(Update.unspecified())
        .withPublished(PartialDate.of(2025, 1, 11).withUncertain(true)).withUrl(URI.create("https://cnn.com/x"));
    assertEquals(List.of(Update.printed("This story has been updated."), Update.unspecified()), updated.updates());
    Figure revised = figure("f").count(Count.about(12_000)).build();
    assertEquals(List.of(revised), updated.withFigure(revised).figures(), "replaces the figure with the same id");
    Figure added = figure("g").build();
    assertEquals(List.of(figure("f").build(), added), updated.withFigure(added).figures(), "appends a new one");
    assertSame(r, r.redacted(), "nothing to redact");
    Expect.rejects("Report.figures[h]: refers to figure \"ghost\", which is not in the report",
        () -> r.withFigure(figure("h").addRelations(FigureRelation.revises(FigureId.of(GHOST))).build()));
  }
}
