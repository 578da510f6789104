package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.CountingBasis;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outside review's realistic reports and false positives and negatives (its {@code Fp} and
 * {@code Realistic} programs), each with the findings a careful editor expects.
 */
class ReviewCasesTest {
  private static final SourceId S = SourceId.of("s");
  private static final PlaceId KURSK = PlaceId.of("x");

  private static Report.Builder base() {
    return Report.builder().id(ReportId.of("r")).publisher("P").language("en").headline("h")
        .published(PartialDate.of(2025, 1, 10))
        .addPlaces(Place.builder().id(KURSK).printedName("Kursk").build())
        .addSources(Organisation.builder().id(S).name("Ministry").kind(OrganisationKind.GOVERNMENT).build());
  }

  private static Figure figure(String id, Count c, Population p, Outcome... outcomes) {
    return Figure.builder().id(FigureId.of(id)).measure(Measure.PEOPLE).addOutcomes(outcomes).count(c)
        .location(Location.in(KURSK)).population(p).addAttributions(Attribution.of(S, Mode.PARAPHRASE)).build();
  }

  private static List<String> found(Report r) {
    return Validator.defaults().validate(r).violations().stream()
        .map(v -> v.severity() + " " + v.code() + " at " + v.path()).collect(Collectors.toList());
  }

  private static Population civilians() {
    return Population.builder().status(CombatantStatus.CIVILIANS).build();
  }

  @Test
  void populationsOfAnotherSexOrAgeAreNotTheSameThing() {
    Population women = Population.builder().status(CombatantStatus.CIVILIANS).sex(Sex.FEMALE).build();
    Population men = Population.builder().status(CombatantStatus.CIVILIANS).sex(Sex.MALE).build();
    Population children = Population.builder().status(CombatantStatus.CIVILIANS).ageGroup(AgeGroup.CHILD).build();
    assertEquals(List.of(), found(base().addFigures(figure("w", Count.exactly(9), women, Outcome.KILLED),
        figure("m", Count.exactly(16), men, Outcome.KILLED)).build()));
    assertEquals(List.of(), found(base().addFigures(figure("c", Count.exactly(25), civilians(), Outcome.KILLED),
        figure("k", Count.exactly(12), children, Outcome.KILLED)).build()));
  }

  @Test
  void populationsDescribedOnlyAreNotCompared() {
    assertEquals(List.of(), found(base().addFigures(
        figure("ru", Count.exactly(1_000), Population.builder().description("Russian soldiers").build(), Outcome.KILLED),
        figure("uk", Count.exactly(50), Population.builder().description("Ukrainian soldiers").build(),
            Outcome.KILLED)).build()));
  }

  @Test
  void estimatesTenfoldApartAreWorthKnowing() {
    assertEquals(List.of("INFO figure.estimates-diverge at figures[b].count"), found(base().addFigures(
        figure("a", Count.about(200), civilians(), Outcome.KILLED),
        figure("b", Count.about(20), civilians(), Outcome.KILLED)).build()));
    assertEquals(List.of(), found(base().addFigures(figure("a", Count.about(200), civilians(), Outcome.KILLED),
        figure("b", Count.about(60), civilians(), Outcome.KILLED)).build()));
  }

  @Test
  void aStatementMaySpeakOfTheFuture() {
    DateMention nextWeek = DateMention.of("next week", DateInterval.of(PartialDate.of(2025, 1, 13),
        PartialDate.of(2025, 1, 19)));
    assertEquals(List.of(), found(base().addStatements(Statement.builder().id(StatementId.of("st"))
        .attribution(Attribution.of(S, Mode.PARAPHRASE)).text("another exchange is expected next week")
        .eventTime(nextWeek).build()).build()));
    assertEquals(List.of("ERROR time.after-publication at events[next].time"), found(base().addEvents(
        Event.builder().id(EventId.of("next")).kind(EventKind.RELEASE).time(nextWeek).build()).build()));
  }

  @Test
  void aSumItsPartsCannotMake() {
    Figure a = Figure.builder().id(FigureId.of("a")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(7)).addAttributions(Attribution.of(S, Mode.PARAPHRASE)).build();
    Figure b = Figure.builder().id(FigureId.of("b")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(7)).addAttributions(Attribution.of(S, Mode.PARAPHRASE)).build();
    Report r = base().addFigures(figure("t", Count.exactly(10), civilians(), Outcome.KILLED)
        .plusRelation(FigureRelation.sumOf(FigureId.of("a"), FigureId.of("b"))), a, b).build();
    assertEquals(List.of("WARNING figure.sum-mismatch at figures[t].relations[0]"), found(r));
  }

  /** "157 came home", per Ukraine, "150", per Russia, and 150 returned to Russia: the sides disagree on one side. */
  @Test
  void anExchangesCountsOfBothSidesAreNotComparedWithEachOther() {
    PartyId ru = PartyId.of("ru");
    PartyId ua = PartyId.of("ua-p");
    SourceId mod = SourceId.of("ru-mod");
    SourceId coord = SourceId.of("ua-coord");
    Figure ruSays = Figure.builder().id(FigureId.of("ru-says")).measure(Measure.PEOPLE).addOutcomes(Outcome.EXCHANGED)
        .count(Count.exactly(150)).event(EventId.of("swap")).addAttributions(Attribution.of(mod, Mode.PARAPHRASE))
        .build();
    Figure uaSays = Figure.builder().id(FigureId.of("ua-says")).measure(Measure.PEOPLE).addOutcomes(Outcome.EXCHANGED)
        .count(Count.exactly(157)).event(EventId.of("swap")).addAttributions(Attribution.of(coord, Mode.PARAPHRASE))
        .build();
    Figure toRussia = Figure.builder().id(FigureId.of("to-ru")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.EXCHANGED).count(Count.exactly(150)).event(EventId.of("swap"))
        .addAttributions(Attribution.of(mod, Mode.PARAPHRASE)).build();
    Event swap = Event.builder().id(EventId.of("swap")).kind(EventKind.PRISONER_EXCHANGE)
        .time(DateMention.of(PartialDate.of(2025, 1, 5)))
        .exchange(Exchange.between(ExchangeSide.of(ua, FigureId.of("ru-says"), FigureId.of("ua-says")),
            ExchangeSide.of(ru, FigureId.of("to-ru")))).build();
    Report r = base().addParties(Party.of(ru, "Russia", PartyKind.STATE), Party.of(ua, "Ukraine", PartyKind.STATE))
        .addSources(Organisation.builder().id(mod).name("Russian Defence Ministry").kind(OrganisationKind.MILITARY)
                .party(ru).build(),
            Organisation.builder().id(coord).name("Coordination HQ").kind(OrganisationKind.GOVERNMENT).party(ua)
                .build())
        .addFigures(ruSays, uaSays, toRussia).addEvents(swap).build();
    assertEquals(List.of("INFO event.exchange-counts-disagree at events[swap].exchange.sides[0].counts"), found(r));
  }

  /** The UN's monitoring update: nested breakdowns, a cut-off with its time, and a daily figure over 24 hours. */
  @Test
  void aMonitoringUpdateWithADailyFigure() {
    PlaceId ukraine = PlaceId.of("ua");
    PlaceId kharkiv = PlaceId.of("kharkiv-oblast");
    SourceId ohchr = SourceId.of("ohchr");
    Part killed = Part.builder().addFacets(Facet.outcomes(Outcome.KILLED)).count(Count.exactly(12_654))
        .addBreakdowns(Breakdown.complete(
            Part.builder().addFacets(Facet.age(AgeGroup.ADULT), Facet.sex(Sex.MALE)).count(Count.exactly(7_500)).build(),
            Part.builder().addFacets(Facet.age(AgeGroup.ADULT), Facet.sex(Sex.FEMALE)).count(Count.exactly(4_500))
                .build(),
            Part.builder().addFacets(Facet.age(AgeGroup.CHILD), Facet.sex(Sex.MALE)).count(Count.exactly(350)).build(),
            Part.builder().addFacets(Facet.age(AgeGroup.CHILD), Facet.sex(Sex.FEMALE)).count(Count.exactly(250)).build(),
            Part.builder().addFacets(Facet.age(AgeGroup.CHILD), Facet.sex(Sex.UNKNOWN)).count(Count.exactly(54))
                .build()))
        .build();
    Part injured = Part.of(Count.exactly(29_392), Facet.outcomes(Outcome.WOUNDED));
    DateMention asOf = DateMention.of("as of 31 December", PartialDate.of(2024, 12, 31))
        .withTime(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC));
    Timeframe sinceTheInvasion = Timeframe.cumulative(DateMention.of("since 24 February 2022",
        PartialDate.of(2022, 2, 24)), asOf);
    Figure civilians = Figure.builder().id(FigureId.of("civ")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.KILLED, Outcome.WOUNDED).count(Count.exactly(42_046)).basis(CountingBasis.RECORDED)
        .population(civilians()).location(Location.in(ukraine)).timeframe(sinceTheInvasion)
        .addAttributions(Attribution.of(ohchr, Mode.DOCUMENT)).addBreakdowns(Breakdown.complete(killed, injured))
        .build();
    Figure region = Figure.builder().id(FigureId.of("kh")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(2_000)).basis(CountingBasis.RECORDED).population(civilians())
        .location(Location.in(kharkiv)).timeframe(sinceTheInvasion)
        .addAttributions(Attribution.of(ohchr, Mode.DOCUMENT)).build();
    Figure daily = Figure.builder().id(FigureId.of("daily")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(5)).location(Location.in(kharkiv))
        .timeframe(Timeframe.over(DurationMention.of("over the past 24 hours", Count.exactly(24)
            .withUnit(Unit.HOURS))))
        .addAttributions(Attribution.of(ohchr, Mode.PARAPHRASE)).build();
    Report r = base().addPlaces(Place.builder().id(ukraine).printedName("Ukraine").kind(PlaceKind.COUNTRY)
                .country(CountryCode.of("UA")).build(),
            Place.builder().id(kharkiv).printedName("Kharkiv region").kind(PlaceKind.REGION).within(ukraine).build())
        .addSources(Organisation.builder().id(ohchr).name("UN Human Rights Monitoring Mission in Ukraine")
            .kind(OrganisationKind.INTERNATIONAL_BODY).build())
        .addFigures(civilians, region, daily).build();
    assertEquals(List.of(), found(r));
  }
}
