package dev.dispatch.contract;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.event.Means;
import dev.dispatch.event.MeansKind;
import dev.dispatch.event.Target;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.fixture.Expect;
import dev.dispatch.fixture.Samples;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.source.Unspecified;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.RelativeTerm;
import dev.dispatch.time.Season;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invariant of every type, broken once: the construction throws an
 * {@link IllegalArgumentException} whose message is {@code Type.field: what was expected}. The
 * report's own checks (ids, references, cycles) and the fit of parts to their whole have their own
 * tests ({@code ReportTest}, {@code FigureTest}).
 */
class InvariantMessagesTest {

  private static final SourceId S = SourceId.of("s");
  private static final PrisonerId P1 = PrisonerId.of("p1");
  private static final PrisonerId P2 = PrisonerId.of("p2");
  private static final String LONGEST_TEXT = "x".repeat(Checks.MAX_TEXT);

  static Stream<Arguments> invariants() {
    return Stream.of(ids(), counts(), time(), places(), parties(), sources(), statements(), figures(), events(),
        people(), prisoners(), reports()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invariants")
  void aBrokenInvariantNamesTypeAndField(String field, String expected, Executable construction) {
    Expect.rejects(field + ": " + expected, construction);
  }

  private static Arguments row(String field, String expected, Executable construction) {
    return Arguments.of(field, expected, construction);
  }

  private static Stream<Arguments> ids() {
    String syntax = "expected 1 to 64 characters of [A-Za-z0-9._:-] starting with a letter or digit, got ";
    return Stream.of(
        row("SourceId.value", syntax + "\"-x\"", () -> SourceId.of("-x")),
        row("StatementId.value", syntax + "\"\"", () -> StatementId.of("")),
        row("FigureId.value", syntax + "\"a b\"", () -> FigureId.of("a b")),
        row("PrisonerId.value", syntax + "\"p/1\"", () -> PrisonerId.of("p/1")),
        row("PlaceId.value", syntax + "\"" + "k".repeat(65) + "\"", () -> PlaceId.of("k".repeat(65))),
        row("ReportId.value", syntax + "\"r?\"", () -> ReportId.of("r?")),
        row("EventId.value", syntax + "\".e\"", () -> EventId.of(".e")),
        row("PartyId.value", syntax + "\"é\"", () -> PartyId.of("é")),
        row("PersonId.value", syntax + "\"a@b\"", () -> PersonId.of("a@b")));
  }

  private static Stream<Arguments> counts() {
    return Stream.of(
        row("Count.number", "expected 0 to 2^53 - 1, got -1", () -> Count.exactly(-1)),
        row("Count.number", "expected 0 to 2^53 - 1, got " + (Count.MAX + 1), () -> Count.atLeast(Count.MAX + 1)),
        row("Count.number", "expected at least 1 for FEWER_THAN, got 0", () -> Count.fewerThan(0)),
        row("Count.number", "expected 0 to 2^53 - 1, got -3", () -> Count.between(-3, 4)),
        row("Count.rangeEnd", "expected at least the range's first number 93, got 60", () -> Count.between(93, 60)),
        row("Count.rangeEnd", "expected 0 to 2^53 - 1, got " + (Count.MAX + 1), () -> Count.between(0, Count.MAX + 1)),
        row("Count.qualifier", "expected a qualifier of one number, got BETWEEN", () -> Count.of(Qualifier.BETWEEN, 1)),
        row("Count.qualifier", "expected a qualifier of one number, got MAGNITUDE",
            () -> Count.of(Qualifier.MAGNITUDE, 1)),
        row("Count.qualifier", "expected a qualifier of one number, got UNQUANTIFIED",
            () -> Count.of(Qualifier.UNQUANTIFIED, 1)),
        row("Count.qualifier", "expected a qualifier of one number, got UNKNOWN", () -> Count.of(Qualifier.UNKNOWN, 1)),
        row("Count.noun", "must not be blank", () -> Count.exactly(1).withNoun(" ")),
        row("Count.noun", "expected at most 64 characters, got 65", () -> Count.exactly(1).withNoun("n".repeat(65))),
        row("Count.phrase", "must not be blank", () -> Count.exactly(1).withPhrase("\t")),
        row("Count.phrase", "expected at most " + Checks.MAX_TEXT + " characters, got " + (Checks.MAX_TEXT + 1),
            () -> Count.exactly(1).withPhrase(LONGEST_TEXT + "x")),
        row("Count.estimate", "must be absent for UNKNOWN: a count with an estimate is about(n)",
            () -> Count.unknown().withEstimate(3)),
        row("Count.estimate", "must be absent for EXACTLY, whose number is already the best value",
            () -> Count.exactly(3).withEstimate(3)),
        row("Count.estimate", "must be absent for ABOUT, whose number is already the best value",
            () -> Count.about(3).withEstimate(3)),
        row("Count.estimate", "must be absent for NEARLY, whose number is already the best value",
            () -> Count.nearly(3).withEstimate(3)),
        row("Count.estimate", "expected a value within the bounds [60, 93], got 94",
            () -> Count.between(60, 93).withEstimate(94)),
        row("Count.estimate", "expected a value within the bounds [1001, unbounded], got 1000",
            () -> Count.moreThan(1_000).withEstimate(1_000)),
        row("Count.estimate", "expected 0 to 2^53 - 1, got -1", () -> Count.atLeast(0).withEstimate(-1)),
        row("Count.estimate", "expected 0 to 2^53 - 1, got " + (Count.MAX + 1),
            () -> Count.moreThan(Count.MAX - 1).withEstimate(Count.MAX + 1)),
        row("Unit.code", "expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"Km²\"",
            () -> Unit.of("Km²")),
        row("Unit.code", "expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"\"", () -> Unit.of("")),
        row("Proportion.qualifier", "expected one of [EXACTLY, ABOUT, NEARLY, APPROACHING, MORE_THAN, AT_LEAST, "
            + "AT_MOST, FEWER_THAN], got BETWEEN", () -> Proportion.of(Qualifier.BETWEEN, 1, 2)),
        row("Proportion.denominator", "expected 1 to 1000000, got 0", () -> Proportion.exactly(0, 0)),
        row("Proportion.denominator", "expected 1 to 1000000, got 1000001", () -> Proportion.exactly(1, 1_000_001)),
        row("Proportion.numerator", "expected 0 to the denominator 4, got 5", () -> Proportion.exactly(5, 4)),
        row("Proportion.numerator", "expected 0 to the denominator 4, got -1", () -> Proportion.exactly(-1, 4)),
        row("Proportion.numerator", "\"more than\" the whole is not a share of it",
            () -> Proportion.of(Qualifier.MORE_THAN, 1, 1)),
        row("Proportion.numerator", "\"fewer than\" nothing is not a share",
            () -> Proportion.of(Qualifier.FEWER_THAN, 0, 3)),
        row("Proportion.phrase", "must not be blank", () -> Proportion.most().withPhrase("")));
  }

  private static Stream<Arguments> time() {
    PartialDate february = PartialDate.of(2025, 2);
    return Stream.of(
        row("PartialDate.year", "expected 0 to 9999, got 10000", () -> PartialDate.ofYear(10_000)),
        row("PartialDate.year", "expected 0 to 9999, got -1", () -> PartialDate.of(-1, Season.WINTER)),
        row("PartialDate.year", "a year, a month or a season is required", () -> PartialDate.builder().build()),
        row("PartialDate.month", "expected 1 to 12, got 13", () -> PartialDate.of(2025, 13)),
        row("PartialDate.month", "expected 1 to 12, got 0", () -> PartialDate.builder().month(0).build()),
        row("PartialDate.day", "needs a month", () -> PartialDate.builder().year(2025).day(9).build()),
        row("PartialDate.day", "expected 1 to 31, got 32", () -> PartialDate.builder().month(1).day(32).build()),
        row("PartialDate.day", "day 30 does not exist in month 2 of 2025", () -> PartialDate.of(2025, 2, 30)),
        row("PartialDate.day", "day 29 does not exist in month 2 of 2025", () -> PartialDate.of(2025, 2, 29)),
        row("PartialDate.day", "day 30 does not exist in month 2", () -> PartialDate.builder().month(2).day(30).build()),
        row("PartialDate.season", "excludes month and day",
            () -> PartialDate.builder().year(2025).month(1).season(Season.WINTER).build()),
        row("DateInterval.start", "a start or an end is required",
            () -> new DateInterval(Optional.empty(), Optional.empty())),
        row("DateInterval.end", "expected not before the start 2025-02, got 2025-01",
            () -> DateInterval.of(february, PartialDate.of(2025, 1))),
        row("DateMention.phrase", "a phrase, a value or a time is required", () -> DateMention.builder().build()),
        row("DateMention.phrase", "must not be blank", () -> DateMention.unresolved(" ")),
        row("DateMention.reference", "needs a resolved value",
            () -> DateMention.unresolved("on Saturday").withReference(Samples.red(Reference.class))),
        row("DateMention.relative", "needs a phrase", () -> DateMention.builder()
            .time(ClockTime.of(LocalTime.NOON)).relative(RelativeTerm.EARLIER).build()),
        row("DateMention.relative", "excludes a value: a relative term marks a phrase no reference resolves",
            () -> DateMention.builder().phrase("earlier").value(february).relative(RelativeTerm.EARLIER).build()),
        row("ClockTime.time", "expected whole seconds, got 18:00:00.500",
            () -> ClockTime.of(LocalTime.of(18, 0, 0, 500_000_000))),
        row("DurationMention.length", "expected a unit of time (hours, days, weeks, months, years), got persons",
            () -> DurationMention.of(Count.exactly(2))),
        row("DurationMention.phrase", "must not be blank",
            () -> DurationMention.of("", Count.exactly(2).withUnit(Unit.DAYS))),
        row("Season.code", "expected 21 to 24, got 25", () -> Season.ofCode(25)));
  }

  private static Stream<Arguments> places() {
    PlaceId kyiv = PlaceId.of("kyiv");
    return Stream.of(
        row("CountryCode.alpha2", "expected an ISO 3166-1 alpha-2 code such as \"UA\", or XK, got \"ZZ\"",
            () -> CountryCode.of("ZZ")),
        row("CountryCode.alpha2", "expected an ISO 3166-1 alpha-2 code such as \"UA\", or XK, got \"ukraine-...\"",
            () -> CountryCode.of("ukraine-and-more")),
        row("Coordinates.latitude", "expected -90 to 90, got 91.0", () -> Coordinates.of(91, 0, GeoPrecision.EXACT)),
        row("Coordinates.latitude", "expected -90 to 90, got NaN",
            () -> Coordinates.of(Double.NaN, 0, GeoPrecision.EXACT)),
        row("Coordinates.longitude", "expected -180 to 180, got -180.5",
            () -> Coordinates.of(0, -180.5, GeoPrecision.EXACT)),
        row("Location.places", "must be distinct", () -> Location.of(Relation.IN, kyiv, kyiv)),
        row("Location.places", "a place or a phrase is required", () -> Location.of(Relation.NEAR)),
        row("Location.phrase", "must not be blank", () -> Location.in(kyiv).withPhrase(" ")),
        row("Place.printedName", "must not be blank", () -> Place.builder().id(kyiv).printedName("").build()),
        row("Place.printedName", "expected at most " + Checks.MAX_TEXT + " characters, got " + (Checks.MAX_TEXT + 1),
            () -> Place.builder().id(kyiv).printedName(LONGEST_TEXT + "x").build()),
        row("Place.canonicalName", "must not be blank",
            () -> Place.builder().id(kyiv).printedName("Kiev").canonicalName(" ").build()),
        row("Place.aliases", "must not be blank",
            () -> Place.builder().id(kyiv).printedName("Kiev").addAliases("Kiew", " ").build()),
        row("Place.aliases", "must not list the same text twice",
            () -> Place.builder().id(kyiv).printedName("Kiev").addAliases("Kiew", "Kiew").build()),
        row("Place.geonamesId", "expected a positive id, got 0",
            () -> Place.builder().id(kyiv).printedName("Kiev").geonamesId(0).build()),
        row("Place.within", "must not be the place itself",
            () -> Place.builder().id(kyiv).printedName("Kiev").within(kyiv).build()));
  }

  private static Stream<Arguments> parties() {
    PartyId russia = PartyId.of("russia");
    PartyRelation allied = PartyRelation.of(PartyRelation.Kind.ALLIED_WITH, PartyId.of("belarus"));
    return Stream.of(
        row("Party.name", "must not be blank", () -> Party.of(russia, " ", PartyKind.STATE)),
        row("Party.aliases", "must not list the same text twice",
            () -> Party.builder().id(russia).name("Russia").kind(PartyKind.STATE).addAliases("RF", "RF").build()),
        row("Party.relations", "must not relate the party to itself",
            () -> Party.of(russia, "Russia", PartyKind.STATE)
                .plusRelation(PartyRelation.of(PartyRelation.Kind.ALLIED_WITH, russia))),
        row("Party.relations", "must not list the same relation twice",
            () -> Party.of(russia, "Russia", PartyKind.STATE).plusRelation(allied).plusRelation(allied)));
  }

  private static Stream<Arguments> sources() {
    return Stream.of(
        row("Person.name", "must not be blank", () -> Person.builder().id(S).name(" ").build()),
        row("Person.role", "must not be blank", () -> Person.builder().id(S).name("Zelensky").build().withRole("")),
        row("Organisation.name", "must not be blank",
            () -> Organisation.builder().id(S).name("").kind(OrganisationKind.MILITARY).build()),
        row("Organisation.abbreviation", "must not be blank",
            () -> Organisation.builder().id(S).name("SBU").abbreviation(" ").kind(OrganisationKind.MILITARY).build()),
        row("Organisation.parent", "must not be the organisation itself",
            () -> Organisation.builder().id(S).name("SBU").kind(OrganisationKind.MILITARY).parent(S).build()),
        row("Anonymous.description", "must not be blank",
            () -> Anonymous.builder().id(S).description(" ").anonymity(Anonymity.UNIDENTIFIED).build()),
        row("Anonymous.reason", "must not be blank", () -> Anonymous.builder().id(S).description("an official")
            .anonymity(Anonymity.GRANTED).build().withReason(" ")),
        row("Collective.description", "must not be blank", () -> Collective.of(S, " ")),
        row("Collective.members", "must not include the collective itself",
            () -> Collective.builder().id(S).description("officials").addMembers(S).build()),
        row("Collective.members", "must be distinct, got [a, a]", () -> Collective.builder().id(S)
            .description("officials").addMembers(SourceId.of("a"), SourceId.of("a")).build()),
        row("Collective.reason", "must not be blank", () -> Collective.builder().id(S).description("officials")
            .anonymity(Anonymity.GRANTED).reason("").build()),
        row("Collective.reason", "explains an anonymity, so anonymity is required",
            () -> Collective.builder().id(S).description("officials").reason("not authorised").build()),
        row("Unspecified.phrase", "must not be blank", () -> Unspecified.of(S, " ")),
        row("Channel.platform", "must not be blank", () -> Channel.post("")),
        row("Hedge.phrase", "must not be blank", () -> Hedge.of(HedgeKind.REPORTEDLY, " ")),
        row("Attribution.links", "at least one link is required", () -> Attribution.of(List.of())));
  }

  private static Stream<Arguments> statements() {
    return Stream.of(
        row("Statement.text", "must not be blank", () -> said().text(" ").build()),
        row("Statement.about", "must hold distinct ids, got [kyiv, kyiv]",
            () -> said().text("t").addAbout(PlaceId.of("kyiv"), PlaceId.of("kyiv")).build()),
        row("Statement.about", "must not refer to a report", () -> said().text("t").addAbout(ReportId.of("r")).build()),
        row("Statement.about", "must not refer to the statement itself",
            () -> said().text("t").addAbout(StatementId.of("st")).build()));
  }

  private static Stream<Arguments> figures() {
    Part child = Part.of(Count.exactly(1), Facet.age(AgeGroup.CHILD));
    Attribution un = Attribution.of(S, Mode.DOCUMENT);
    return Stream.of(
        row("Facet.outcomes", "at least one outcome is required", () -> new Facet.Outcomes(Set.of())),
        row("Facet.outcomes", "UNSPECIFIED stands alone", () -> Facet.outcomes(Outcome.KILLED, Outcome.UNSPECIFIED)),
        row("Facet.name", "must not be blank", () -> Facet.label(" ", "drowned")),
        row("Facet.value", "must not be blank", () -> Facet.label("cause", "")),
        row("Facet.name", "expected at most 64 characters", () -> Facet.label("c".repeat(65), "drowned")),
        row("FigureRelation.parts", "at least two figures are summed, got 1", () -> FigureRelation.sumOf(FigureId.of("a"))),
        row("FigureRelation.parts", "must be distinct", () -> FigureRelation.sumOf(FigureId.of("a"), FigureId.of("a"))),
        row("FigureRelation.baseDescription", "must not be blank",
            () -> FigureRelation.shareOf(Proportion.most(), " ")),
        row("Timeframe.since", "a start or a cut-off is required",
            () -> new Timeframe.Cumulative(Optional.empty(), Optional.empty())),
        row("Breakdown.parts", "at least one part is required", () -> Breakdown.partial()),
        row("Breakdown.parts", "must not hold two parts with the same facets",
            () -> Breakdown.complete(child, child.withCount(Count.exactly(2)))),
        row("Part.facets", "at least one facet is required", () -> Part.of(Count.exactly(1))),
        row("Part.facets", "must not hold two facets of dimension AGE",
            () -> Part.of(Count.exactly(1), Facet.age(AgeGroup.CHILD),
                Facet.age(AgeGroup.ADULT))),
        row("Part.facets", "must not hold two facets of dimension LABEL:cause",
            () -> Part.of(Count.exactly(1), Facet.label("cause", "drowned"), Facet.label("cause", "shot"))),
        row("Part.attributions", "must be distinct", () -> Part.builder().addFacets(Facet.sex(Sex.MALE))
            .count(Count.exactly(1)).addAttributions(un, un).build()),
        row("Population.description", "at least one attribute is required", () -> Population.builder().build()),
        row("Population.description", "must not be blank", () -> Population.builder().description(" ").build()),
        row("Figure.outcomes", "at least one outcome is required for PEOPLE",
            () -> Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).count(Count.exactly(1)).build()),
        row("Figure.outcomes", "UNSPECIFIED stands alone, got [KILLED, UNSPECIFIED]",
            () -> killed().addOutcomes(Outcome.UNSPECIFIED).build()),
        row("Figure.outcomes", "must be empty for FORCE_STRENGTH, got [KILLED]",
            () -> killed().measure(Measure.FORCE_STRENGTH).build()),
        row("Figure.outcomePhrase", "must not be blank", () -> killed().outcomePhrase(" ").build()),
        row("Figure.outcomePhrase", "needs outcomes", () -> Figure.builder().id(FigureId.of("f"))
            .measure(Measure.TERRITORY).count(Count.exactly(1).withUnit(Unit.SQUARE_KILOMETRES)).outcomePhrase("taken")
            .build()),
        row("Figure.count", "expected a count of persons for PEOPLE, got km2",
            () -> killed().count(Count.exactly(1).withUnit(Unit.SQUARE_KILOMETRES)).build()),
        row("Figure.count", "expected a unit of area for TERRITORY, got persons", () -> Figure.builder()
            .id(FigureId.of("f")).measure(Measure.TERRITORY).count(Count.exactly(1)).build()),
        row("Figure.attributions", "must be distinct", () -> killed().addAttributions(un, un).build()),
        row("Figure.relations", "must be distinct", () -> killed().addRelations(
            FigureRelation.revises(FigureId.of("g")), FigureRelation.revises(FigureId.of("g"))).build()));
  }

  private static Stream<Arguments> events() {
    ExchangeSide russia = ExchangeSide.of(PartyId.of("russia"));
    return Stream.of(
        row("Event.label", "must not be blank", () -> strike().label(" ").build()),
        row("Event.label", "required for OTHER", () -> Event.builder().id(EventId.of("e")).kind(EventKind.OTHER).build()),
        row("Event.exchange", "belongs only to a PRISONER_EXCHANGE, not to STRIKE",
            () -> strike().exchange(Samples.red(Exchange.class)).build()),
        row("Event.actors", "must be distinct",
            () -> strike().addActors(Actor.of(PartyId.of("ru")), Actor.of(PartyId.of("ru"))).build()),
        row("Event.means", "must be distinct",
            () -> strike().addMeans(Means.of(MeansKind.DRONE), Means.of(MeansKind.DRONE)).build()),
        row("Means.phrase", "must not be blank", () -> Means.of(MeansKind.DRONE, " ")),
        row("Means.phrase", "required for OTHER", () -> Means.of(MeansKind.OTHER)),
        row("Target.description", "must not be blank", () -> Target.of("")),
        row("Exchange.sides", "expected two sides, got 1", () -> new Exchange(List.of(russia), List.of())),
        row("Exchange.sides", "expected two different parties", () -> Exchange.between(russia, russia)),
        row("Exchange.mediators", "must be distinct", () -> Exchange.between(russia, ExchangeSide.of(PartyId.of("ua")))
            .withMediators(S, S)),
        row("ExchangeSide.counts", "must be distinct",
            () -> ExchangeSide.of(PartyId.of("ua"), FigureId.of("f"), FigureId.of("f"))));
  }

  private static Stream<Arguments> people() {
    PersonId mother = PersonId.of("mother");
    return Stream.of(
        row("Individual.description", "must not be blank", () -> Individual.builder().id(mother).description(" ").build()),
        row("Individual.rank", "must not be blank", () -> mother().rank("").build()),
        row("Individual.age", "expected a count in a unit of time, got persons", () -> mother().age(Count.about(50)).build()),
        row("Individual.age", "expected an age of at most 150 years, got at least 500 years",
            () -> mother().age(Count.exactly(500).withUnit(Unit.YEARS)).build()),
        row("Individual.health", "must not be blank", () -> mother().addHealth(" ").build()),
        row("Individual.health", "must not list the same text twice", () -> mother().addHealth("frail", "frail").build()),
        row("Individual.relationships", "must be distinct", () -> mother().addRelationships(
            Relationship.of(Relationship.Kind.PARENT, P1), Relationship.of(Relationship.Kind.PARENT, P1)).build()),
        row("Individual.relationships", "must not relate the person to itself",
            () -> mother().addRelationships(Relationship.of(Relationship.Kind.RELATIVE, mother)).build()),
        row("Relationship.to", "expected a prisoner or a person of the report, got a place",
            () -> Relationship.of(Relationship.Kind.PARENT, PlaceId.of("kyiv"))),
        row("Relationship.phrase", "must not be blank", () -> Relationship.of(Relationship.Kind.PARENT, P1, " ")),
        row("Protected.note", "must not be blank", () -> Protected.withheld(" ")));
  }

  private static Stream<Arguments> prisoners() {
    return Stream.of(
        row("Capture.date", "a date, a location, a capturing unit, a party or an event is required",
            () -> new Capture(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
        row("Capture.by", "must not be blank", () -> Capture.by(" ")),
        row("Custody.holder", "a holder, a location, a period or conditions are required",
            () -> new Custody(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
        row("Custody.conditions", "must not be blank", () -> Custody.heldBy(S).withConditions("")),
        row("Charge.article", "an article or a description is required",
            () -> new Charge(Optional.empty(), Optional.of("Criminal Code"), Optional.empty(), Optional.empty(),
                Optional.empty())),
        row("Charge.article", "must not be blank", () -> Charge.under(" ", "Criminal Code of Ukraine")),
        row("Charge.code", "must not be blank", () -> Charge.under("Article 438", " ")),
        row("Charge.description", "must not be blank", () -> Charge.of(" ")),
        row("Interpreting.language", "a language, interpreters or assistance is required",
            () -> new Interpreting(Optional.empty(), Optional.empty(), Optional.empty())),
        row("Interpreting.language", "expected a BCP 47 tag such as \"en\", got \"korean language\"",
            () -> Interpreting.in("korean language")),
        row("Interpreting.interpreters", "must not be blank", () -> Interpreting.through(" ")),
        row("Interpreting.assistedBy", "must not be blank", () -> Interpreting.in("ko").withAssistedBy("")),
        row("Document.kind", "must not be blank", () -> Document.builder().kind(" ").build()),
        row("Document.issuer", "must not be blank", () -> card().issuer("").build()),
        row("Document.holderDescription", "must not be blank",
            () -> card().issuedTo(IssuedTo.ANOTHER_PERSON).holderDescription(" ").build()),
        row("Document.holderDescription", "describes a holder other than the carrier, so issuedTo must be "
            + "ANOTHER_PERSON", () -> card().holderDescription("another man").build()),
        row("Document.holderOrigin", "describes a holder other than the carrier, so issuedTo must be ANOTHER_PERSON",
            () -> card().issuedTo(IssuedTo.CARRIER).holderOrigin(PlaceId.of("tuva")).build()),
        row("Particulars.documents", "must be empty when carriedNoDocuments is true",
            () -> Particulars.builder().carriedNoDocuments(true).addDocuments(card().build()).build()),
        row("Particulars.wounded", "must not be NOT_WOUNDED when injuries are listed",
            () -> Particulars.builder().wounded(Wounded.NOT_WOUNDED).addInjuries("broken leg").build()),
        row("Particulars.injuries", "must not be blank", () -> Particulars.builder().addInjuries(" ").build()),
        row("Particulars.injuries", "must not list the same text twice",
            () -> Particulars.builder().addInjuries("jaw", "jaw").build()),
        row("Particulars.health", "must not be blank", () -> Particulars.builder().addHealth("").build()),
        row("Particulars.rank", "must not be blank", () -> Particulars.builder().rank(" ").build()),
        row("Particulars.age", "expected a count in a unit of time, got tonnes",
            () -> Particulars.builder().age(Count.exactly(20).withUnit(Unit.TONNES)).build()),
        row("Particulars.age", "expected an age of at most 150 years, got at least 2000 months",
            () -> Particulars.builder().age(Count.atLeast(2_000).withUnit(Unit.MONTHS)).build()),
        row("Particulars.statements", "must be distinct",
            () -> Particulars.builder().addStatements(StatementId.of("s"), StatementId.of("s")).build()),
        row("UnlinkedFacts.among", "at least two prisoners are required, got 1",
            () -> UnlinkedFacts.of(List.of(P1), List.of(Particulars.none(), Particulars.none()))),
        row("UnlinkedFacts.among", "must be distinct",
            () -> UnlinkedFacts.of(List.of(P1, P1), List.of(Particulars.none(), Particulars.none()))),
        row("UnlinkedFacts.shares", "at least one share is required",
            () -> UnlinkedFacts.of(List.of(P1, P2), List.of())),
        row("UnlinkedFacts.shares", "expected at most one share per prisoner (2), got 3", () -> UnlinkedFacts.of(
            List.of(P1, P2), List.of(Particulars.none(), Particulars.none(), Particulars.none()))));
  }

  private static Stream<Arguments> reports() {
    return Stream.of(
        row("Report.headline", "must not be blank", () -> report().headline(" ").build()),
        row("Report.standfirst", "must not be blank", () -> report().standfirst("").build()),
        row("Report.publisher", "must not be blank", () -> report().publisher("\n").build()),
        row("Report.credit", "must not be blank", () -> report().credit(" ").build()),
        row("Report.dateline", "must not be blank", () -> report().dateline(" ").build()),
        row("Report.contributors", "must not be blank", () -> report().addContributors("Sophie Tanno", " ").build()),
        row("Report.contributors", "must not list the same text twice",
            () -> report().addContributors("Nick Paton Walsh", "Nick Paton Walsh").build()),
        row("Report.pictureCredits", "must not list the same text twice",
            () -> report().addPictureCredits("SBU", "SBU").build()),
        row("Report.language", "expected a BCP 47 tag such as \"en\", got \"english please\"",
            () -> report().language("english please").build()),
        row("Report.language", "expected a BCP 47 tag such as \"en\", got 65 characters",
            () -> report().language("e".repeat(65)).build()),
        row("Update.text", "must not be blank", () -> Update.printed("")),
        row("Syndication.agency", "must not be blank", () -> Syndication.of(" ")));
  }

  private static Statement.Builder said() {
    return Statement.builder().id(StatementId.of("st")).attribution(Attribution.of(S, Mode.PARAPHRASE));
  }

  private static Figure.Builder killed() {
    return Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(3));
  }

  private static Event.Builder strike() {
    return Event.builder().id(EventId.of("e")).kind(EventKind.STRIKE);
  }

  private static Individual.Builder mother() {
    return Individual.builder().id(PersonId.of("mother")).description("his mother");
  }

  private static Document.Builder card() {
    return Document.builder().kind("military identification card");
  }

  private static Report.Builder report() {
    return Report.builder().id(ReportId.of("r")).publisher("CNN").language("en");
  }
}
