package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
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
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.PersonRole;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Unspecified;
import dev.dispatch.source.Verification;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.RelativeTerm;
import dev.dispatch.time.Season;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Named fixtures: one whole {@link Report} per pattern of real conflict reporting that DOMAIN.md
 * lists beyond the reference report, each holding its pattern as typed data, and small per-concept
 * values.
 *
 * <p>Every report fixture is <b>constructed</b> to show its pattern: its events, figures and
 * statements are invented, not taken from any published report, and it names no real person.
 * Places and states are real where the pattern needs geography (an oblast within a country);
 * organisations, armed groups and people are invented ("Example Monitoring Mission", "Ivan
 * Testov"). Protected values (names, partial names, dates of birth, faces, document data) are
 * absent or withheld, or, where the report printed them (a first name), known and released as
 * already public; only {@link #knownProtectedValuesExposed()} and {@link #prisonerWithKnownName()}
 * hold known values that are not released, to show exposure findings. So every other report
 * fixture is meant to validate without errors for publication.
 *
 * <p>{@link #all()} lists the report fixtures by name, in a stable order, so that other modules run
 * each through round trip, schema and validation.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The publication day of the fixtures that state one: Friday, 14 March 2025. */
  public static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  private static final Reference PUBLICATION = Reference.of(PartialDate.of(PUBLISHED), ReferenceOrigin.PUBLICATION);

  private static final Map<String, Supplier<Report>> ALL = fixtures();

  private static Map<String, Supplier<Report>> fixtures() {
    Map<String, Supplier<Report>> m = new LinkedHashMap<>();
    m.put("nestedBreakdown", Fixtures::nestedBreakdown);
    m.put("breakdownByPlaceAndControl", Fixtures::breakdownByPlaceAndControl);
    m.put("revisedToll", Fixtures::revisedToll);
    m.put("sharesOfAWhole", Fixtures::sharesOfAWhole);
    m.put("sumOfFigures", Fixtures::sumOfFigures);
    m.put("excludedFromTotal", Fixtures::excludedFromTotal);
    m.put("comparedWithExplanation", Fixtures::comparedWithExplanation);
    m.put("recordedMinimum", Fixtures::recordedMinimum);
    m.put("facilityCount", Fixtures::facilityCount);
    m.put("unquantifiedCasualties", Fixtures::unquantifiedCasualties);
    m.put("everyOutcome", Fixtures::everyOutcome);
    m.put("countWords", Fixtures::countWords);
    m.put("hedgedClaims", Fixtures::hedgedClaims);
    m.put("jointlyStatedFigure", Fixtures::jointlyStatedFigure);
    m.put("competingTollsAndDenial", Fixtures::competingTollsAndDenial);
    m.put("eventWithActorMeansAndTarget", Fixtures::eventWithActorMeansAndTarget);
    m.put("nonStateParties", Fixtures::nonStateParties);
    m.put("prisonerExchange", Fixtures::prisonerExchange);
    m.put("detentionOverTime", Fixtures::detentionOverTime);
    m.put("peopleMentioned", Fixtures::peopleMentioned);
    m.put("personalParticulars", Fixtures::personalParticulars);
    m.put("placesWithinPlaces", Fixtures::placesWithinPlaces);
    m.put("durationsAndOpenPeriods", Fixtures::durationsAndOpenPeriods);
    m.put("relativeDatesAgainstUncertainPublication", Fixtures::relativeDatesAgainstUncertainPublication);
    m.put("syndicatedWireCopy", Fixtures::syndicatedWireCopy);
    m.put("truncatedCopyWithoutHeadline", Fixtures::truncatedCopyWithoutHeadline);
    m.put("knownProtectedValuesExposed", Fixtures::knownProtectedValuesExposed);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Every report fixture by name (the name of its method), in a stable order: the figure patterns,
   * then events, parties and people, places and time, the copy, and last the one fixture that
   * holds known, unreleased protected values ({@code knownProtectedValuesExposed}).
   *
   * @return a new ordered, unmodifiable map of freshly built reports
   */
  public static Map<String, Report> all() {
    Map<String, Report> reports = new LinkedHashMap<>();
    ALL.forEach((name, fixture) -> reports.put(name, fixture.get()));
    return Collections.unmodifiableMap(reports);
  }

  /** The names of the report fixtures meant to validate without errors for publication. */
  public static List<String> publishable() {
    return ALL.keySet().stream().filter(n -> !n.equals("knownProtectedValuesExposed")).toList();
  }

  // --- per-concept values --------------------------------------------------------------------

  /** From the reference report: "an unidentified doctor", no reason given. */
  public static Anonymous anonymousSource() {
    return (Anonymous) ReferenceReport.report().source(ReferenceReport.DOCTOR).orElseThrow();
  }

  /** From the reference report: the soldier, relayed by the SBU, to the report. */
  public static Attribution chainedAttribution() {
    return ReferenceReport.report().statement(ReferenceReport.OBTAINED).orElseThrow().attribution();
  }

  /** From the reference report: more than 1,000 North Korean troops killed or wounded. */
  public static Figure killedOrWounded() {
    return ReferenceReport.report().figure(ReferenceReport.KILLED_OR_WOUNDED).orElseThrow();
  }

  /** Constructed: "between 60 and 93" killed, per a source {@code source0}. */
  public static Figure rangeFigure() {
    return Figure.builder().id(FigureId.of("range")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.between(60, 93).withPhrase("between 60 and 93"))
        .addAttributions(Attribution.of(SourceId.of("source0"), Mode.PARAPHRASE)).build();
  }

  /** Constructed: a prisoner whose name the publisher withheld. */
  public static Prisoner prisonerWithWithheldName() {
    return Prisoner.builder().id(PrisonerId.of("withheld"))
        .identity(Identity.none().withName(Protected.withheld("blurred by the publisher"))).build();
  }

  /**
   * Constructed, for exposure findings: a prisoner whose name is known and <b>not released</b>,
   * for tests that redaction and validation catch it. The name stands for nobody.
   */
  public static Prisoner prisonerWithKnownName() {
    return Prisoner.builder().id(PrisonerId.of("known"))
        .identity(Identity.none().withName(Protected.known("Pak Fixture"))).build();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Report.Builder report(String name, String headline) {
    return Report.builder().id(ReportId.of("fixture-" + name)).headline(headline).publisher("Example Wire")
        .language("en").published(PartialDate.of(PUBLISHED)).addContributors("Jane Reporter");
  }

  private static Attribution said(String source, Mode mode) {
    return Attribution.of(SourceId.of(source), mode);
  }

  private static Attribution said(String source) {
    return said(source, Mode.PARAPHRASE);
  }

  private static SourceId source(String id) {
    return SourceId.of(id);
  }

  private static PlaceId place(String id) {
    return PlaceId.of(id);
  }

  private static PartyId party(String id) {
    return PartyId.of(id);
  }

  private static FigureId figure(String id) {
    return FigureId.of(id);
  }

  private static Place.Builder placeOf(String id, String printed, PlaceKind kind) {
    return Place.builder().id(place(id)).printedName(printed).kind(kind);
  }

  private static Organisation organisation(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(source(id)).name(name).kind(kind).build();
  }

  /** A relative phrase resolved against the publication date. */
  private static DateMention relative(String phrase, LocalDate day) {
    return DateMention.resolved(phrase, PartialDate.of(day), PUBLICATION);
  }

  private static Figure.Builder people(String id, Count count, Outcome... outcomes) {
    return Figure.builder().id(figure(id)).measure(Measure.PEOPLE).addOutcomes(outcomes).count(count);
  }

  private static Statement.Builder statement(String id, Attribution attribution, String text) {
    return Statement.builder().id(StatementId.of(id)).attribution(attribution).text(text);
  }

  private static Population civilians() {
    return Population.builder().description("civilians").status(CombatantStatus.CIVILIANS).build();
  }

  private static Part part(Count count, Facet... facets) {
    return Part.of(count, facets);
  }

  private static final DateMention THURSDAY = relative("on Thursday", PUBLISHED.minusDays(1));

  // --- figures and how they relate --------------------------------------------------------------

  /**
   * Constructed to show <b>parts of a whole on several levels and dimensions</b>: a strike's 58
   * casualties break down completely by outcome; the 21 killed break down by age (adults, and
   * children, who break down by sex: boys, girls, a child whose sex is not known: three levels
   * below the total), by age and sex together (men, women, boys, girls, children of unknown sex),
   * and by status (civilians, combatants); the 37 injured partially ("including six children").
   * The nine women come from another source and date than their whole ("nine women among the
   * dead, a local official said on Thursday"). Names no real person.
   */
  public static Report nestedBreakdown() {
    Part women = Part.builder().addFacets(Facet.age(AgeGroup.ADULT), Facet.sex(Sex.FEMALE))
        .count(Count.exactly(9).withNoun("women").withPhrase("nine women"))
        .addAttributions(said("local-official").withWhen(THURSDAY))
        .date(DateMention.of("by Thursday evening", PartialDate.of(PUBLISHED.minusDays(1)))).build();
    Part children = part(Count.exactly(5), Facet.age(AgeGroup.CHILD)).plusBreakdown(Breakdown.complete(
        part(Count.exactly(2), Facet.sex(Sex.MALE)), part(Count.exactly(2), Facet.sex(Sex.FEMALE)),
        part(Count.exactly(1).withPhrase("one child whose sex is not yet known"), Facet.sex(Sex.UNKNOWN))));
    Part killed = Part.builder().addFacets(Facet.outcomes(Outcome.KILLED)).count(Count.exactly(21).withPhrase("21"))
        .addBreakdowns(
            Breakdown.complete(part(Count.exactly(16), Facet.age(AgeGroup.ADULT)), children),
            Breakdown.complete(part(Count.exactly(7).withNoun("men"), Facet.age(AgeGroup.ADULT), Facet.sex(Sex.MALE)),
                women,
                part(Count.exactly(2).withNoun("boys"), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.MALE)),
                part(Count.exactly(2).withNoun("girls"), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.FEMALE)),
                part(Count.exactly(1), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.UNKNOWN))),
            Breakdown.complete(part(Count.exactly(19).withNoun("civilians"), Facet.status(CombatantStatus.CIVILIANS)),
                part(Count.exactly(2).withNoun("soldiers"), Facet.status(CombatantStatus.COMBATANTS))))
        .build();
    Part injured = Part.builder().addFacets(Facet.outcomes(Outcome.WOUNDED)).count(Count.exactly(37).withPhrase("37"))
        .addBreakdowns(Breakdown.partial(part(Count.exactly(6).withNoun("children").withPhrase("six children"),
            Facet.age(AgeGroup.CHILD))))
        .build();
    return report("nested-breakdown", "Missile strike kills 21, injures 37 in Examplivka")
        .addPlaces(placeOf("ukraine", "Ukraine", PlaceKind.COUNTRY).country(CountryCode.of("UA")).build(),
            placeOf("example-oblast", "Example Oblast", PlaceKind.REGION).country(CountryCode.of("UA"))
                .within(place("ukraine")).build(),
            placeOf("examplivka", "Examplivka", PlaceKind.TOWN).country(CountryCode.of("UA"))
                .within(place("example-oblast")).build())
        .addParties(Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE)
            .country(CountryCode.of("RU")).build())
        .addSources(Person.builder().id(source("governor")).name("Ivan Testov")
                .role("head of the regional military administration").build(),
            Anonymous.builder().id(source("local-official")).description("a local official")
                .anonymity(Anonymity.UNIDENTIFIED).build())
        .addEvents(Event.builder().id(EventId.of("strike")).kind(EventKind.STRIKE).time(THURSDAY)
            .location(Location.in(place("examplivka"))).addActors(Actor.of(party("russia"), said("governor")))
            .addMeans(Means.of(MeansKind.MISSILE)).build())
        .addFigures(people("casualties", Count.exactly(58).withPhrase("58"), Outcome.KILLED, Outcome.WOUNDED)
            .location(Location.in(place("examplivka"))).event(EventId.of("strike"))
            .addAttributions(said("governor").withWhen(THURSDAY))
            .addBreakdowns(Breakdown.complete(killed, injured)).build())
        .addStatements(
            statement("toll", said("governor").withWhen(THURSDAY),
                "21 people were killed and 37 injured, including six children").addAbout(figure("casualties"))
                .build(),
            statement("women", said("local-official").withWhen(THURSDAY), "nine women were among the dead")
                .addAbout(figure("casualties")).build())
        .build();
  }

  /**
   * Constructed to show <b>parts by place and by control</b>: a monitor's 150 civilians killed in
   * Ukraine in February break down completely by oblast (each oblast within Ukraine), Donetsk
   * oblast's 80 further by the part of the oblast each side holds, and the whole by the territory
   * each side holds. Names no real person; the monitor is invented.
   */
  public static Report breakdownByPlaceAndControl() {
    Breakdown byHolder = Breakdown.complete(part(Count.exactly(70), Facet.heldBy(party("ukraine"))),
        part(Count.exactly(10), Facet.heldBy(party("russia"))));
    return report("breakdown-by-place", "150 civilians killed in February, monitor says")
        .addPlaces(placeOf("ukraine", "Ukraine", PlaceKind.COUNTRY).country(CountryCode.of("UA")).build(),
            placeOf("donetsk", "Donetsk region", PlaceKind.REGION).canonicalName("Donetsk Oblast")
                .country(CountryCode.of("UA")).within(place("ukraine")).build(),
            placeOf("kharkiv", "Kharkiv region", PlaceKind.REGION).canonicalName("Kharkiv Oblast")
                .country(CountryCode.of("UA")).within(place("ukraine")).build(),
            placeOf("kherson", "Kherson region", PlaceKind.REGION).canonicalName("Kherson Oblast")
                .country(CountryCode.of("UA")).within(place("ukraine")).build())
        .addParties(Party.builder().id(party("ukraine")).name("Ukraine").kind(PartyKind.STATE)
                .country(CountryCode.of("UA")).build(),
            Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE).country(CountryCode.of("RU"))
                .build())
        .addSources(organisation("monitor", "Example Monitoring Mission", OrganisationKind.INTERNATIONAL_BODY))
        .addFigures(people("civilians-killed", Count.exactly(150).withPhrase("150"), Outcome.KILLED)
            .population(civilians()).location(Location.in(place("ukraine")))
            .timeframe(Timeframe.during(DateMention.of("in February", PartialDate.of(2025, 2))))
            .addAttributions(said("monitor"))
            .addBreakdowns(
                Breakdown.complete(part(Count.exactly(80), Facet.place(place("donetsk"))).plusBreakdown(byHolder),
                    part(Count.exactly(40), Facet.place(place("kharkiv"))),
                    part(Count.exactly(30), Facet.place(place("kherson")))),
                Breakdown.complete(
                    part(Count.exactly(135).withPhrase("135"), Facet.heldBy(party("ukraine"))),
                    part(Count.exactly(15).withPhrase("15"), Facet.heldBy(party("russia")))))
            .build())
        .addStatements(statement("by-holder", said("monitor"),
            "Of the 150, 135 were killed in territory controlled by Ukraine and 15 in territory occupied by Russia")
            .addAbout(figure("civilians-killed")).build())
        .build();
  }

  /**
   * Constructed to show <b>a revision</b>: "at least 25" killed by Thursday morning, then "the toll
   * rose to 41 by evening", a figure that revises the first. Names no real person.
   */
  public static Report revisedToll() {
    DateMention morning = DateMention.builder().phrase("on Thursday morning").value(PartialDate.of(PUBLISHED.minusDays(1)))
        .time(ClockTime.of(LocalTime.of(9, 0))).reference(PUBLICATION).build();
    DateMention evening = DateMention.of("by evening", PartialDate.of(PUBLISHED.minusDays(1)));
    return report("revised-toll", "Toll from apartment strike rises to 41")
        .addPlaces(placeOf("example-city", "Example City", PlaceKind.CITY).country(CountryCode.of("UA")).build())
        .addSources(organisation("emergency", "regional emergency service", OrganisationKind.EMERGENCY_SERVICE))
        .addEvents(Event.builder().id(EventId.of("strike")).kind(EventKind.STRIKE).time(THURSDAY)
            .location(Location.in(place("example-city"))).addTargets(Target.of("an apartment building")).build())
        .addFigures(
            people("toll-morning", Count.atLeast(25).withPhrase("at least 25"), Outcome.KILLED)
                .event(EventId.of("strike")).timeframe(Timeframe.asOf(morning))
                .addAttributions(said("emergency").withWhen(morning)).build(),
            people("toll-evening", Count.exactly(41).withPhrase("41"), Outcome.KILLED).event(EventId.of("strike"))
                .timeframe(Timeframe.asOf(evening)).addAttributions(said("emergency").withWhen(evening))
                .addRelations(FigureRelation.revises(figure("toll-morning"))).build())
        .addStatements(statement("rose", said("emergency"), "the toll rose to 41 by evening")
            .addAbout(figure("toll-morning"), figure("toll-evening")).build())
        .build();
  }

  /**
   * Constructed to show <b>shares of a whole</b>: of 3,000 people detained, "about a third" have
   * been released, "nearly a quarter" are servicemen, "40%" are held outside the region and "most"
   * are civilians; each share is a figure related to the 3,000, its count the absolute count the
   * share allows. And a share of a whole the report gives no figure for: "half of the town's
   * pre-war population" displaced, whose base is described, not a figure of the report (a finding
   * for a share with no base figure, if validation makes one). Names no real person.
   */
  public static Report sharesOfAWhole() {
    Count whole = Count.exactly(3_000).withPhrase("3,000");
    Proportion third = Proportion.of(Qualifier.ABOUT, 1, 3).withPhrase("about a third");
    Proportion quarter = Proportion.of(Qualifier.NEARLY, 1, 4).withPhrase("nearly a quarter");
    Proportion forty = Proportion.percent(40).withPhrase("40%");
    Proportion most = Proportion.most().withPhrase("most");
    Proportion half = Proportion.exactly(1, 2).withPhrase("half");
    return report("shares", "About a third of 3,000 detainees released, ombudsman says")
        .addPlaces(placeOf("example-oblast", "Example Oblast", PlaceKind.REGION).country(CountryCode.of("UA")).build(),
            placeOf("example-town", "Example Town", PlaceKind.TOWN).country(CountryCode.of("UA"))
                .within(place("example-oblast")).build())
        .addSources(organisation("ombudsman", "the ombudsman's office", OrganisationKind.GOVERNMENT),
            organisation("mayor-office", "the town council", OrganisationKind.GOVERNMENT))
        .addFigures(
            people("detained", whole, Outcome.DETAINED).location(Location.in(place("example-oblast")))
                .addAttributions(said("ombudsman")).build(),
            people("released-third", third.of(whole), Outcome.RELEASED)
                .addRelations(FigureRelation.shareOf(figure("detained"), third)).addAttributions(said("ombudsman"))
                .build(),
            people("servicemen-quarter", quarter.of(whole), Outcome.DETAINED)
                .population(Population.builder().description("servicemen").status(CombatantStatus.COMBATANTS).build())
                .addRelations(FigureRelation.shareOf(figure("detained"), quarter)).addAttributions(said("ombudsman"))
                .build(),
            people("held-outside", forty.of(whole), Outcome.DETAINED)
                .location(new Location(Relation.OUTSIDE, List.of(place("example-oblast")), Optional.of(
                    "outside the region")))
                .addRelations(FigureRelation.shareOf(figure("detained"), forty)).addAttributions(said("ombudsman"))
                .build(),
            people("civilians-most", most.of(whole), Outcome.DETAINED).population(civilians())
                .addRelations(FigureRelation.shareOf(figure("detained"), most)).addAttributions(said("ombudsman"))
                .build(),
            people("displaced-half", Count.unquantified(), Outcome.DISPLACED)
                .location(Location.in(place("example-town")))
                .addRelations(FigureRelation.shareOf(half, "the town's pre-war population"))
                .addAttributions(said("mayor-office")).build())
        .build();
  }

  /**
   * Constructed to show <b>a sum of figures</b>: "a total of 95" killed, the sum of 60 in Kharkiv
   * oblast and 35 in Sumy oblast. Names no real person.
   */
  public static Report sumOfFigures() {
    return report("sum", "95 killed in two border regions")
        .addPlaces(placeOf("kharkiv", "Kharkiv region", PlaceKind.REGION).country(CountryCode.of("UA")).build(),
            placeOf("sumy", "Sumy region", PlaceKind.REGION).country(CountryCode.of("UA")).build())
        .addSources(organisation("ministry", "the interior ministry", OrganisationKind.GOVERNMENT))
        .addFigures(
            people("kharkiv-killed", Count.exactly(60).withPhrase("60"), Outcome.KILLED)
                .location(Location.in(place("kharkiv"))).addAttributions(said("ministry")).build(),
            people("sumy-killed", Count.exactly(35).withPhrase("35"), Outcome.KILLED)
                .location(Location.in(place("sumy"))).addAttributions(said("ministry")).build(),
            people("total-killed", Count.exactly(95).withPhrase("a total of 95"), Outcome.KILLED)
                .location(Location.of(Relation.IN, place("kharkiv"), place("sumy")))
                .addRelations(FigureRelation.sumOf(figure("kharkiv-killed"), figure("sumy-killed")))
                .addAttributions(said("ministry")).build())
        .build();
  }

  /**
   * Constructed to show <b>a figure left out of another</b>: 14 soldiers killed, "not included in
   * these figures" of 120 civilians killed. Names no real person.
   */
  public static Report excludedFromTotal() {
    return report("excluded", "120 civilians killed; soldiers not included")
        .addSources(organisation("ministry", "the health ministry", OrganisationKind.HEALTH_SERVICE))
        .addFigures(
            people("civilians-killed", Count.exactly(120).withPhrase("120"), Outcome.KILLED).population(civilians())
                .addAttributions(said("ministry")).build(),
            people("soldiers-killed", Count.exactly(14).withPhrase("14").withNoun("soldiers"), Outcome.KILLED)
                .population(Population.builder().description("soldiers").status(CombatantStatus.COMBATANTS).build())
                .addRelations(FigureRelation.excludedFrom(figure("civilians-killed")))
                .addAttributions(said("ministry")).build())
        .addStatements(statement("not-included", said("ministry"),
            "The 14 soldiers killed are not included in these figures.")
            .addAbout(figure("civilians-killed"), figure("soldiers-killed")).build())
        .build();
  }

  /**
   * Constructed to show <b>a comparison with its explanation</b>: a monitor's verified 1,200 is
   * compared with a ministry's "about 1,900", and the monitor's statement that "the lower figure
   * reflects stricter counting" is about both figures. Names no real person.
   */
  public static Report comparedWithExplanation() {
    return report("compared", "Monitor and ministry differ on civilian toll")
        .addSources(organisation("monitor", "Example Monitoring Mission", OrganisationKind.INTERNATIONAL_BODY),
            organisation("ministry", "the health ministry", OrganisationKind.HEALTH_SERVICE))
        .addFigures(
            people("ministry-toll", Count.about(1_900).withPhrase("about 1,900"), Outcome.KILLED)
                .population(civilians()).addAttributions(said("ministry")).build(),
            people("verified", Count.exactly(1_200).withPhrase("1,200"), Outcome.KILLED).population(civilians())
                .basis(CountingBasis.VERIFIED).addAttributions(said("monitor"))
                .addRelations(FigureRelation.comparedWith(figure("ministry-toll"), StatementId.of("stricter")))
                .build())
        .addStatements(statement("stricter", said("monitor"), "the lower figure reflects stricter counting")
            .addAbout(figure("verified"), figure("ministry-toll")).build())
        .build();
  }

  /**
   * Constructed to show <b>a recorded or verified minimum</b>: a UN-monitor-style body "has
   * recorded 25 civilian deaths" this month and has verified 1,100 since the start of the war,
   * adding that "the actual numbers are likely considerably higher": counts that imply at least
   * their number, not exactly it. Names no real person.
   */
  public static Report recordedMinimum() {
    DateMention sinceWar = DateMention.of("since February 2022", DateInterval.from(PartialDate.of(2022, 2)));
    return report("recorded-minimum", "Monitor records 25 civilian deaths this month")
        .addSources(organisation("monitor", "Example Monitoring Mission", OrganisationKind.INTERNATIONAL_BODY))
        .addFigures(
            people("recorded", Count.exactly(25).withPhrase("25").withNoun("civilian deaths"), Outcome.KILLED)
                .population(civilians()).basis(CountingBasis.RECORDED)
                .timeframe(Timeframe.during(DateMention.resolved("this month",
                    DateInterval.of(PartialDate.of(2025, 3, 1), PartialDate.of(PUBLISHED)), PUBLICATION)))
                .addAttributions(said("monitor")).build(),
            people("verified", Count.exactly(1_100).withPhrase("1,100"), Outcome.KILLED).population(civilians())
                .basis(CountingBasis.VERIFIED).timeframe(Timeframe.cumulative(sinceWar,
                    DateMention.of("as of 28 February", PartialDate.of(2025, 2, 28))))
                .addAttributions(said("monitor")).build())
        .addStatements(statement("higher", said("monitor"), "the actual numbers are likely considerably higher")
            .hedge(Hedge.of(HedgeKind.LIKELY, "likely")).addAbout(figure("recorded"), figure("verified")).build())
        .build();
  }

  /**
   * Constructed to show <b>a facility count beside an event toll</b>: at least 12 killed in a
   * shelling (the event's toll), and 17 bodies received at the city hospital (what one facility
   * counted, not the toll). Expected findings: none, unless the two are compared as tolls. Names no
   * real person.
   */
  public static Report facilityCount() {
    return report("facility-count", "Hospital receives 17 bodies after shelling")
        .addPlaces(placeOf("example-city", "Example City", PlaceKind.CITY).country(CountryCode.of("UA")).build(),
            placeOf("city-hospital", "the city hospital", PlaceKind.HOSPITAL).within(place("example-city")).build())
        .addSources(organisation("city-council", "the city council", OrganisationKind.GOVERNMENT),
            organisation("hospital", "the city hospital", OrganisationKind.HEALTH_SERVICE))
        .addEvents(Event.builder().id(EventId.of("shelling")).kind(EventKind.SHELLING).time(THURSDAY)
            .location(Location.in(place("example-city"))).build())
        .addFigures(
            people("event-toll", Count.atLeast(12).withPhrase("at least 12"), Outcome.KILLED)
                .scope(CountingScope.EVENT).event(EventId.of("shelling")).addAttributions(said("city-council"))
                .build(),
            people("bodies-received", Count.exactly(17).withNoun("bodies").withPhrase("17 bodies"), Outcome.KILLED)
                .scope(CountingScope.FACILITY).location(Location.at(place("city-hospital")))
                .event(EventId.of("shelling")).addAttributions(said("hospital")).build())
        .build();
  }

  /**
   * Constructed to show <b>casualties with no number</b>: "there are casualties", the governor
   * said: a count known to be above zero, of unspecified outcome. Names no real person.
   */
  public static Report unquantifiedCasualties() {
    return report("unquantified", "Strike on Example City causes casualties")
        .addSources(Person.builder().id(source("governor")).name("Ivan Testov").role("regional governor").build())
        .addEvents(Event.builder().id(EventId.of("strike")).kind(EventKind.STRIKE).time(THURSDAY).build())
        .addFigures(people("casualties", Count.unquantified().withNoun("casualties"), Outcome.UNSPECIFIED)
            .event(EventId.of("strike")).addAttributions(said("governor", Mode.DIRECT_QUOTE)).build())
        .addStatements(statement("there-are", said("governor", Mode.DIRECT_QUOTE), "There are casualties,")
            .addAbout(EventId.of("strike"), figure("casualties")).build())
        .build();
  }

  /**
   * Constructed to show <b>what is counted beyond killed and wounded</b>: one figure for each
   * outcome (missing, captured, detained, abducted, held hostage, released, exchanged, returned,
   * rescued, displaced, trapped, besieged, bodies recovered and not yet recovered), "40
   * casualties" with the outcome unspecified, and a euphemism, "eliminated", kept as printed with
   * the outcome left unspecified. Names no real person.
   */
  public static Report everyOutcome() {
    Attribution office = said("humanitarian-office");
    return report("every-outcome", "Humanitarian update: missing, displaced, trapped")
        .addSources(organisation("humanitarian-office", "Example Humanitarian Office",
                OrganisationKind.INTERNATIONAL_BODY),
            organisation("military", "the army's press service", OrganisationKind.MILITARY))
        .addFigures(
            people("missing", Count.atLeast(30).withPhrase("at least 30"), Outcome.MISSING).addAttributions(office)
                .build(),
            people("captured", Count.exactly(8).withPhrase("eight"), Outcome.CAPTURED).addAttributions(office).build(),
            people("detained", Count.about(200).withPhrase("about 200"), Outcome.DETAINED).addAttributions(office)
                .build(),
            people("abducted", Count.exactly(12).withPhrase("12"), Outcome.ABDUCTED).addAttributions(office).build(),
            people("hostages", Count.exactly(4).withPhrase("four"), Outcome.HELD_HOSTAGE).addAttributions(office)
                .build(),
            people("released", Count.exactly(9).withPhrase("nine"), Outcome.RELEASED).addAttributions(office).build(),
            people("exchanged", Count.exactly(50).withPhrase("50"), Outcome.EXCHANGED).addAttributions(office)
                .build(),
            people("returned", Count.exactly(11).withNoun("children").withPhrase("11 children"), Outcome.RETURNED)
                .addAttributions(office).build(),
            people("rescued", Count.exactly(7).withPhrase("seven"), Outcome.RESCUED).addAttributions(office).build(),
            people("displaced", Count.of(Magnitude.THOUSANDS).withPhrase("thousands"), Outcome.DISPLACED)
                .addAttributions(office).build(),
            people("trapped", Count.of(Magnitude.SEVERAL).withNoun("people").withPhrase("several people"),
                Outcome.TRAPPED).addAttributions(office).build(),
            people("besieged", Count.about(20_000).withPhrase("some 20,000"), Outcome.BESIEGED)
                .addAttributions(office).build(),
            people("bodies-recovered", Count.exactly(16).withNoun("bodies").withPhrase("16 bodies"),
                Outcome.BODIES_RECOVERED).addAttributions(office).build(),
            people("bodies-not-recovered", Count.atLeast(3).withPhrase("at least three"),
                Outcome.BODIES_NOT_RECOVERED).addAttributions(office).build(),
            people("casualties", Count.exactly(40).withNoun("casualties").withPhrase("40 casualties"),
                Outcome.UNSPECIFIED).addAttributions(office).build(),
            people("eliminated", Count.exactly(60).withNoun("fighters").withPhrase("60 fighters"), Outcome.UNSPECIFIED)
                .outcomePhrase("eliminated")
                .population(Population.builder().description("fighters").status(CombatantStatus.COMBATANTS).build())
                .addAttributions(said("military")).build())
        .build();
  }

  /**
   * Constructed to show <b>count words and trailing nouns</b>: "tens of civilians", "scores of
   * deaths", "numerous", "several", "a handful of soldiers", "approaching 500 deaths"; each noun
   * says what is counted and never becomes a unit. Names no real person.
   */
  public static Report countWords() {
    Attribution ngo = said("ngo");
    return report("count-words", "Scores of deaths reported across the region")
        .addSources(organisation("ngo", "Example Rights Group", OrganisationKind.NGO))
        .addFigures(
            people("tens", Count.of(Magnitude.TENS).withNoun("civilians").withPhrase("tens of civilians"),
                Outcome.KILLED).addAttributions(ngo).build(),
            people("scores", Count.of(Magnitude.SCORES).withNoun("deaths").withPhrase("scores of deaths"),
                Outcome.KILLED).addAttributions(ngo).build(),
            people("numerous", Count.of(Magnitude.NUMEROUS).withPhrase("numerous"), Outcome.WOUNDED)
                .addAttributions(ngo).build(),
            people("several", Count.of(Magnitude.SEVERAL).withPhrase("several"), Outcome.MISSING)
                .addAttributions(ngo).build(),
            people("handful", Count.of(Magnitude.HANDFUL).withNoun("soldiers").withPhrase("a handful of soldiers"),
                Outcome.CAPTURED).addAttributions(ngo).build(),
            people("approaching", Count.approaching(500).withNoun("deaths").withPhrase("approaching 500 deaths"),
                Outcome.KILLED).addAttributions(ngo).build())
        .build();
  }

  /**
   * Constructed to show <b>hedges</b>, each the epistemic weight of one claim apart from its
   * verification status: a strike "could have killed" up to 100; 300 fighters "are believed to"
   * have died; a shelling "reportedly" hit a school; 40 killed "if confirmed"; "an estimated"
   * 11,000 troops; the "alleged" perpetrator of an attack. Names no real person.
   */
  public static Report hedgedClaims() {
    return report("hedges", "Strike could have killed up to 100, officials say")
        .addParties(Party.of(party("armed-group"), "the Northern Example Front", PartyKind.ARMED_GROUP))
        .addSources(organisation("officials", "the defence ministry", OrganisationKind.MILITARY),
            Unspecified.of(source("reportedly"), "reportedly"),
            Collective.builder().id(source("analysts")).description("Western analysts").build())
        .addEvents(Event.builder().id(EventId.of("attack")).kind(EventKind.ATTACK).time(THURSDAY)
            .addActors(Actor.of(party("armed-group"), said("officials")).withHedge(Hedge.of(HedgeKind.ALLEGED,
                "alleged")))
            .build())
        .addFigures(
            people("could-have", Count.atMost(100).withPhrase("up to 100"), Outcome.KILLED)
                .hedge(Hedge.of(HedgeKind.COULD_HAVE, "could have")).addAttributions(said("officials")).build(),
            people("believed", Count.exactly(300).withPhrase("300"), Outcome.KILLED)
                .hedge(Hedge.of(HedgeKind.BELIEVED, "are believed to")).addAttributions(said("analysts")).build(),
            people("if-confirmed", Count.exactly(40).withPhrase("40"), Outcome.KILLED).event(EventId.of("attack"))
                .hedge(Hedge.of(HedgeKind.IF_CONFIRMED, "if confirmed")).addAttributions(said("officials")).build(),
            Figure.builder().id(figure("estimated")).measure(Measure.FORCE_STRENGTH)
                .count(Count.about(11_000).withPhrase("11,000")).basis(CountingBasis.ESTIMATED)
                .hedge(Hedge.of(HedgeKind.ESTIMATED, "an estimated")).addAttributions(said("analysts", Mode.ASSESSMENT))
                .build())
        .addStatements(statement("school", said("reportedly"), "a shelling hit a school")
            .hedge(Hedge.of(HedgeKind.REPORTEDLY, "reportedly")).build())
        .build();
  }

  /**
   * Constructed to show <b>a figure stated jointly</b> by two sources: the army and the police,
   * "in a joint statement", said 16 fighters were detained. Names no real person.
   */
  public static Report jointlyStatedFigure() {
    Channel joint = Channel.of(ChannelKind.STATEMENT);
    return report("joint", "Army and police detain 16 fighters")
        .addSources(organisation("army", "the army", OrganisationKind.MILITARY),
            organisation("police", "the national police", OrganisationKind.GOVERNMENT))
        .addFigures(people("detained", Count.exactly(16).withNoun("fighters").withPhrase("16 fighters"),
                Outcome.DETAINED)
            .addAttributions(said("army").withChannel(joint), said("police").withChannel(joint)).build())
        .build();
  }

  /**
   * Constructed to show <b>competing claims and a denial</b>: one strike on a market, with three
   * incompatible tolls from three sources (17, "more than 30", 6), and the accused party's denial
   * that any strike took place. Expected findings: each pair of tolls contradicts. Names no real
   * person.
   */
  public static Report competingTollsAndDenial() {
    EventId strike = EventId.of("market-strike");
    return report("competing", "Three tolls, and a denial, after market strike")
        .addPlaces(placeOf("example-city", "Example City", PlaceKind.CITY).build(),
            placeOf("market", "the central market", PlaceKind.MARKET).within(place("example-city")).build())
        .addParties(Party.of(party("government"), "the government of Exampleland", PartyKind.STATE),
            Party.of(party("front"), "the Northern Example Front", PartyKind.ARMED_GROUP))
        .addSources(
            Organisation.builder().id(source("local-authority")).name("the city administration")
                .kind(OrganisationKind.GOVERNMENT).party(party("government")).build(),
            organisation("rights-group", "Example Rights Group", OrganisationKind.NGO),
            Organisation.builder().id(source("front-press")).name("the Front's press office")
                .kind(OrganisationKind.ARMED_GROUP).party(party("front")).build())
        .addEvents(Event.builder().id(strike).kind(EventKind.STRIKE).time(THURSDAY)
            .location(Location.at(place("market")))
            .addActors(Actor.of(party("front"), said("local-authority")).withHedge(Hedge.of(HedgeKind.ALLEGED)))
            .build())
        .addFigures(
            people("toll-authority", Count.exactly(17).withPhrase("17"), Outcome.KILLED).event(strike)
                .addAttributions(said("local-authority")).build(),
            people("toll-rights-group", Count.moreThan(30).withPhrase("more than 30"), Outcome.KILLED).event(strike)
                .addAttributions(said("rights-group")).build(),
            people("toll-front", Count.exactly(6).withPhrase("six"), Outcome.KILLED).event(strike)
                .addAttributions(said("front-press")).build())
        .addStatements(statement("denial", said("front-press").withStatus(Verification.CLAIMED),
            "no strike took place in the area").stance(Stance.DENIES).addAbout(strike).build())
        .build();
  }

  // --- events, parties and people ----------------------------------------------------------------

  /**
   * Constructed to show <b>an event with its time, place, alleged actor, means and targets</b>: a
   * shelling "on Tuesday night" (resolved against the publication date) near a village, which the
   * governor says the other side carried out ("alleged"), by artillery, drones and explosive
   * weapons with a wide impact area, hitting a residential street and a substation. Names no real
   * person.
   */
  public static Report eventWithActorMeansAndTarget() {
    DateMention tuesdayNight = DateMention.builder().phrase("on Tuesday night")
        .value(PartialDate.of(PUBLISHED.minusDays(3))).time(ClockTime.of(LocalTime.of(23, 0), ZoneOffset.ofHours(2)))
        .reference(PUBLICATION).build();
    return report("event", "Overnight shelling hits village near the border")
        .addPlaces(placeOf("example-village", "Examplivka", PlaceKind.VILLAGE).country(CountryCode.of("UA")).build())
        .addParties(Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE)
            .country(CountryCode.of("RU")).build())
        .addSources(Person.builder().id(source("governor")).name("Ivan Testov").role("regional governor").build())
        .addEvents(Event.builder().id(EventId.of("shelling")).kind(EventKind.SHELLING).label("overnight shelling")
            .time(tuesdayNight).location(Location.near(place("example-village")))
            .addActors(Actor.of(party("russia"), said("governor")).withHedge(Hedge.of(HedgeKind.ALLEGED, "alleged")))
            .addMeans(Means.of(MeansKind.ARTILLERY), Means.of(MeansKind.DRONE),
                Means.of(MeansKind.EXPLOSIVE_WEAPONS_WIDE_AREA, "explosive weapons with a wide impact area"))
            .addTargets(Target.of("a residential street", place("example-village")), Target.of("a power substation"))
            .build())
        .addFigures(people("wounded", Count.exactly(3).withPhrase("three"), Outcome.WOUNDED)
            .event(EventId.of("shelling")).addAttributions(said("governor")).build())
        .addStatements(statement("governor-says", said("governor").withWhen(relative("on Wednesday",
                PUBLISHED.minusDays(2))), "Russian forces shelled the village overnight with artillery and drones")
            .addAbout(EventId.of("shelling")).build())
        .build();
  }

  /**
   * Constructed to show <b>parties that are not states</b>: a civil war between a country's armed
   * forces and a paramilitary force of the same country; a coalition of the army with allied
   * militias (members of the coalition, allied with the army); an armed group; de facto authorities
   * controlled by that group, and a health ministry run by them. Names no real person; the
   * parties are invented.
   */
  public static Report nonStateParties() {
    return report("parties", "Fighting between army and paramilitary spreads to Example City")
        .addPlaces(placeOf("example-city", "Example City", PlaceKind.CITY).country(CountryCode.of("SD"))
            .addControl(Control.by(party("paramilitary"), DateMention.of("since April 2023",
                DateInterval.from(PartialDate.of(2023, 4)))))
            .build())
        .addParties(
            Party.builder().id(party("coalition")).name("the Example Coalition").kind(PartyKind.COALITION).build(),
            Party.builder().id(party("army")).name("the Example Armed Forces").kind(PartyKind.ARMED_FORCES)
                .country(CountryCode.of("SD")).addRelations(PartyRelation.of(PartyRelation.Kind.MEMBER_OF,
                    party("coalition")))
                .build(),
            Party.builder().id(party("militia")).name("the Example Militia").kind(PartyKind.MILITIA)
                .country(CountryCode.of("SD"))
                .addRelations(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, party("coalition")),
                    PartyRelation.of(PartyRelation.Kind.ALLIED_WITH, party("army")))
                .build(),
            Party.builder().id(party("paramilitary")).name("the Rapid Example Forces").addAliases("REF")
                .kind(PartyKind.PARAMILITARY).country(CountryCode.of("SD")).build(),
            Party.builder().id(party("armed-group")).name("the Northern Example Front").kind(PartyKind.ARMED_GROUP)
                .build(),
            Party.builder().id(party("authorities")).name("the de facto authorities").kind(PartyKind.AUTHORITY)
                .addRelations(PartyRelation.of(PartyRelation.Kind.CONTROLLED_BY, party("armed-group"))).build())
        .addSources(
            Organisation.builder().id(source("health-ministry")).name("the health ministry")
                .kind(OrganisationKind.HEALTH_SERVICE).party(party("authorities")).build(),
            Organisation.builder().id(source("army-spokesman")).name("the army's spokesman's office")
                .kind(OrganisationKind.MILITARY).country(CountryCode.of("SD")).party(party("army")).build())
        .addEvents(Event.builder().id(EventId.of("clash")).kind(EventKind.CLASH).time(THURSDAY)
            .location(Location.in(place("example-city")))
            .addActors(Actor.of(party("army")), Actor.of(party("paramilitary"))).build())
        .addFigures(
            people("fighters-killed", Count.atLeast(40).withPhrase("at least 40"), Outcome.KILLED)
                .population(Population.builder().description("paramilitary fighters").force(party("paramilitary"))
                    .status(CombatantStatus.COMBATANTS).build())
                .event(EventId.of("clash")).addAttributions(said("army-spokesman")).build(),
            people("civilians-killed", Count.exactly(12).withPhrase("12"), Outcome.KILLED).population(civilians())
                .addAttributions(said("health-ministry")).build())
        .build();
  }

  /**
   * Constructed to show <b>a prisoner exchange</b>: two sides, each the party whose people came
   * home; Ukraine says 157 of its people returned, Russia says 150 (both kept, attributed, on
   * Ukraine's side), Russia says 150 of its own returned; mediated by a third state's government,
   * on Saturday, at the border. Two freed people are described, each with a detention history
   * that refers to the exchange: a sample of the 150 or so, not the whole group. Expected findings:
   * the sides' counts disagree (information, naming both claims); no captured-count mismatch, since
   * the two records are a described sample. Names no real person; the freed are described, never
   * named.
   */
  public static Report prisonerExchange() {
    EventId exchange = EventId.of("exchange");
    DateMention saturday = relative("on Saturday", PUBLISHED.minusDays(6));
    Transfer exchanged = Transfer.of(TransferKind.EXCHANGED).withDate(saturday).withEvent(exchange);
    return report("exchange", "Ukraine and Russia exchange prisoners")
        .addPlaces(placeOf("border", "the Belarusian-Ukrainian border", PlaceKind.FRONT).build())
        .addParties(Party.builder().id(party("ukraine")).name("Ukraine").kind(PartyKind.STATE)
                .country(CountryCode.of("UA")).build(),
            Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE).country(CountryCode.of("RU"))
                .build())
        .addSources(
            Organisation.builder().id(source("pow-office")).name("the prisoner-of-war coordination office")
                .kind(OrganisationKind.GOVERNMENT).country(CountryCode.of("UA")).party(party("ukraine")).build(),
            Organisation.builder().id(source("defence-ministry")).name("the defence ministry")
                .kind(OrganisationKind.MILITARY).country(CountryCode.of("RU")).party(party("russia")).build(),
            Organisation.builder().id(source("mediator")).name("the foreign ministry of Example State")
                .kind(OrganisationKind.GOVERNMENT).build())
        .addEvents(Event.builder().id(exchange).kind(EventKind.PRISONER_EXCHANGE).time(saturday)
            .location(Location.at(place("border")))
            .exchange(Exchange.between(
                    ExchangeSide.of(party("ukraine"), figure("ua-home-per-ukraine"), figure("ua-home-per-russia")),
                    ExchangeSide.of(party("russia"), figure("ru-home-per-russia")))
                .withMediators(source("mediator")))
            .build())
        .addFigures(
            people("ua-home-per-ukraine", Count.exactly(157).withPhrase("157"), Outcome.EXCHANGED).event(exchange)
                .population(Population.builder().description("Ukrainians").side(party("ukraine")).build())
                .addAttributions(said("pow-office")).build(),
            people("ua-home-per-russia", Count.exactly(150).withPhrase("150"), Outcome.EXCHANGED).event(exchange)
                .population(Population.builder().description("Ukrainian prisoners").side(party("ukraine")).build())
                .addAttributions(said("defence-ministry")).build(),
            people("ru-home-per-russia", Count.exactly(150).withPhrase("150"), Outcome.EXCHANGED).event(exchange)
                .population(Population.builder().description("Russian servicemen").side(party("russia")).build())
                .addAttributions(said("defence-ministry")).build())
        .addPrisoners(
            Prisoner.of(PrisonerId.of("marine"), Particulars.builder().nationality(CountryCode.of("UA"))
                .side(party("ukraine")).age(Count.exactly(23).withUnit(Unit.YEARS).withPhrase("23-year-old"))
                .role(PersonRole.SERVICEMAN).capture(Capture.on(DateMention.of("in 2022", PartialDate.ofYear(2022))))
                .addTransfers(exchanged).legalStatus(LegalStatus.PRISONER_OF_WAR).build()),
            Prisoner.of(PrisonerId.of("medic"), Particulars.builder().nationality(CountryCode.of("UA"))
                .side(party("ukraine")).role(PersonRole.MEDIC).addTransfers(exchanged).build()))
        .addStatements(statement("among-freed", said("pow-office"),
            "Among those freed were a 23-year-old marine captured in 2022 and a military medic")
            .addAbout(PrisonerId.of("marine"), PrisonerId.of("medic"), exchange).build())
        .build();
  }

  /**
   * Constructed to show <b>detention over time</b>: a journalist captured in March 2022, held in
   * three places one after another (a temporary detention site, a pre-trial detention centre, a
   * penal colony) with their dates, charged under an article of a criminal code by a prosecutor,
   * transferred, and released on Thursday "after three years in captivity"; his mother, whose name
   * is withheld, speaks for him as a person of the report. Names no real person.
   */
  public static Report detentionOverTime() {
    PrisonerId detainee = PrisonerId.of("journalist");
    PersonId mother = PersonId.of("mother");
    DateMention june2022 = DateMention.of("in June 2022", PartialDate.of(2022, 6));
    Particulars history = Particulars.builder().nationality(CountryCode.of("UA")).role(PersonRole.JOURNALIST)
        .capture(Capture.on(DateMention.of("in March 2022", PartialDate.of(2022, 3)))
            .withLocation(Location.in(place("example-town"))).withParty(party("russia")).withBy("Russian forces"))
        .addCustody(
            Custody.at(Location.in(place("example-town"))).withPeriod(DateMention.of("from March to June 2022",
                DateInterval.of(PartialDate.of(2022, 3), PartialDate.of(2022, 6)))),
            Custody.at(Location.at(place("sizo"))).withHolder(source("prison-service"))
                .withPeriod(DateMention.of("from June 2022 to January 2024",
                    DateInterval.of(PartialDate.of(2022, 6), PartialDate.of(2024, 1)))),
            Custody.at(Location.at(place("colony"))).withHolder(source("prison-service"))
                .withPeriod(DateMention.of("from January 2024", DateInterval.of(PartialDate.of(2024, 1),
                    PartialDate.of(PUBLISHED.minusDays(1)))))
                .withConditions("held in solitary confinement"))
        .addCharges(Charge.under("Article 205.5", "Criminal Code of the Russian Federation")
            .withDescription("participation in a terrorist organisation").withAuthority(source("prosecutor"))
            .withDate(DateMention.of("in May 2023", PartialDate.of(2023, 5))))
        .addTransfers(Transfer.of(TransferKind.TRANSFERRED).withDate(june2022).withLocation(Location.at(place("sizo"))),
            Transfer.of(TransferKind.RELEASED).withDate(THURSDAY))
        .captivity(DurationMention.of("after three years in captivity", Count.exactly(3).withUnit(Unit.YEARS)))
        .build();
    return report("detention", "Journalist freed after three years in captivity")
        .addPlaces(placeOf("example-town", "Example Town", PlaceKind.TOWN).country(CountryCode.of("UA")).build(),
            placeOf("sizo", "a pre-trial detention centre", PlaceKind.PRISON).country(CountryCode.of("RU")).build(),
            placeOf("colony", "a penal colony", PlaceKind.PRISON).country(CountryCode.of("RU")).build())
        .addParties(Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE)
            .country(CountryCode.of("RU")).build())
        .addPeople(Individual.builder().id(mother).description("his mother")
            .identity(Identity.none().withName(Protected.withheld("she asked that her name not be used")))
            .addRelationships(Relationship.of(Relationship.Kind.PARENT, detainee, "his mother")).build())
        .addSources(IndividualSource.of(source("mother-speaks"), mother),
            organisation("prosecutor", "the regional prosecutor's office", OrganisationKind.JUDICIARY),
            organisation("prison-service", "the federal prison service", OrganisationKind.GOVERNMENT))
        .addPrisoners(Prisoner.builder().id(detainee)
            .identity(Identity.none().withName(Protected.withheld("withheld at the family's request")))
            .particulars(history).build())
        .addStatements(statement("waited", said("mother-speaks", Mode.DIRECT_QUOTE), "We waited three years for this day,")
            .addAbout(detainee).build())
        .build();
  }

  /**
   * Constructed to show <b>people mentioned</b> who are neither sources nor prisoners: a victim (a
   * 12-year-old girl killed in a strike), her father (a relative), and a local commander; each
   * protected, none named. Names no real person.
   */
  public static Report peopleMentioned() {
    PersonId girl = PersonId.of("girl");
    return report("people", "Girl, 12, among dead in strike")
        .addSources(organisation("police", "the regional police", OrganisationKind.GOVERNMENT))
        .addPeople(
            Individual.builder().id(girl).description("a 12-year-old girl").role(PersonRole.CIVILIAN)
                .age(Count.exactly(12).withUnit(Unit.YEARS).withPhrase("12-year-old"))
                .identity(Identity.none().withName(Protected.withheld("not named by police"))
                    .withFace(Protected.withheld("photo blurred")))
                .build(),
            Individual.builder().id(PersonId.of("father")).description("her father")
                .addRelationships(Relationship.of(Relationship.Kind.PARENT, girl, "her father")).build(),
            Individual.builder().id(PersonId.of("commander")).description("a local commander")
                .role(PersonRole.COMMANDER).rank("colonel").build())
        .addStatements(statement("victim", said("police"),
            "a 12-year-old girl was among the dead; her father was injured; a local commander was also killed")
            .addAbout(girl, PersonId.of("father"), PersonId.of("commander")).build())
        .build();
  }

  /**
   * Constructed to show <b>particulars</b> a report gives of people: a prisoner known by his first
   * name only ("Taras", printed, so known and released as already public), aged 34, a sergeant and
   * serviceman with diabetes who lost 20 kilograms; a person mentioned "about 60", a medic known as
   * "Olha"; a second prisoner "in his 40s". Names no real person.
   */
  public static Report personalParticulars() {
    Protected<String> taras = Protected.known("Taras").released(Protected.Release.ALREADY_PUBLIC);
    Protected<String> olha = Protected.known("Olha").released(Protected.Release.ALREADY_PUBLIC);
    return report("particulars", "Freed sergeant, 34, needs treatment, medic says")
        .addSources(organisation("pow-office", "the prisoner-of-war coordination office", OrganisationKind.GOVERNMENT))
        .addPrisoners(
            Prisoner.builder().id(PrisonerId.of("sergeant")).identity(Identity.none().withPartialName(taras))
                .particulars(Particulars.builder().age(Count.exactly(34).withUnit(Unit.YEARS).withPhrase("34"))
                    .rank("sergeant").role(PersonRole.SERVICEMAN).wounded(Wounded.NOT_WOUNDED)
                    .addHealth("diabetes", "lost 20 kilograms").build())
                .build(),
            Prisoner.of(PrisonerId.of("older"), Particulars.builder()
                .age(Count.between(40, 49).withUnit(Unit.YEARS).withPhrase("in his 40s"))
                .role(PersonRole.CIVILIAN).wounded(Wounded.WOUNDED).addInjuries("shrapnel wounds").build()))
        .addPeople(Individual.builder().id(PersonId.of("medic")).description("a medic who treated him")
            .identity(Identity.none().withPartialName(olha)).role(PersonRole.MEDIC)
            .age(Count.about(60).withUnit(Unit.YEARS).withPhrase("about 60")).addHealth("needs heart surgery").build())
        .addStatements(statement("treatment", said("pow-office"),
            "Taras, a 34-year-old sergeant, has diabetes and lost 20 kilograms in captivity")
            .addAbout(PrisonerId.of("sergeant")).build())
        .build();
  }

  // --- places and time ---------------------------------------------------------------------------

  /**
   * Constructed to show <b>places within places, control and sites</b>: a factory in an industrial
   * district of a city in a province, a camp for displaced people outside the provincial capital,
   * a hospital, a school, a market, a shelter and a prison; a town held by one party since a date
   * and the city by the other as of a date; a location naming several places, and one naming none
   * ("in three northern towns"). Names no real person.
   */
  public static Report placesWithinPlaces() {
    PlaceId province = place("example-oblast");
    PlaceId city = place("example-city");
    return report("places", "Strike hits factory; displaced camp outside the city fills up")
        .addPlaces(
            placeOf("example-oblast", "Example Oblast", PlaceKind.REGION).country(CountryCode.of("UA")).build(),
            placeOf("example-city", "Example City", PlaceKind.CITY).country(CountryCode.of("UA")).within(province)
                .addControl(Control.by(party("ukraine"), DateMention.of("as of 10 March", PartialDate.of(2025, 3, 10))))
                .build(),
            placeOf("industrial-district", "the industrial district", PlaceKind.DISTRICT).within(city).build(),
            placeOf("plant", "a machine-building plant", PlaceKind.FACILITY).within(place("industrial-district"))
                .build(),
            placeOf("camp", "a camp for displaced people", PlaceKind.CAMP).within(province).build(),
            placeOf("hospital", "the regional hospital", PlaceKind.HOSPITAL).within(city).build(),
            placeOf("school", "School No. 5", PlaceKind.SCHOOL).within(city).build(),
            placeOf("market", "the central market", PlaceKind.MARKET).within(city).build(),
            placeOf("shelter", "a basement shelter", PlaceKind.SHELTER).within(place("school")).build(),
            placeOf("prison", "the city prison", PlaceKind.PRISON).within(city).build(),
            placeOf("north-town", "Example Town", PlaceKind.TOWN).within(province)
                .addControl(Control.by(party("russia"), DateMention.of("since the spring of 2022",
                    DateInterval.from(PartialDate.of(2022, Season.SPRING)))))
                .build(),
            placeOf("north-village", "Sampleino", PlaceKind.VILLAGE).within(province).build())
        .addParties(Party.builder().id(party("ukraine")).name("Ukraine").kind(PartyKind.STATE)
                .country(CountryCode.of("UA")).build(),
            Party.builder().id(party("russia")).name("Russia").kind(PartyKind.STATE).country(CountryCode.of("RU"))
                .build())
        .addSources(organisation("administration", "the regional administration", OrganisationKind.GOVERNMENT))
        .addEvents(Event.builder().id(EventId.of("plant-strike")).kind(EventKind.STRIKE).time(THURSDAY)
                .location(Location.at(place("plant"))).addTargets(Target.of("the plant", place("plant"))).build(),
            Event.builder().id(EventId.of("shelling")).kind(EventKind.SHELLING).time(THURSDAY)
                .location(Location.described(Relation.IN, "in three northern towns")).build(),
            Event.builder().id(EventId.of("border-shelling")).kind(EventKind.SHELLING).time(THURSDAY)
                .location(Location.of(Relation.IN, place("north-town"), place("north-village"))).build())
        .addFigures(people("camp-displaced", Count.about(4_000).withPhrase("about 4,000"), Outcome.DISPLACED)
            .location(Location.at(place("camp"))).addAttributions(said("administration")).build())
        .addStatements(statement("camp", said("administration"),
            "about 4,000 people now live in a camp outside the provincial capital")
            .location(new Location(Relation.OUTSIDE, List.of(city), Optional.of(
                "outside the provincial capital")))
            .addAbout(place("camp"), figure("camp-displaced")).build())
        .build();
  }

  /**
   * Constructed to show <b>durations and open periods</b>: "after two years in captivity" (a
   * duration), more than 1,000 displaced "within two weeks", 12 killed "over the past 24 hours", 300
   * detained "since the spring" (an open period), a cumulative toll "as of 18:00 GMT" (a cut-off
   * with a time and a zone), and "a war now in its third year". Names no real person.
   */
  public static Report durationsAndOpenPeriods() {
    Reference published = PUBLICATION;
    DateMention withinTwoWeeks = DateMention.resolved("within two weeks", DateInterval.of(
        PartialDate.of(PUBLISHED.minusDays(14)), PartialDate.of(PUBLISHED)), published);
    DateMention past24Hours = DateMention.resolved("over the past 24 hours", DateInterval.of(
        PartialDate.of(PUBLISHED.minusDays(1)), PartialDate.of(PUBLISHED)), published);
    DateMention sinceSpring = DateMention.resolved("since the spring",
        DateInterval.from(PartialDate.of(2024, Season.SPRING)), published);
    DateMention cutOff = DateMention.builder().phrase("as of 18:00 GMT on Thursday")
        .value(PartialDate.of(PUBLISHED.minusDays(1))).time(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC))
        .reference(published).build();
    Attribution office = said("office");
    return report("durations", "A war now in its third year: displacement rises")
        .addSources(organisation("office", "Example Humanitarian Office", OrganisationKind.INTERNATIONAL_BODY))
        .addEvents(Event.builder().id(EventId.of("war")).kind(EventKind.OTHER).label("war")
            .time(DateMention.unresolved("a war now in its third year")).build())
        .addFigures(
            people("displaced", Count.moreThan(1_000).withPhrase("more than 1,000"), Outcome.DISPLACED)
                .timeframe(Timeframe.during(withinTwoWeeks)).addAttributions(office).build(),
            people("killed-24h", Count.exactly(12).withPhrase("12"), Outcome.KILLED)
                .timeframe(Timeframe.during(past24Hours)).addAttributions(office).build(),
            people("detained", Count.exactly(300).withPhrase("300"), Outcome.DETAINED)
                .timeframe(Timeframe.since(sinceSpring)).addAttributions(office).build(),
            people("cumulative", Count.exactly(2_340).withPhrase("2,340"), Outcome.KILLED)
                .timeframe(Timeframe.cumulative(DateMention.unresolved("since the war began"), cutOff))
                .event(EventId.of("war")).addAttributions(office).build())
        .addPrisoners(Prisoner.of(PrisonerId.of("freed"), Particulars.builder()
            .captivity(DurationMention.of("after two years in captivity", Count.exactly(2).withUnit(Unit.YEARS)))
            .addTransfers(Transfer.of(TransferKind.RELEASED).withDate(THURSDAY)).build()))
        .addStatements(statement("freed", office, "A man was freed on Thursday after two years in captivity")
            .addAbout(PrisonerId.of("freed")).build())
        .build();
  }

  /**
   * Constructed to show <b>relative dates resolved against an uncertain reference</b>: a copy whose
   * publication date is known only to two days (12 or 13 January 2025); "on Saturday" resolves
   * against it to 11 January, "yesterday" to the interval 11-12 January, each recording that it
   * was resolved against the publication; "last week" resolves against an archive's approximate
   * retrieval date; "earlier" is typed as a relative term that no reference resolves. Names no
   * real person.
   */
  public static Report relativeDatesAgainstUncertainPublication() {
    DateValue twoDays = DateInterval.of(PartialDate.of(2025, 1, 12), PartialDate.of(2025, 1, 13));
    Reference publication = Reference.of(twoDays, ReferenceOrigin.PUBLICATION);
    Reference retrieval = Reference.of(PartialDate.of(2025, 1, 14).withApproximate(true), ReferenceOrigin.RETRIEVAL);
    return Report.builder().id(ReportId.of("fixture-relative-dates")).headline("Drone attack on power plant")
        .publisher("Example Wire").language("en").published(twoDays)
        .addSources(organisation("energy-ministry", "the energy ministry", OrganisationKind.GOVERNMENT))
        .addEvents(Event.builder().id(EventId.of("drone-attack")).kind(EventKind.ATTACK)
            .time(DateMention.resolved("on Saturday", PartialDate.of(2025, 1, 11), publication))
            .addMeans(Means.of(MeansKind.DRONE)).build())
        .addStatements(
            statement("yesterday", said("energy-ministry").withWhen(DateMention.resolved("yesterday",
                DateInterval.of(PartialDate.of(2025, 1, 11), PartialDate.of(2025, 1, 12)), publication)),
                "repairs to the plant began").addAbout(EventId.of("drone-attack")).build(),
            statement("last-week", said("energy-ministry"), "a similar attack hit the plant last week")
                .eventTime(DateMention.resolved("last week", DateInterval.of(PartialDate.of(2025, 1, 6),
                    PartialDate.of(2025, 1, 12)), retrieval)).build(),
            statement("earlier", said("energy-ministry"), "the ministry had earlier warned of attacks")
                .eventTime(DateMention.relative("earlier", RelativeTerm.EARLIER)).build())
        .build();
  }

  // --- the copy ----------------------------------------------------------------------------------

  /**
   * Constructed to show <b>wire copy republished</b>: an outlet's copy of an agency's report
   * (syndication with the original's address), with a standfirst, a dateline, picture credits and
   * a dated correction. Names no real person.
   */
  public static Report syndicatedWireCopy() {
    return report("syndicated", "Displaced families return to Example Town")
        .standfirst("Some 1,200 people have returned since the front moved east, officials say.")
        .dateline("KYIV, March 14 (Example Press Agency)")
        .credit("Reporting by Jane Reporter; Editing by Sam Editor").addContributors("Sam Editor")
        .syndication(Syndication.of("Example Press Agency", URI.create("https://wire.example.org/2025/03/14/returns")))
        .addPictureCredits("Photo: Example Press Agency", "Handout via Example Press Agency")
        .addUpdates(Update.correction("An earlier version of this story misstated the number of people who have "
            + "returned. It is 1,200, not 12,000.").withWhen(PartialDate.of(PUBLISHED.plusDays(1))))
        .addSources(organisation("officials", "the town administration", OrganisationKind.GOVERNMENT),
            OwnVoice.of(source("agency-background"), Voice.BACKGROUND))
        .addFigures(people("returned", Count.about(1_200).withPhrase("some 1,200"), Outcome.RETURNED)
            .addAttributions(said("officials")).build())
        .addStatements(statement("front-moved", said("agency-background"), "the front moved east last year").build())
        .build();
  }

  /**
   * Constructed to show <b>a truncated copy</b>: an archived copy cut off before the end, without
   * its headline and without a publication date, whose last quote ends mid-sentence; the model
   * records both cuts rather than inventing what is missing. Expected findings: the missing
   * headline. Names no real person.
   */
  public static Report truncatedCopyWithoutHeadline() {
    return Report.builder().id(ReportId.of("fixture-truncated")).publisher("Example Courier").language("en")
        .truncated(true)
        .addPeople(Individual.builder().id(PersonId.of("wife")).description("the detainee's wife")
            .identity(Identity.none().withName(Protected.withheld("asked not to be named"))).build())
        .addSources(IndividualSource.of(source("wife-speaks"), PersonId.of("wife")))
        .addStatements(statement("cut-quote", said("wife-speaks", Mode.DIRECT_QUOTE),
            "He was taken from his home at night and we have not").truncated(true).build())
        .build();
  }

  // --- exposure ------------------------------------------------------------------------------------

  /**
   * Constructed, <b>for exposure findings</b>: the one report fixture that holds protected values
   * that are known and <b>not released</b>, so that validation for publication reports them and
   * redaction hides them. A prisoner's name, date of birth and face are known; a document carried
   * by the second prisoner shows another man's name and date of birth; a relative's first name is
   * known. A named source, "Oksana Example", is the second prisoner (her statements are linked to
   * that record, whose own name is withheld), and a statement's text prints the first prisoner's
   * name: both let a protected name be learnt elsewhere in the report. Expected findings, as errors
   * for publication: the exposed name, date of birth and face, the document holder's name, the
   * relative's first name, and both names learnt elsewhere. The names are invented and stand for
   * nobody.
   */
  public static Report knownProtectedValuesExposed() {
    PrisonerId named = PrisonerId.of("named-prisoner");
    PrisonerId speaking = PrisonerId.of("speaking-prisoner");
    return report("exposed", "Captured soldier speaks to reporters")
        .addSources(Person.builder().id(source("oksana")).name("Oksana Example").role("captured medic").build(),
            organisation("security-service", "the security service", OrganisationKind.SECURITY_SERVICE))
        .addPeople(Individual.builder().id(PersonId.of("brother")).description("his brother")
            .identity(Identity.none().withPartialName(Protected.known("Petro")))
            .addRelationships(Relationship.of(Relationship.Kind.SIBLING, named, "his brother")).build())
        .addPrisoners(
            Prisoner.builder().id(named).identity(new Identity(Protected.known("Pak Fixture"), Protected.absent(),
                    Protected.known(LocalDate.of(1999, 5, 1)), Protected.known("photo of his face, unblurred")))
                .particulars(Particulars.builder().legalStatus(LegalStatus.PRISONER_OF_WAR).build()).build(),
            Prisoner.builder().id(speaking).identity(Identity.none().withName(Protected.withheld("withheld")))
                .particulars(Particulars.builder().addStatements(StatementId.of("medic-says"))
                    .addDocuments(Document.builder().kind("military identification card")
                        .issuedTo(IssuedTo.ANOTHER_PERSON).holderDescription("another man")
                        .holderName(Protected.known("Ri Secret")).holderDateOfBirth(Protected.known(
                            LocalDate.of(1990, 2, 3)))
                        .number(Protected.known("N123456")).build())
                    .build())
                .build())
        .addStatements(
            statement("medic-says", said("oksana", Mode.DIRECT_QUOTE).via(Link.of(source("security-service"),
                Mode.MEDIA_OBSERVATION).withChannel(Channel.of(ChannelKind.VIDEO))), "I was captured near the border,")
                .addAbout(speaking).build(),
            statement("names-him", said("security-service"), "Pak Fixture was captured in the same operation")
                .addAbout(named).build())
        .build();
  }
}
