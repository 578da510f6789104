package dev.dispatch.validation;

import static dev.dispatch.validation.Base.ANALYST;
import static dev.dispatch.validation.Base.CAPTURE;
import static dev.dispatch.validation.Base.CITY;
import static dev.dispatch.validation.Base.HOSPITAL;
import static dev.dispatch.validation.Base.INSIDER;
import static dev.dispatch.validation.Base.KPA;
import static dev.dispatch.validation.Base.MOD;
import static dev.dispatch.validation.Base.OBLAST;
import static dev.dispatch.validation.Base.RU;
import static dev.dispatch.validation.Base.RUSSIA;
import static dev.dispatch.validation.Base.RU_MOD;
import static dev.dispatch.validation.Base.SOLDIER;
import static dev.dispatch.validation.Base.STRIKE;
import static dev.dispatch.validation.Base.UA;
import static dev.dispatch.validation.Base.UKRAINE;
import static dev.dispatch.validation.Base.UN;
import static dev.dispatch.validation.Base.base;
import static dev.dispatch.validation.Base.bare;
import static dev.dispatch.validation.Base.day;
import static dev.dispatch.validation.Base.killed;
import static dev.dispatch.validation.Base.people;
import static dev.dispatch.validation.Base.said;
import static dev.dispatch.validation.Base.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.CountingBasis;
import dev.dispatch.figure.CountingScope;
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
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.RelativeTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule, table-driven: for each case a report that triggers the rule (exactly one
 * violation, at the exact path, with the message's key words) and a near-identical report that
 * does not. Each rule runs alone through {@link Findings#of(Rule, Settings)}, as a user's unit
 * test of a house rule would.
 */
class RulesTest {

  /**
   * One case.
   *
   * @param name what it shows
   * @param code the rule
   * @param settings the settings it runs with
   * @param fires a report it finds exactly one violation in
   * @param clean a near-identical report it finds nothing in
   * @param path the violation's path
   * @param message words the message contains
   */
  record Case(String name, String code, Settings settings, Report fires, Report clean, String path, String message) {
    @Override
    public String toString() {
      return code + ": " + name;
    }
  }

  private static Case of(String name, String code, Report fires, Report clean, String path, String message) {
    return new Case(name, code, Settings.defaults(), fires, clean, path, message);
  }

  private static Case of(String name, String code, Settings settings, Report fires, Report clean, String path,
      String message) {
    return new Case(name, code, settings, fires, clean, path, message);
  }

  static Rule rule(String code) {
    return Validator.defaultRules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  static List<Violation> check(String code, Settings settings, Report report) {
    Rule rule = rule(code);
    Findings findings = Findings.of(rule, settings);
    rule.check(report, findings);
    return findings.result().violations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesOnceAtThePathAndNotOnTheCleanTwin(Case c) {
    List<Violation> found = check(c.code(), c.settings(), c.fires());
    assertEquals(1, found.size(), found.toString());
    Violation v = found.get(0);
    assertEquals(c.code(), v.code());
    assertEquals(rule(c.code()).defaultSeverity(), v.severity());
    assertEquals(c.path(), v.path());
    assertTrue(v.message().contains(c.message()), () -> "\"" + c.message() + "\" not in: " + v.message());
    assertEquals(List.of(), check(c.code(), c.settings(), c.clean()));
  }

  @Test
  void everyBuiltInRuleHasACase() {
    Set<String> covered = cases().map(Case::code).collect(Collectors.toSet());
    Set<String> all = Validator.defaultRules().stream().map(Rule::code).collect(Collectors.toSet());
    assertEquals(all, covered);
  }

  @Test
  void theCleanBaseHasNoFindings() {
    assertEquals(List.of(), Validator.defaults().validate(base().build()).violations());
  }

  static Stream<Case> cases() {
    List<Case> all = new ArrayList<>();
    time(all);
    figures(all);
    breakdowns(all);
    relations(all);
    sums(all);
    exchanges(all);
    sources(all);
    privacy(all);
    detention(all);
    style(all);
    return all.stream();
  }

  // --- time and the copy -------------------------------------------------------------------

  private static void time(List<Case> all) {
    all.add(of("a statement said after publication", Rules.TIME_AFTER_PUBLICATION,
        base().addStatements(Statement.builder().id(StatementId.of("s")).text("t")
            .attribution(said(ANALYST).withWhen(DateMention.of("on Friday", PartialDate.of(2025, 1, 17)))).build())
            .build(),
        base().addStatements(Statement.builder().id(StatementId.of("s")).text("t")
            .attribution(said(ANALYST).withWhen(DateMention.of("on Saturday", PartialDate.of(2025, 1, 11)))).build())
            .build(),
        "statements[s].attribution.links[0].when", "said 2025-01-17, after the publication date 2025-01-12"));
    all.add(of("a custody spell that starts after publication", Rules.TIME_AFTER_PUBLICATION,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured()
            .addCustody(Custody.heldBy(MOD).withPeriod(DateMention.of(DateInterval.from(PartialDate.of(2025, 2, 1)))))
            .build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured()
            .addCustody(Custody.heldBy(MOD).withPeriod(DateMention.of(DateInterval.from(PartialDate.of(2025, 1, 1)))))
            .build())).build(),
        "prisoners[p].particulars.custody[0].period", "dated 2025-02-01/.., after the publication date"));
    DateMention nextWeek = DateMention.of("next week", DateInterval.of(PartialDate.of(2025, 1, 13),
        PartialDate.of(2025, 1, 19)));
    all.add(of("an event after publication; what a statement speaks of may be to come", Rules.TIME_AFTER_PUBLICATION,
        base().addEvents(Event.builder().id(EventId.of("next")).kind(EventKind.RELEASE).time(nextWeek).build())
            .build(),
        base().addStatements(statement("s", ANALYST, "another exchange is expected next week")
            .withEventTime(nextWeek)).build(),
        "events[next].time", "dated 2025-01-13/2025-01-19, after the publication date 2025-01-12"));
    all.add(of("a length of time that ends after publication", Rules.TIME_AFTER_PUBLICATION,
        base().addFigures(killed("f", Count.exactly(5)).timeframe(Timeframe.over(
            DurationMention.of("over the past 24 hours", Count.exactly(24).withUnit(Unit.HOURS)), day(1, 13))).build())
            .build(),
        base().addFigures(killed("f", Count.exactly(5)).timeframe(Timeframe.over(
            DurationMention.of("over the past 24 hours", Count.exactly(24).withUnit(Unit.HOURS)), day(1, 12))).build())
            .build(),
        "figures[f].timeframe.ending", "dated 2025-01-13, after the publication date 2025-01-12"));
    all.add(of("an update before publication", Rules.TIME_UPDATE_BEFORE_PUBLICATION,
        base().addUpdates(Update.on(PartialDate.of(2025, 1, 10))).build(),
        base().addUpdates(Update.on(PartialDate.of(2025, 1, 13))).build(),
        "updates[0].when", "updated 2025-01-10, before the publication date 2025-01-12"));
    all.add(of("a relative phrase left unresolved", Rules.TIME_UNRESOLVED_RELATIVE,
        base().addStatements(statement("s", ANALYST, "t").withEventTime(DateMention.unresolved("on Saturday"))).build(),
        base().addStatements(statement("s", ANALYST, "t")
            .withEventTime(DateMention.relative("earlier", RelativeTerm.EARLIER))).build(),
        "statements[s].eventTime", "\"on Saturday\" is not resolved although the publication date 2025-01-12"));
    all.add(of("a copy without its headline", Rules.REPORT_HEADLINE_MISSING,
        bare().build(), base().build(), "headline", "the copy has no headline"));
  }

  // --- figures -------------------------------------------------------------------------------

  private static void figures(List<Case> all) {
    Figure bare = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.about(11_000))
        .build();
    all.add(of("a figure with no source", Rules.FIGURE_UNATTRIBUTED,
        base().addFigures(bare).build(),
        base().addFigures(bare.plusAttribution(said(UN))).build(),
        "figures[f]", "figures[f] (about 11000, per no source) has no source"));

    all.add(of("equal outcomes whose bounds do not overlap", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.moreThan(1_000)).build(),
            killed("b", Count.exactly(50)).attributions(List.of(said(MOD))).build()).build(),
        base().addFigures(killed("a", Count.moreThan(1_000)).build(),
            killed("b", Count.about(1_200)).attributions(List.of(said(MOD))).build()).build(),
        "figures[b].count", "figures[b] (exactly 50, per Ministry of Defence of Ukraine) contradicts figures[a] "
            + "(more than 1000, per A. Analyst)"));
    all.add(of("killed above killed or wounded", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.atLeast(1_200)).build(),
            people("b", Count.fewerThan(1_000), Outcome.KILLED, Outcome.WOUNDED).build()).build(),
        base().addFigures(killed("a", Count.atLeast(1_200)).build(),
            people("b", Count.moreThan(1_000), Outcome.KILLED, Outcome.WOUNDED).build()).build(),
        "figures[b].count", "killed alone (figures[a]) cannot exceed killed or wounded (figures[b])"));
    all.add(of("populations compared on structured fields, not descriptions", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.exactly(10)).build(),
            killed("b", Count.exactly(20)).population(Population.builder().description("Moscow's soldiers")
                .nationality(CountryCode.of("RU")).side(RU).status(CombatantStatus.COMBATANTS).build()).build())
            .build(),
        base().addFigures(killed("a", Count.exactly(10)).build(),
            killed("b", Count.exactly(20)).population(Population.builder().description("Russian troops")
                .nationality(CountryCode.of("RU")).side(RU).status(CombatantStatus.CIVILIANS).build()).build())
            .build(),
        "figures[b].count", "contradicts figures[a]"));
    all.add(of("a recorded minimum is at least its number", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.exactly(25)).build(), killed("b", Count.exactly(30)).build()).build(),
        base().addFigures(killed("a", Count.exactly(25)).basis(CountingBasis.RECORDED).build(),
            killed("b", Count.exactly(30)).build()).build(),
        "figures[b].count", "contradicts figures[a]"));
    all.add(of("figures anchored to nothing are not compared", Rules.FIGURE_CONTRADICTION,
        base().addFigures(people("a", Count.atMost(100), Outcome.KILLED).build(),
            people("b", Count.exactly(300), Outcome.KILLED).build()).build(),
        base().addFigures(Figure.builder().id(FigureId.of("a")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
                .count(Count.atMost(100)).addAttributions(said(MOD)).build(),
            Figure.builder().id(FigureId.of("b")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
                .count(Count.exactly(300)).addAttributions(said(ANALYST)).build()).build(),
        "figures[b].count", "contradicts figures[a]"));
    all.add(of("a revision is not a contradiction", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.exactly(25)).build(), killed("b", Count.exactly(41)).build()).build(),
        base().addFigures(killed("a", Count.exactly(25)).build(),
            killed("b", Count.exactly(41)).addRelations(FigureRelation.revises(FigureId.of("a"))).build()).build(),
        "figures[b].count", "contradicts figures[a]"));

    Population children = Population.builder().nationality(CountryCode.of("UA")).status(CombatantStatus.CIVILIANS)
        .ageGroup(AgeGroup.CHILD).build();
    Population civilians = Population.builder().nationality(CountryCode.of("UA")).status(CombatantStatus.CIVILIANS)
        .build();
    all.add(of("age groups are compared", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.exactly(10)).population(children).build(),
            killed("b", Count.exactly(20)).population(children).build()).build(),
        base().addFigures(killed("a", Count.exactly(10)).population(civilians).build(),
            killed("b", Count.exactly(20)).population(children).build()).build(),
        "figures[b].count", "contradicts figures[a]"));
    all.add(of("populations described only are compared with none", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("ru", Count.exactly(1_000)).location(Location.in(CITY)).build(),
            killed("ua", Count.exactly(50)).location(Location.in(CITY)).build()).build(),
        base().addFigures(killed("ru", Count.exactly(1_000)).location(Location.in(CITY))
                .population(Population.builder().description("Russian soldiers").build()).build(),
            killed("ua", Count.exactly(50)).location(Location.in(CITY))
                .population(Population.builder().description("Ukrainian soldiers").build()).build()).build(),
        "figures[ua].count", "contradicts figures[ru]"));
    EventId swap = EventId.of("swap");
    Figure toUkraine = Figure.builder().id(FigureId.of("to-ua")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.EXCHANGED).count(Count.exactly(157)).event(swap).addAttributions(said(MOD)).build();
    Figure toRussia = Figure.builder().id(FigureId.of("to-ru")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.EXCHANGED).count(Count.exactly(150)).event(swap).addAttributions(said(RU_MOD)).build();
    all.add(of("the counts of one exchange, either side, are not compared", Rules.FIGURE_CONTRADICTION,
        base().addEvents(Event.builder().id(swap).kind(EventKind.PRISONER_EXCHANGE)
            .exchange(Exchange.between(ExchangeSide.of(UA), ExchangeSide.of(RU))).build())
            .addFigures(toUkraine, toRussia).build(),
        base().addEvents(Event.builder().id(swap).kind(EventKind.PRISONER_EXCHANGE)
            .exchange(Exchange.between(ExchangeSide.of(UA, FigureId.of("to-ua")), ExchangeSide.of(RU,
                FigureId.of("to-ru")))).build())
            .addFigures(toUkraine, toRussia).build(),
        "figures[to-ru].count", "contradicts figures[to-ua]"));
    Timeframe past24Hours = Timeframe.over(DurationMention.of("over the past 24 hours",
        Count.exactly(24).withUnit(Unit.HOURS)), day(1, 11));
    all.add(of("figures over the same length of time", Rules.FIGURE_CONTRADICTION,
        base().addFigures(killed("a", Count.exactly(5)).timeframe(past24Hours).build(),
            killed("b", Count.exactly(9)).timeframe(Timeframe.over(DurationMention.of("in the last day",
                Count.exactly(24).withUnit(Unit.HOURS)), day(1, 11))).build()).build(),
        base().addFigures(killed("a", Count.exactly(5)).timeframe(past24Hours).build(),
            killed("b", Count.exactly(9)).timeframe(Timeframe.during(day(1, 11))).build()).build(),
        "figures[b].count", "contradicts figures[a]"));

    all.add(of("estimates more than tenfold apart", Rules.FIGURE_ESTIMATES_DIVERGE,
        base().addFigures(killed("a", Count.about(200)).build(), killed("b", Count.about(20)).build()).build(),
        base().addFigures(killed("a", Count.about(200)).build(), killed("b", Count.about(25)).build()).build(),
        "figures[b].count", "figures[b] (about 20, per A. Analyst) and figures[a] (about 200, per A. Analyst) put "
            + "forward values at least 10 times apart"));
    all.add(of("an estimate a tenth of a minimum", Rules.FIGURE_ESTIMATES_DIVERGE,
        base().addFigures(killed("a", Count.atLeast(600)).build(), killed("b", Count.about(50)).build()).build(),
        base().addFigures(killed("a", Count.atLeast(600)).build(), killed("b", Count.about(61)).build()).build(),
        "figures[b].count", "put forward values at least 10 times apart"));
    all.add(of("a contradiction is not also a divergence", Rules.FIGURE_ESTIMATES_DIVERGE,
        base().addFigures(killed("a", Count.exactly(5)).build(), killed("b", Count.about(100)).build()).build(),
        base().addFigures(killed("a", Count.exactly(5)).build(), killed("b", Count.exactly(100)).build()).build(),
        "figures[b].count", "their bounds do not contradict"));

    Figure toll = killed("toll", Count.exactly(41)).event(STRIKE).scope(CountingScope.EVENT)
        .location(Location.in(CITY)).build();
    Figure.Builder atHospital = killed("bodies", Count.exactly(12)).event(STRIKE).scope(CountingScope.FACILITY)
        .location(Location.at(HOSPITAL)).attributions(List.of(said(MOD)));
    all.add(of("a hospital's count beside the event's toll", Rules.FIGURE_FACILITY_SCOPE,
        base().addFigures(toll, atHospital.build()).build(),
        base().addFigures(toll, Base.killed("bodies", Count.exactly(12)).scope(CountingScope.FACILITY)
            .location(Location.at(HOSPITAL)).attributions(List.of(said(MOD))).build()).build(),
        "figures[bodies].scope", "A facility's count is part of the toll, not a competing toll"));
    all.add(of("a hospital's count above the event's toll", Rules.FIGURE_FACILITY_SCOPE,
        base().addFigures(toll, atHospital.count(Count.exactly(50)).build()).build(),
        base().addFigures(toll, atHospital.event(CAPTURE).build()).build(),
        "figures[bodies].scope", "the facility's count is above the toll, which may be out of date"));

    all.add(of("a phrase that reads as another number", Rules.FIGURE_PHRASE_MISMATCH,
        base().addFigures(killed("f", Count.exactly(5).withPhrase("more than a million")).build()).build(),
        base().addFigures(killed("f", Count.exactly(5).withPhrase("five")).build()).build(),
        "figures[f].count", "the phrase \"more than a million\" reads as more than 1000000, the count holds exactly 5"));
    all.add(of("a magnitude word above the count; an unreadable phrase is none", Rules.FIGURE_PHRASE_MISMATCH,
        base().addFigures(killed("f", Count.exactly(5).withPhrase("dozens"))
            .addBreakdowns(Breakdown.partial(Part.of(Count.exactly(2).withPhrase("two"), Facet.sex(Sex.MALE))))
            .build()).build(),
        base().addFigures(killed("f", Count.exactly(5).withPhrase("a handful, the police said")).build()).build(),
        "figures[f].count", "reads as dozens"));
    all.add(of("a part's phrase, at depth two", Rules.FIGURE_PHRASE_MISMATCH,
        base().addFigures(killed("f", Count.exactly(50))
            .addBreakdowns(Breakdown.partial(Part.of(Count.exactly(20), Facet.status(CombatantStatus.CIVILIANS))
                .plusBreakdown(Breakdown.partial(Part.of(Count.exactly(3).withPhrase("12"), Facet.sex(Sex.FEMALE))))))
            .build()).build(),
        base().addFigures(killed("f", Count.exactly(50))
            .addBreakdowns(Breakdown.partial(Part.of(Count.exactly(20), Facet.status(CombatantStatus.CIVILIANS))
                .plusBreakdown(Breakdown.partial(Part.of(Count.exactly(3).withPhrase("3"), Facet.sex(Sex.FEMALE))))))
            .build()).build(),
        "figures[f].breakdowns[0].parts[0].breakdowns[0].parts[0].count", "the phrase \"12\" reads as exactly 12"));

    Prisoner p1 = Prisoner.of(PrisonerId.of("p1"), Particulars.builder()
        .capture(Capture.at(Location.in(OBLAST)).withEvent(CAPTURE)).build());
    Prisoner p2 = Prisoner.of(PrisonerId.of("p2"), Particulars.builder()
        .capture(Capture.at(Location.in(OBLAST)).withEvent(CAPTURE)).build());
    Figure.Builder capturedInEvent = people("c", Count.exactly(1), Outcome.CAPTURED).event(CAPTURE);
    all.add(of("more records linked to the capture than its count allows", Rules.FIGURE_CAPTURED_MISMATCH,
        base().addFigures(capturedInEvent.build()).addPrisoners(p1, p2).build(),
        base().addFigures(capturedInEvent.count(Count.exactly(30)).build()).addPrisoners(p1, p2).build(),
        "figures[c].count", "but 2 prisoner records are linked to events[capture]"));
    Figure captured = people("c", Count.exactly(3), Outcome.CAPTURED).build();
    all.add(of("records with no event are the whole count", Rules.FIGURE_CAPTURED_MISMATCH,
        base().addFigures(captured).addPrisoners(Base.prisoner("p1"), Base.prisoner("p2")).build(),
        base().addFigures(captured.withCount(Count.exactly(2))).addPrisoners(Base.prisoner("p1"), Base.prisoner("p2"))
            .build(),
        "figures[c].count", "but the report holds 2 prisoner records"));

    Settings parties = Settings.defaults().withParties(UKRAINE, RUSSIA);
    all.add(of("Russian losses per Ukraine's ministry", Rules.FIGURE_PARTISAN_SOURCE, parties,
        base().addFigures(killed("f", Count.moreThan(300)).attributions(List.of(said(MOD))).build()).build(),
        base().addFigures(killed("f", Count.moreThan(300)).attributions(List.of(said(UN))).build()).build(),
        "figures[f].attributions", "counts people of Russia and comes only from sources speaking for Ukraine"));
    all.add(of("relayed by an independent body, still the ministry's number", Rules.FIGURE_PARTISAN_SOURCE, parties,
        base().addFigures(killed("f", Count.moreThan(300)).attributions(List.of(said(MOD).via(UN, Mode.PARAPHRASE)))
            .build()).build(),
        base().addFigures(killed("f", Count.moreThan(300))
            .attributions(List.of(said(MOD).via(UN, Mode.PARAPHRASE), said(UN))).build()).build(),
        "figures[f].attributions", "comes only from sources speaking for Ukraine"));
    all.add(of("a force fighting for a party is on its side", Rules.FIGURE_PARTISAN_SOURCE, parties,
        base().addFigures(killed("f", Count.moreThan(300)).population(Population.builder()
            .description("North Korean troops").force(KPA).build()).attributions(List.of(said(MOD))).build()).build(),
        base().addFigures(killed("f", Count.moreThan(300)).population(Population.builder()
            .description("North Korean troops").force(KPA).build()).attributions(List.of(said(RU_MOD))).build())
            .build(),
        "figures[f].attributions", "counts people of Russia"));
    all.add(civilWar());
  }

  /** Two parties of one country: the army's figure of the paramilitary's dead. */
  private static Case civilWar() {
    PartyId saf = PartyId.of("saf");
    PartyId rsf = PartyId.of("rsf");
    Report.Builder sudan = base().addParties(
            Party.builder().id(saf).name("the army").kind(PartyKind.ARMED_FORCES).country(CountryCode.of("SD")).build(),
            Party.builder().id(rsf).name("the RSF").kind(PartyKind.PARAMILITARY).country(CountryCode.of("SD")).build(),
            Party.builder().id(PartyId.of("militia")).name("an allied militia").kind(PartyKind.MILITIA)
                .addRelations(PartyRelation.of(PartyRelation.Kind.FIGHTS_FOR, saf)).build())
        .addSources(Organisation.builder().id(SourceId.of("army-spokesman-office")).name("army spokesman's office")
                .kind(OrganisationKind.MILITARY).party(saf).build(),
            Organisation.builder().id(SourceId.of("militia-media")).name("militia media office")
                .kind(OrganisationKind.MEDIA).party(PartyId.of("militia")).build(),
            Person.builder().id(SourceId.of("rsf-commander")).name("An RSF Commander")
                .affiliation(SourceId.of("rsf-office")).build(),
            Organisation.builder().id(SourceId.of("rsf-office")).name("RSF office").kind(OrganisationKind.ARMED_GROUP)
                .party(rsf).build());
    Population rsfFighters = Population.builder().description("RSF fighters").nationality(CountryCode.of("SD"))
        .side(rsf).build();
    Figure.Builder f = people("f", Count.about(200), Outcome.KILLED).population(rsfFighters);
    return of("a civil war: the army's militia on the RSF's dead", Rules.FIGURE_PARTISAN_SOURCE,
        Settings.defaults().withParties(Base.civilWar().toArray(new Party[0])),
        sudan.addFigures(f.attributions(List.of(said(SourceId.of("militia-media")))).build()).build(),
        base().addParties(
                Party.builder().id(saf).name("the army").kind(PartyKind.ARMED_FORCES).country(CountryCode.of("SD"))
                    .build(),
                Party.builder().id(rsf).name("the RSF").kind(PartyKind.PARAMILITARY).country(CountryCode.of("SD"))
                    .build())
            .addSources(Organisation.builder().id(SourceId.of("rsf-office")).name("RSF office")
                    .kind(OrganisationKind.ARMED_GROUP).party(rsf).build(),
                Person.builder().id(SourceId.of("rsf-commander")).name("An RSF Commander")
                    .affiliation(SourceId.of("rsf-office")).build())
            .addFigures(people("f", Count.about(200), Outcome.KILLED).population(rsfFighters)
                .attributions(List.of(said(SourceId.of("rsf-commander")))).build()).build(),
        "figures[f].attributions", "counts people of the RSF and comes only from sources speaking for the army");
  }

  // --- breakdowns ----------------------------------------------------------------------------

  private static void breakdowns(List<Case> all) {
    all.add(of("a part that may exceed its whole", Rules.FIGURE_BREAKDOWN_MAY_EXCEED_TOTAL,
        base().addFigures(killed("f", Count.atMost(20))
            .addBreakdowns(Breakdown.partial(Part.of(Count.atLeast(5), Facet.age(dev.dispatch.figure.AgeGroup.CHILD))))
            .build()).build(),
        base().addFigures(killed("f", Count.atMost(20))
            .addBreakdowns(Breakdown.partial(Part.of(Count.between(5, 12),
                Facet.age(dev.dispatch.figure.AgeGroup.CHILD)))).build()).build(),
        "figures[f].breakdowns[0].parts[0].count", "may be unbounded, above its whole's upper bound 20"));
    all.add(of("a nested part that may exceed its part", Rules.FIGURE_BREAKDOWN_MAY_EXCEED_TOTAL,
        base().addFigures(killed("f", Count.exactly(100))
            .addBreakdowns(Breakdown.partial(Part.of(Count.atMost(20), Facet.status(CombatantStatus.CIVILIANS))
                .plusBreakdown(Breakdown.partial(Part.of(Count.between(5, 30), Facet.sex(Sex.FEMALE)))))).build())
            .build(),
        base().addFigures(killed("f", Count.exactly(100))
            .addBreakdowns(Breakdown.partial(Part.of(Count.atMost(20), Facet.status(CombatantStatus.CIVILIANS))
                .plusBreakdown(Breakdown.partial(Part.of(Count.between(5, 20), Facet.sex(Sex.FEMALE)))))).build())
            .build(),
        "figures[f].breakdowns[0].parts[0].breakdowns[0].parts[0].count", "may be as many as 30, above its whole's "
            + "upper bound 20"));

    all.add(of("complete parts above the whole", Rules.FIGURE_BREAKDOWN_CANNOT_SUM,
        base().addFigures(killed("f", Count.exactly(25)).addBreakdowns(Breakdown.complete(
            Part.of(Count.exactly(12), Facet.sex(Sex.MALE)), Part.of(Count.exactly(9), Facet.sex(Sex.FEMALE)),
            Part.of(Count.exactly(10), Facet.sex(Sex.UNKNOWN)))).build()).build(),
        base().addFigures(killed("f", Count.exactly(25)).addBreakdowns(Breakdown.complete(
            Part.of(Count.exactly(12), Facet.sex(Sex.MALE)), Part.of(Count.exactly(9), Facet.sex(Sex.FEMALE)),
            Part.of(Count.exactly(4), Facet.sex(Sex.UNKNOWN)))).build()).build(),
        "figures[f].breakdowns[0]", "the parts add up to at least 31, above the whole's upper bound 25"));
    all.add(of("complete parts below the whole, nested", Rules.FIGURE_BREAKDOWN_CANNOT_SUM,
        base().addFigures(killed("f", Count.exactly(100)).addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(25), Facet.status(CombatantStatus.CIVILIANS)).plusBreakdown(Breakdown.complete(
                Part.of(Count.atMost(5), Facet.sex(Sex.MALE)), Part.of(Count.atMost(5), Facet.sex(Sex.FEMALE))))))
            .build()).build(),
        base().addFigures(killed("f", Count.exactly(100)).addBreakdowns(Breakdown.partial(
            Part.of(Count.exactly(25), Facet.status(CombatantStatus.CIVILIANS)).plusBreakdown(Breakdown.partial(
                Part.of(Count.atMost(5), Facet.sex(Sex.MALE)), Part.of(Count.atMost(5), Facet.sex(Sex.FEMALE))))))
            .build()).build(),
        "figures[f].breakdowns[0].parts[0].breakdowns[0]", "the parts add up to at most 10, below the whole's lower "
            + "bound 25"));

    all.add(of("distinct partial parts above the whole", Rules.FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL,
        base().addFigures(killed("f", Count.atMost(20)).addBreakdowns(Breakdown.partial(
            Part.of(Count.atLeast(12), Facet.sex(Sex.FEMALE)), Part.of(Count.atLeast(10), Facet.sex(Sex.MALE))))
            .build()).build(),
        base().addFigures(killed("f", Count.atMost(20)).addBreakdowns(Breakdown.partial(
            Part.of(Count.atLeast(12), Facet.sex(Sex.FEMALE)),
            Part.of(Count.atLeast(10), Facet.age(dev.dispatch.figure.AgeGroup.CHILD)))).build()).build(),
        "figures[f].breakdowns[0]", "the parts, which do not overlap, add up to at least 22, above the whole's upper "
            + "bound 20"));
    all.add(of("places within places may overlap", Rules.FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL,
        base().addFigures(killed("f", Count.atMost(20)).addBreakdowns(Breakdown.partial(
            Part.of(Count.atLeast(12), Facet.place(Base.KYIV)), Part.of(Count.atLeast(10), Facet.place(CITY))))
            .build()).build(),
        base().addFigures(killed("f", Count.atMost(20)).addBreakdowns(Breakdown.partial(
            Part.of(Count.atLeast(12), Facet.place(OBLAST)), Part.of(Count.atLeast(10), Facet.place(CITY))))
            .build()).build(),
        "figures[f].breakdowns[0]", "add up to at least 22"));
  }

  // --- relations -----------------------------------------------------------------------------

  private static void relations(List<Case> all) {
    Figure earlier = killed("e", Count.atLeast(25)).timeframe(Timeframe.asOf(day(1, 10))).build();
    Figure.Builder later = killed("l", Count.exactly(41)).addRelations(FigureRelation.revises(FigureId.of("e")));
    all.add(of("a revision cut off before what it revises", Rules.FIGURE_REVISION_OUT_OF_ORDER,
        base().addFigures(earlier, later.timeframe(Timeframe.asOf(day(1, 8))).build()).build(),
        base().addFigures(earlier, later.timeframe(Timeframe.asOf(day(1, 10))).build()).build(),
        "figures[l].relations[0]", "its cut-off (2025-01-08 at the latest) is before that of the figure it revises "
            + "(2025-01-10 at the earliest)"));
    Figure said = killed("e", Count.atLeast(25)).attributions(List.of(said(ANALYST).withWhen(day(1, 10)))).build();
    all.add(of("a revision said before what it revises", Rules.FIGURE_REVISION_OUT_OF_ORDER,
        base().addFigures(said, killed("l", Count.exactly(41)).addRelations(FigureRelation.revises(FigureId.of("e")))
            .attributions(List.of(said(MOD).withWhen(day(1, 9)))).build()).build(),
        base().addFigures(said, killed("l", Count.exactly(41)).addRelations(FigureRelation.revises(FigureId.of("e")))
            .attributions(List.of(said(MOD).withWhen(DateMention.of(PartialDate.of(2025, 1))))).build()).build(),
        "figures[l].relations[0]", "when it was said (2025-01-09 at the latest)"));

    Figure base = Figure.builder().id(FigureId.of("base")).measure(Measure.PEOPLE).addOutcomes(Outcome.DISPLACED)
        .count(Count.exactly(3_000)).addAttributions(said(UN)).build();
    Figure.Builder share = Figure.builder().id(FigureId.of("share")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.DISPLACED).count(Count.exactly(1_000)).addAttributions(said(UN));
    all.add(of("a share of a whole with no figure", Rules.FIGURE_SHARE_BASE_MISSING,
        base().addFigures(share.addRelations(FigureRelation.shareOf(Proportion.percent(40).withPhrase("40%"),
            "the city's population")).build()).build(),
        base().addFigures(base, Figure.builder().id(FigureId.of("share")).measure(Measure.PEOPLE)
            .addOutcomes(Outcome.DISPLACED).count(Count.exactly(1_000)).addAttributions(said(UN))
            .addRelations(FigureRelation.shareOf(FigureId.of("base"), Proportion.exactly(1, 3))).build()).build(),
        "figures[share].relations[0].base", "is a share (40%) of \"the city's population\", for which the report "
            + "gives no figure"));
    all.add(of("a share its base does not allow", Rules.FIGURE_SHARE_INCONSISTENT,
        base().addFigures(base, Figure.builder().id(FigureId.of("share")).measure(Measure.PEOPLE)
            .addOutcomes(Outcome.DISPLACED).count(Count.exactly(1_500)).addAttributions(said(UN))
            .addRelations(FigureRelation.shareOf(FigureId.of("base"),
                Proportion.of(Qualifier.NEARLY, 1, 3).withPhrase("nearly a third"))).build()).build(),
        base().addFigures(base, Figure.builder().id(FigureId.of("share")).measure(Measure.PEOPLE)
            .addOutcomes(Outcome.DISPLACED).count(Count.exactly(1_500)).addAttributions(said(UN))
            .addRelations(FigureRelation.shareOf(FigureId.of("base"),
                Proportion.of(Qualifier.EXACTLY, 1, 2).withPhrase("half"))).build()).build(),
        "figures[share].count", "is said to be nearly a third of figures[base] (exactly 3000, per UN monitoring "
            + "mission), which allows between 0 and 1000"));
  }

  // --- sums --------------------------------------------------------------------------------

  private static void sums(List<Case> all) {
    Figure.Builder total = killed("t", Count.exactly(10)).addRelations(FigureRelation.sumOf(FigureId.of("a"),
        FigureId.of("b")));
    all.add(of("a total below the sum of its parts", Rules.FIGURE_SUM_MISMATCH,
        base().addFigures(killed("a", Count.exactly(7)).build(), killed("b", Count.exactly(7)).build(), total.build())
            .build(),
        base().addFigures(killed("a", Count.exactly(7)).build(), killed("b", Count.exactly(3)).build(), total.build())
            .build(),
        "figures[t].relations[0]", "is said to be the sum of 2 figures, whose counts add up to at least 14, above "
            + "its upper bound 10"));
    Figure.Builder atLeast = killed("t", Count.atLeast(100)).addRelations(FigureRelation.sumOf(FigureId.of("a"),
        FigureId.of("b")));
    all.add(of("a total above what its parts allow", Rules.FIGURE_SUM_MISMATCH,
        base().addFigures(killed("a", Count.atMost(20)).build(), killed("b", Count.atMost(30)).build(),
            atLeast.build()).build(),
        base().addFigures(killed("a", Count.atMost(20)).build(), killed("b", Count.atMost(90)).build(),
            atLeast.build()).build(),
        "figures[t].relations[0]", "add up to at most 50, below its lower bound 100"));
  }

  // --- exchanges -----------------------------------------------------------------------------

  private static void exchanges(List<Case> all) {
    EventId swap = EventId.of("swap");
    Figure.Builder byMod = people("ua-per-mod", Count.exactly(157), Outcome.RETURNED).event(swap)
        .population(Population.builder().nationality(CountryCode.of("UA")).side(UA).build())
        .attributions(List.of(said(MOD)));
    Figure.Builder byRu = people("ua-per-ru", Count.exactly(150), Outcome.RETURNED).event(swap)
        .population(Population.builder().nationality(CountryCode.of("UA")).side(UA).build())
        .attributions(List.of(said(RU_MOD)));
    Figure toRussia = people("ru-back", Count.exactly(150), Outcome.RETURNED).event(swap)
        .attributions(List.of(said(RU_MOD))).build();
    Event exchange = Event.builder().id(swap).kind(EventKind.PRISONER_EXCHANGE).time(day(1, 11))
        .exchange(Exchange.between(ExchangeSide.of(UA, FigureId.of("ua-per-mod"), FigureId.of("ua-per-ru")),
            ExchangeSide.of(RU, FigureId.of("ru-back"))).withMediators(UN))
        .build();
    all.add(of("two sources count one side differently", Rules.EVENT_EXCHANGE_COUNTS_DISAGREE,
        base().addEvents(exchange).addFigures(byMod.build(), byRu.build(), toRussia).build(),
        base().addEvents(exchange).addFigures(byMod.count(Count.exactly(150)).build(), byRu.build(), toRussia).build(),
        "events[swap].exchange.sides[0].counts", "the sources count the people returned to Ukraine differently: "
            + "the lowest, figures[ua-per-ru] (exactly 150, per Russian Defence Ministry), and the highest, "
            + "figures[ua-per-mod] (exactly 157, per Ministry of Defence of Ukraine)"));

    Prisoner back = Prisoner.of(PrisonerId.of("p1"), Base.captured().side(UA)
        .addTransfers(Transfer.of(TransferKind.EXCHANGED).withEvent(swap)).build());
    Prisoner back2 = Prisoner.of(PrisonerId.of("p2"), Base.captured().side(UA)
        .addTransfers(Transfer.of(TransferKind.EXCHANGED).withEvent(swap)).build());
    Prisoner theirs = Prisoner.of(PrisonerId.of("p3"), Base.captured().side(RU)
        .addTransfers(Transfer.of(TransferKind.EXCHANGED).withEvent(swap)).build());
    Event small = Event.builder().id(swap).kind(EventKind.PRISONER_EXCHANGE)
        .exchange(Exchange.between(ExchangeSide.of(UA, FigureId.of("ua-per-mod")),
            ExchangeSide.of(RU, FigureId.of("ru-back")))).build();
    all.add(of("a side's count below its linked records", Rules.FIGURE_CAPTURED_MISMATCH,
        base().addEvents(small).addFigures(byMod.count(Count.exactly(1)).build(), toRussia)
            .addPrisoners(back, back2, theirs).build(),
        base().addEvents(small).addFigures(byMod.count(Count.exactly(2)).build(), toRussia)
            .addPrisoners(back, back2, theirs).build(),
        "figures[ua-per-mod].count", "but 2 prisoner records are linked to events[swap] on the side of Ukraine"));
  }

  // --- sources -------------------------------------------------------------------------------

  private static void sources(List<Case> all) {
    Statement quote = Statement.builder().id(StatementId.of("q")).text("We will hold.")
        .attribution(Attribution.of(INSIDER, Mode.DIRECT_QUOTE)).build();
    all.add(of("a quote from an anonymous source", Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED,
        base().addStatements(quote).build(),
        base().addStatements(quote.withAttribution(Attribution.of(ANALYST, Mode.DIRECT_QUOTE))).build(),
        "statements[q].attribution.links[0].source", "a direct quote from a Western official, who is not identified"));

    all.add(of("an anonymous source called officials", Rules.SOURCE_ANONYMOUS_UNDESCRIBED,
        base().addSources(Anonymous.builder().id(SourceId.of("s")).description("Officials")
            .anonymity(Anonymity.GRANTED).reason("not authorised").build()).build(),
        base().addSources(Anonymous.builder().id(SourceId.of("s")).description("officials at the regional "
            + "administration").anonymity(Anonymity.GRANTED).reason("not authorised").build()).build(),
        "sources[s].description", "\"Officials\" does not tell readers what the source knows"));

    all.add(of("anonymity granted without a reason", Rules.SOURCE_ANONYMOUS_NO_REASON,
        base().addSources(Anonymous.builder().id(SourceId.of("s")).description("a senior officer")
            .anonymity(Anonymity.GRANTED).build()).build(),
        base().addSources(Anonymous.builder().id(SourceId.of("s")).description("a senior officer")
            .anonymity(Anonymity.UNIDENTIFIED).build()).build(),
        "sources[s].reason", "a senior officer is granted anonymity without a stated reason"));
    all.add(of("a collective granted anonymity without a reason", Rules.SOURCE_ANONYMOUS_NO_REASON,
        base().addSources(Collective.builder().id(SourceId.of("c")).description("two Western officials")
            .anonymity(Anonymity.GRANTED).build()).build(),
        base().addSources(Collective.builder().id(SourceId.of("c")).description("two Western officials")
            .anonymity(Anonymity.GRANTED).reason("speaking on condition of anonymity to discuss intelligence")
            .build()).build(),
        "sources[c].reason", "two Western officials is granted anonymity without a stated reason"));
  }

  // --- privacy -------------------------------------------------------------------------------

  /** A synthetic name: it stands for no one. */
  static final String NAME = "Pak Testname";

  private static void privacy(List<Case> all) {
    Prisoner named = Prisoner.of(PrisonerId.of("p"), Base.captured().build())
        .withIdentity(Identity.none().withName(Protected.known(NAME)));
    all.add(of("a prisoner's known name", Rules.PRISONER_PROTECTED_EXPOSED,
        base().addPrisoners(named).build(),
        base().addPrisoners(named.withIdentity(Identity.none()
            .withName(Protected.known(NAME).released(Protected.Release.CONSENTED)))).build(),
        "prisoners[p].identity.name", "the prisoner's name is known and not released; the Third Geneva Convention "
            + "(Art. 13)"));
    Individual mother = Individual.builder().id(PersonId.of("mother")).description("his mother")
        .identity(Identity.none().withPartialName(Protected.known("Olena")))
        .addRelationships(Relationship.of(Relationship.Kind.PARENT, PrisonerId.of("p"))).build();
    all.add(of("a relative's known first name", Rules.PRISONER_PROTECTED_EXPOSED,
        base().addPrisoners(Base.prisoner("p")).addPeople(mother).build(),
        base().addPrisoners(Base.prisoner("p")).addPeople(mother.withIdentity(Identity.none()
            .withPartialName(Protected.withheld("withheld at the family's request")))).build(),
        "people[mother].identity.partialName", "the person's partial name is known and not released"));
    Document card = Document.builder().kind("ID card").issuedTo(IssuedTo.CARRIER)
        .number(Protected.known("N123456")).build();
    all.add(of("a document's number", Rules.PRISONER_PROTECTED_EXPOSED,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(card).build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(Document.builder()
            .kind("ID card").issuedTo(IssuedTo.CARRIER).number(Protected.withheld()).build()).build())).build(),
        "prisoners[p].particulars.documents[0].number", "the document number is known and not released"));

    Person namedSoldier = Person.builder().id(SourceId.of("named-soldier")).name("Pvt. Testname").build();
    Statement spoke = statement("spoke", SourceId.of("named-soldier"), "I thought I was going to a training camp.");
    all.add(of("a prisoner's words attributed to a named person", Rules.PRISONER_NAME_LEARNABLE,
        base().addSources(namedSoldier).addStatements(spoke)
            .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addStatements(StatementId.of("spoke"))
                .build())).build(),
        base().addSources(namedSoldier).addStatements(spoke.withAttribution(said(SOLDIER)))
            .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addStatements(StatementId.of("spoke"))
                .build())).build(),
        "statements[spoke].attribution.links[0].source", "statements[spoke] is what prisoners[p] said, attributed to "
            + "a named person (sources[named-soldier])"));
    Prisoner withheld = named.withIdentity(Identity.none().withName(Protected.known(NAME)));
    all.add(of("a known name printed in a statement", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(withheld).addStatements(statement("s", ANALYST, "The soldier, PAK TESTNAME, 26, said "
            + "little.")).build(),
        base().addPrisoners(withheld).addStatements(statement("s", ANALYST, "The soldier, 26, said little "
            + "of Testnamesk or of Paks.")).build(),
        "statements[s].text", "the known name of prisoners[p] appears in this text"));
    all.add(of("a surname alone in the headline", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(withheld).headline("Captured soldier Testname says he was sent to the front").build(),
        base().addPrisoners(withheld).headline("Captured soldier says he was sent to the front").build(),
        "headline", "part of the known name of prisoners[p] appears in this text"));
    all.add(of("a name in a count's phrase", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(withheld).addFigures(people("f", Count.exactly(3).withPhrase("three, among them Pak "
            + "Testname"), Outcome.CAPTURED).build()).build(),
        base().addPrisoners(withheld).addFigures(people("f", Count.exactly(3).withPhrase("three"), Outcome.CAPTURED)
            .build()).build(),
        "figures[f].count.phrase", "the known name of prisoners[p] appears in this text"));
    Prisoner born = named.withIdentity(Identity.none().withDateOfBirth(Protected.known(java.time.LocalDate.of(1999,
        3, 4))));
    all.add(of("a date of birth printed", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(born).addStatements(statement("s", ANALYST, "A soldier born 04.03.1999, he said.")).build(),
        base().addPrisoners(born).addStatements(statement("s", ANALYST, "A soldier born in 1999, he said.")).build(),
        "statements[s].text", "the known date of birth of prisoners[p] appears in this text"));
    Document numbered = Document.builder().kind("military ID").issuedTo(IssuedTo.CARRIER)
        .number(Protected.known("AB 123456")).build();
    all.add(of("a document number printed with other spacing", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(numbered).build()))
            .addStatements(statement("s", ANALYST, "His card, AB-123-456, was shown.")).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(numbered).build()))
            .addStatements(statement("s", ANALYST, "His card, AB-123-457, was shown.")).build(),
        "statements[s].text", "the known number of prisoners[p].particulars.documents[0] appears in this text"));
    Document issuedToAnother = Document.builder().kind("military ID").issuedTo(IssuedTo.ANOTHER_PERSON)
        .holderDescription("another man").holderName(Protected.known("Aldar Testholder")).build();
    all.add(of("a document holder's name printed", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(issuedToAnother).build()))
            .addStatements(statement("s", ANALYST, "The card was issued to Aldar Testholder of Kyzyl.")).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(issuedToAnother).build()))
            .addStatements(statement("s", ANALYST, "The card was issued to another man.")).build(),
        "statements[s].text", "the known holder's name of prisoners[p].particulars.documents[0] appears"));
    all.add(of("a name in a withheld value's note", Rules.PRISONER_NAME_LEARNABLE,
        base().addPrisoners(withheld, Prisoner.of(PrisonerId.of("q"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.withheld("blurred, like Testname's")))).build(),
        base().addPrisoners(withheld, Prisoner.of(PrisonerId.of("q"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.withheld("blurred by the publisher")))).build(),
        "prisoners[q].identity.name.note", "part of the known name of prisoners[p] appears in this text"));
    Individual victim = Individual.builder().id(PersonId.of("v")).description("a teacher")
        .identity(Identity.none().withPartialName(Protected.known("Olena"))).build();
    all.add(of("a person's known first name in a place's name", Rules.PRISONER_NAME_LEARNABLE,
        base().addPeople(victim).addPlaces(Place.builder().id(PlaceId.of("school")).printedName("School named after "
            + "Olena").build()).build(),
        base().addPeople(victim).addPlaces(Place.builder().id(PlaceId.of("school")).printedName("School No. 5")
            .build()).build(),
        "places[school].printedName", "the known partial name of people[v] appears in this text"));

    Document another = Document.builder().kind("military ID card").issuedTo(IssuedTo.ANOTHER_PERSON)
        .holderDescription("another man").holderName(Protected.known("Ivan Cardholder")).build();
    all.add(of("a card issued to another man, his name known", Rules.PRISONER_DOCUMENT_HOLDER_SHOWN,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(another).build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(Document.builder()
            .kind("military ID card").issuedTo(IssuedTo.ANOTHER_PERSON).holderDescription("another man")
            .holderName(Protected.withheld("blurred")).build()).build())).build(),
        "prisoners[p].particulars.documents[0].holderName", "the military ID card was issued to another man; "
            + "publishing the name exposes a third person"));
  }

  // --- detention ------------------------------------------------------------------------------

  private static void detention(List<Case> all) {
    all.add(of("a record with no capture", Rules.PRISONER_CAPTURE_UNKNOWN,
        base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).build()).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
            .capture(Capture.by("paratroopers").withEvent(CAPTURE)).build())).build(),
        "prisoners[p].particulars.capture", "neither when nor where prisoners[p] was captured"));

    Particulars.Builder capturedOn9 = Particulars.builder().capture(Capture.on(day(1, 9)));
    all.add(of("an exchange dated before the capture", Rules.PRISONER_RELEASE_BEFORE_CAPTURE,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), capturedOn9
            .addTransfers(Transfer.of(TransferKind.EXCHANGED).withDate(day(1, 5))).build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder().capture(Capture.on(day(1, 9)))
            .addTransfers(Transfer.of(TransferKind.EXCHANGED).withDate(day(1, 11))).build())).build(),
        "prisoners[p].particulars.transfers[0]", "the exchange is dated 2025-01-05 at the latest, before the capture "
            + "(2025-01-09 at the earliest)"));
    all.add(of("a release in an event before the capture event", Rules.PRISONER_RELEASE_BEFORE_CAPTURE,
        base().addEvents(Event.builder().id(EventId.of("release")).kind(EventKind.RELEASE).time(day(2024, 12, 1))
            .build()).addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
                .capture(Capture.by("paratroopers").withEvent(STRIKE))
                .addTransfers(Transfer.of(TransferKind.RELEASED).withEvent(EventId.of("release"))).build())).build(),
        base().addEvents(Event.builder().id(EventId.of("release")).kind(EventKind.RELEASE).time(day(1, 11))
            .build()).addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
                .capture(Capture.by("paratroopers").withEvent(STRIKE))
                .addTransfers(Transfer.of(TransferKind.RELEASED).withEvent(EventId.of("release"))).build())).build(),
        "prisoners[p].particulars.transfers[0]", "the release is dated 2024-12-01 at the latest"));

    Custody june = Custody.heldBy(MOD).withPeriod(DateMention.of(PartialDate.of(2024, 6)));
    Custody march = Custody.heldBy(RU_MOD).withPeriod(DateMention.of(PartialDate.of(2024, 3)));
    Particulars.Builder inFebruary = Particulars.builder().capture(Capture.on(DateMention.of(PartialDate.of(2024, 2))));
    all.add(of("spells listed out of date order", Rules.PRISONER_CUSTODY_OUT_OF_ORDER,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), inFebruary.addCustody(june, march).build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
            .capture(Capture.on(DateMention.of(PartialDate.of(2024, 2)))).addCustody(march, june).build())).build(),
        "prisoners[p].particulars.custody[1].period", "this spell ends by 2024-03-31, before custody[0], listed "
            + "before it (2024-06-01 at the earliest)"));
    all.add(of("a spell before the capture", Rules.PRISONER_CUSTODY_OUT_OF_ORDER,
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
            .capture(Capture.on(DateMention.of(PartialDate.of(2024, 4)))).addCustody(march).build())).build(),
        base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Particulars.builder()
            .capture(Capture.on(DateMention.of(PartialDate.of(2024, 3)))).addCustody(march).build())).build(),
        "prisoners[p].particulars.custody[0].period", "before the capture (2024-04-01 at the earliest)"));
  }

  // --- style ---------------------------------------------------------------------------------

  private static void style(List<Case> all) {
    all.add(of("Kiev without the canonical Kyiv", Rules.STYLE_PLACE_SPELLING,
        base().addPlaces(Place.builder().id(PlaceId.of("k")).printedName("Kharkov").build()).build(),
        base().addPlaces(Place.builder().id(PlaceId.of("k")).printedName("Kharkov").canonicalName("Kharkiv").build())
            .build(),
        "places[k].printedName", "\"Kharkov\": house style is \"Kharkiv\""));
    all.add(of("one contributor twice", Rules.STYLE_DUPLICATE_CONTRIBUTOR,
        base().addContributors("Daria Tarasova-Markina", "daria  tarasova-markina").build(),
        base().addContributors("Daria Tarasova-Markina", "Daria Tarasova").build(),
        "contributors[1]", "is already listed at contributors[0]"));
  }
}
