package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
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
import dev.dispatch.place.PlaceKind;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.util.Set;

/**
 * A small clean report to build test cases on (it passes every rule), and factories for the
 * elements cases add. Synthetic: it names no real person.
 */
final class Base {
  private Base() {}

  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final PartyId KPA = PartyId.of("kpa");

  static final SourceId MOD = SourceId.of("mod");
  static final SourceId RU_MOD = SourceId.of("ru-mod");
  static final SourceId ANALYST = SourceId.of("analyst");
  static final SourceId INSIDER = SourceId.of("insider");
  static final SourceId UN = SourceId.of("un");
  static final SourceId SOLDIER = SourceId.of("soldier");

  static final PlaceId KYIV = PlaceId.of("kyiv");
  static final PlaceId OBLAST = PlaceId.of("oblast");
  static final PlaceId CITY = PlaceId.of("city");
  static final PlaceId HOSPITAL = PlaceId.of("hospital");

  static final EventId STRIKE = EventId.of("strike");
  static final EventId CAPTURE = EventId.of("capture");

  /** Ukraine, Russia, and the North Korean army fighting for Russia. */
  static final Party UKRAINE = Party.builder().id(UA).name("Ukraine").kind(PartyKind.STATE)
      .country(CountryCode.of("UA")).build();
  static final Party RUSSIA = Party.builder().id(RU).name("Russia").kind(PartyKind.STATE)
      .country(CountryCode.of("RU")).build();

  static final PartialDate PUBLISHED = PartialDate.of(2025, 1, 12);

  /** The clean report with a headline. */
  static Report.Builder base() {
    return bare().headline("Headline");
  }

  /** The clean report without its headline. */
  static Report.Builder bare() {
    return Report.builder().id(ReportId.of("r")).publisher("Publisher").language("en").published(PUBLISHED)
        .addPlaces(
            Place.builder().id(KYIV).printedName("Kiev").canonicalName("Kyiv").kind(PlaceKind.CITY).build(),
            Place.builder().id(OBLAST).printedName("Kharkiv oblast").kind(PlaceKind.REGION).build(),
            Place.builder().id(CITY).printedName("Kharkiv").kind(PlaceKind.CITY).within(OBLAST).build(),
            Place.builder().id(HOSPITAL).printedName("City Hospital No. 4").kind(PlaceKind.HOSPITAL).within(CITY)
                .build())
        .addParties(UKRAINE, RUSSIA,
            Party.builder().id(KPA).name("North Korean army").kind(PartyKind.ARMED_FORCES)
                .country(CountryCode.of("KP")).addRelations(PartyRelation.of(PartyRelation.Kind.FIGHTS_FOR, RU))
                .build())
        .addSources(
            Organisation.builder().id(MOD).name("Ministry of Defence of Ukraine").kind(OrganisationKind.MILITARY)
                .country(CountryCode.of("UA")).party(UA).build(),
            Organisation.builder().id(RU_MOD).name("Russian Defence Ministry").kind(OrganisationKind.MILITARY)
                .country(CountryCode.of("RU")).party(RU).build(),
            Organisation.builder().id(UN).name("UN monitoring mission").kind(OrganisationKind.INTERNATIONAL_BODY)
                .build(),
            Person.builder().id(ANALYST).name("A. Analyst").build(),
            Anonymous.builder().id(INSIDER).description("a Western official").anonymity(Anonymity.GRANTED)
                .reason("not authorised to speak").build(),
            Anonymous.builder().id(SOLDIER).description("a captured soldier").anonymity(Anonymity.UNIDENTIFIED)
                .build())
        .addEvents(
            Event.builder().id(STRIKE).kind(EventKind.STRIKE).label("missile strike")
                .time(DateMention.of("on January 10", PartialDate.of(2025, 1, 10))).location(Location.in(CITY))
                .build(),
            Event.builder().id(CAPTURE).kind(EventKind.CAPTURE).location(Location.in(OBLAST)).build());
  }

  static Attribution said(SourceId source) {
    return Attribution.of(source, Mode.PARAPHRASE);
  }

  static DateMention day(int month, int day) {
    return DateMention.of(PartialDate.of(2025, month, day));
  }

  static DateMention day(int year, int month, int day) {
    return DateMention.of(PartialDate.of(year, month, day));
  }

  static Population russianTroops() {
    return Population.builder().description("Russian troops").nationality(CountryCode.of("RU")).side(RU)
        .status(CombatantStatus.COMBATANTS).build();
  }

  /** A figure of Russian troops with the given outcomes, per the analyst. */
  static Figure.Builder people(String id, Count count, Outcome... outcomes) {
    return Figure.builder().id(FigureId.of(id)).measure(Measure.PEOPLE).addOutcomes(outcomes).count(count)
        .population(russianTroops()).addAttributions(said(ANALYST));
  }

  /** Russian troops killed, per the analyst. */
  static Figure.Builder killed(String id, Count count) {
    return people(id, count, Outcome.KILLED);
  }

  /** A statement by a source. */
  static Statement statement(String id, SourceId source, String text) {
    return Statement.builder().id(StatementId.of(id)).attribution(said(source)).text(text).build();
  }

  /** A prisoner captured in the region, with nothing else stated. */
  static Prisoner prisoner(String id) {
    return Prisoner.of(PrisonerId.of(id), captured().build());
  }

  /** Particulars of a capture in the region. */
  static Particulars.Builder captured() {
    return Particulars.builder().capture(Capture.at(Location.in(OBLAST)));
  }

  /**
   * A null where the API forbids one, to test that it is rejected: the one place the tests pass a
   * null past NullAway.
   */
  @SuppressWarnings("NullAway")
  static <T> T nil(Class<T> type) {
    return type.cast(null);
  }

  /** Two parties of one country, for civil-war cases: the army and a paramilitary force. */
  static Set<Party> civilWar() {
    return Set.of(Party.builder().id(PartyId.of("saf")).name("Sudanese Armed Forces").kind(PartyKind.ARMED_FORCES)
            .country(CountryCode.of("SD")).build(),
        Party.builder().id(PartyId.of("rsf")).name("Rapid Support Forces").kind(PartyKind.PARAMILITARY)
            .country(CountryCode.of("SD")).build());
  }
}
