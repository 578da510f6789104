package dev.dispatch.testkit;

import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Target;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.phrase.CountPhrases;
import dev.dispatch.phrase.DatePhrases;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Verification;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import java.util.List;

/**
 * The reference report: CNN's report on two North Korean soldiers captured in Russia's Kursk
 * region, modelled exactly as printed.
 *
 * <p>It states what the text states and nothing more. The report never prints its own date, so
 * {@code published} is absent and relative phrases ("on Saturday", "last week") stay unresolved;
 * "January 9" keeps an unspecified year ({@code XXXX-01-09}). The text gives facts about "one"
 * prisoner and "the other" without saying which is which (capture, injuries, documents): they are
 * {@link UnlinkedFacts}, never paired. It never states a legal status, a prisoner's name or date of
 * birth: those are absent. The name and date of birth on the ID card were blurred by the publisher:
 * they are withheld.
 *
 * <p>Parties, events and the parties of organisations are typed only where the text names them:
 * Russia, Ukraine and the North Korean army (which one soldier says he served in); the
 * cross-border invasion "last August", the renewed offensive "On Sunday" and the precision strike
 * near Belaya, whose date the text does not give ("on Tuesday" is when the military said it). The
 * text never pairs the two captures into one event, so there is no capture event.
 *
 * <p>The ids are public constants so that tests can look elements up.
 */
public final class ReferenceReport {
  private ReferenceReport() {}

  /** The report's id. */
  public static final ReportId ID = ReportId.of("seed-67fcfab4f779ad68");

  /** Places. */
  public static final PlaceId KURSK = PlaceId.of("kursk"), KYIV = PlaceId.of("kyiv"), RUSSIA = PlaceId.of("russia"),
      TUVA = PlaceId.of("tuva"), BELAYA = PlaceId.of("belaya"), DONETSK = PlaceId.of("donetsk");

  /** Sources. */
  public static final SourceId ZELENSKY = SourceId.of("zelensky"), BLINKEN = SourceId.of("blinken"),
      SBU = SourceId.of("sbu"), SBU_SPOKESMAN = SourceId.of("sbu-spokesman"), DOCTOR = SourceId.of("doctor"),
      ASSESSMENTS = SourceId.of("assessments"), UKRAINIAN_MILITARY = SourceId.of("ukrainian-military"),
      UKRAINE = SourceId.of("ukraine"), SOLDIER = SourceId.of("soldier"), OBSERVATION = SourceId.of("cnn-observation"),
      BACKGROUND = SourceId.of("cnn-background");

  /** Parties to the conflict. */
  public static final PartyId RUSSIA_PARTY = PartyId.of("russia"), UKRAINE_PARTY = PartyId.of("ukraine"),
      NORTH_KOREAN_ARMY = PartyId.of("north-korean-army");

  /** Events. */
  public static final EventId INVASION = EventId.of("invasion"), OFFENSIVE = EventId.of("offensive"),
      STRIKE_EVENT = EventId.of("strike");

  /** Figures. */
  public static final FigureId DEPLOYED = FigureId.of("deployed"), TERRITORY = FigureId.of("territory"),
      KILLED_OR_WOUNDED = FigureId.of("killed-or-wounded");

  /** The two prisoners. */
  public static final PrisonerId FIRST = PrisonerId.of("p1"), SECOND = PrisonerId.of("p2");

  /** Statements. */
  public static final StatementId CAPTURED = StatementId.of("captured"), CAPTURED_QUOTE = StatementId.of("captured-quote"),
      DEPLOYMENT = StatementId.of("deployment"), INCURSION = StatementId.of("incursion"),
      LOSSES = StatementId.of("losses"), EXECUTIONS = StatementId.of("executions"), FOOTAGE = StatementId.of("footage"),
      ID_CARD_CLAIM = StatementId.of("id-card-claim"), BLURRED = StatementId.of("blurred"),
      CAPTURES = StatementId.of("captures"), CONDITIONS = StatementId.of("conditions"),
      VIDEO = StatementId.of("video"), BROKEN_LEG = StatementId.of("broken-leg"),
      TRANSLATORS = StatementId.of("translators"), FIRST_ALIVE = StatementId.of("first-alive"),
      ID_CARD = StatementId.of("id-card"), OBTAINED = StatementId.of("obtained"), TRAINED = StatementId.of("trained"),
      NO_DOCUMENTS = StatementId.of("no-documents"), SERVED = StatementId.of("served"),
      RENEWED = StatementId.of("renewed"), STRIKE = StatementId.of("strike"), PUSHED_BACK = StatementId.of("pushed-back"),
      DONETSK_SPEECH = StatementId.of("donetsk-speech"), INTENSIFIED = StatementId.of("intensified");

  /** The credit line exactly as published, the garbled repetition included. */
  public static final String CREDIT = "CNN\u2019s Sophie Tanno, Christian Edwards, Nick Paton Walsh and Daria "
      + "Tarasova-Maki Daria Tarasova-Markina contributed to this report.";

  private static final Report REPORT = build();

  /** The reference report. Immutable: every call returns the same instance. */
  public static Report report() {
    return REPORT;
  }

  /** The reference report built anew through the builders; equal to {@link #report()}. */
  public static Report build() {
    return newReport();
  }

  private static Attribution said(SourceId source, Mode mode) {
    return Attribution.of(source, mode);
  }

  /** "According to the SBU, the soldier said": soldier, relayed by the SBU, to the report. */
  private static Attribution soldierViaSbu() {
    return said(SOLDIER, Mode.PARAPHRASE).via(SBU, Mode.PARAPHRASE);
  }

  private static Statement statement(StatementId id, Attribution attribution, String text, Id... about) {
    return Statement.builder().id(id).attribution(attribution).text(text).addAbout(about).build();
  }

  private static Report newReport() {
    Population northKoreanTroops = Population.builder().description("North Korean troops")
        .nationality(CountryCode.of("KP")).status(CombatantStatus.COMBATANTS).build();
    DateMention saturday = DatePhrases.resolve("on Saturday");
    DateMention lastWeek = DateMention.unresolved("Last week");

    Particulars bothPrisoners = Particulars.builder()
        .nationality(CountryCode.of("KP"))
        .side(RUSSIA_PARTY)
        .capture(Capture.at(Location.in(KURSK)))
        .wounded(Wounded.WOUNDED)
        .addCustody(Custody.heldBy(SBU).withLocation(Location.in(KYIV))
            .withConditions("appropriate conditions consistent with the requirements of international law"))
        .interpreting(Interpreting.in("ko").withInterpreters("Korean translators")
            .withAssistedBy("South Korean intelligence services"))
        .build();

    Document idCard = Document.builder()
        .kind("military identification card")
        .issuer("Russian military")
        .issuedTo(IssuedTo.ANOTHER_PERSON)
        .holderDescription("another man")
        .holderOrigin(TUVA)
        .holderName(Protected.withheld("blurred by CNN"))
        .holderDateOfBirth(Protected.withheld("blurred by CNN"))
        .build();

    List<PrisonerId> both = List.of(FIRST, SECOND);

    return Report.builder()
        .id(ID)
        .headline("Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region")
        .publisher("CNN")
        .credit(CREDIT)
        .addContributors("Sophie Tanno", "Christian Edwards", "Nick Paton Walsh", "Daria Tarasova-Markina")
        .language("en")
        .addUpdates(Update.printed("This story has been updated."))
        .addPictureCredits("Security Service of Ukraine")
        .addPlaces(
            Place.builder().id(KURSK).printedName("Kursk region").canonicalName("Kursk Oblast").addAliases("Kursk")
                .kind(PlaceKind.REGION).country(CountryCode.of("RU")).build(),
            Place.builder().id(KYIV).printedName("Kiev").canonicalName("Kyiv").kind(PlaceKind.CITY)
                .country(CountryCode.of("UA")).build(),
            Place.builder().id(RUSSIA).printedName("Russia").kind(PlaceKind.COUNTRY).country(CountryCode.of("RU")).build(),
            Place.builder().id(TUVA).printedName("Tuva").kind(PlaceKind.REGION).country(CountryCode.of("RU"))
                .within(RUSSIA).build(),
            Place.builder().id(BELAYA).printedName("Belaya").kind(PlaceKind.TOWN).build(),
            Place.builder().id(DONETSK).printedName("Donetsk").country(CountryCode.of("UA")).build())
        .addParties(
            Party.builder().id(RUSSIA_PARTY).name("Russia").kind(PartyKind.STATE).country(CountryCode.of("RU")).build(),
            Party.builder().id(UKRAINE_PARTY).name("Ukraine").kind(PartyKind.STATE).country(CountryCode.of("UA")).build(),
            Party.builder().id(NORTH_KOREAN_ARMY).name("North Korean army").kind(PartyKind.ARMED_FORCES)
                .country(CountryCode.of("KP")).build())
        .addSources(
            Person.builder().id(ZELENSKY).name("Volodymyr Zelensky").role("Ukrainian President").build(),
            Person.builder().id(BLINKEN).name("Antony Blinken").role("U.S. Secretary of State").build(),
            Organisation.builder().id(SBU).name("Security Service of Ukraine").abbreviation("SBU")
                .kind(OrganisationKind.SECURITY_SERVICE).country(CountryCode.of("UA")).party(UKRAINE_PARTY).build(),
            Anonymous.builder().id(SBU_SPOKESMAN).description("an SBU spokesman").anonymity(Anonymity.UNIDENTIFIED)
                .affiliation(SBU).build(),
            Anonymous.builder().id(DOCTOR).description("an unidentified doctor").anonymity(Anonymity.UNIDENTIFIED)
                .build(),
            Anonymous.builder().id(SOLDIER).description("a captured soldier").anonymity(Anonymity.UNIDENTIFIED).build(),
            Collective.of(ASSESSMENTS, "Ukrainian and Western assessments"),
            Organisation.builder().id(UKRAINIAN_MILITARY).name("Ukrainian military").kind(OrganisationKind.MILITARY)
                .country(CountryCode.of("UA")).party(UKRAINE_PARTY).build(),
            Organisation.builder().id(UKRAINE).name("Ukraine").kind(OrganisationKind.GOVERNMENT)
                .country(CountryCode.of("UA")).party(UKRAINE_PARTY).build(),
            OwnVoice.of(OBSERVATION, Voice.OBSERVATION),
            OwnVoice.of(BACKGROUND, Voice.BACKGROUND))
        .addEvents(
            Event.builder().id(INVASION).kind(EventKind.ATTACK).label("cross-border invasion")
                .time(DatePhrases.resolve("last August")).location(Location.in(KURSK))
                .addActors(Actor.of(UKRAINE_PARTY)).build(),
            Event.builder().id(OFFENSIVE).kind(EventKind.ATTACK).label("offensive")
                .time(DateMention.unresolved("On Sunday")).location(Location.in(KURSK))
                .addActors(Actor.of(UKRAINE_PARTY)).build(),
            Event.builder().id(STRIKE_EVENT).kind(EventKind.STRIKE).label("precision strike")
                .location(Location.near(BELAYA))
                .addActors(Actor.of(UKRAINE_PARTY, said(UKRAINIAN_MILITARY, Mode.PARAPHRASE)))
                .addTargets(Target.of("a Russian military command post")).build())
        .addFigures(
            Figure.builder().id(DEPLOYED).measure(Measure.FORCE_STRENGTH)
                .count(CountPhrases.parse("about 11,000"))
                .population(northKoreanTroops).location(Location.in(KURSK))
                .addAttributions(said(ASSESSMENTS, Mode.ASSESSMENT)).build(),
            Figure.builder().id(TERRITORY).measure(Measure.TERRITORY)
                .count(CountPhrases.parse("hundreds of square kilometers"))
                .population(Population.builder().description("Ukrainian forces").nationality(CountryCode.of("UA"))
                    .status(CombatantStatus.COMBATANTS).build())
                .location(Location.in(KURSK)).event(INVASION)
                .addAttributions(said(BACKGROUND, Mode.PARAPHRASE)).build(),
            Figure.builder().id(KILLED_OR_WOUNDED).measure(Measure.PEOPLE)
                .addOutcomes(Outcome.KILLED, Outcome.WOUNDED)
                .count(CountPhrases.parse("more than 1,000"))
                .population(northKoreanTroops).location(Location.in(KURSK))
                .timeframe(Timeframe.during(DatePhrases.resolve("in the last week of December")))
                .addAttributions(said(BLINKEN, Mode.PARAPHRASE).withWhen(lastWeek)).build())
        .addPrisoners(Prisoner.of(FIRST, bothPrisoners), Prisoner.of(SECOND, bothPrisoners))
        .addUnlinked(
            UnlinkedFacts.of(both, List.of(
                Particulars.builder().capture(Capture.by("Ukrainian special forces")
                    .withDate(DatePhrases.resolve("on January 9"))).build(),
                Particulars.builder().capture(Capture.by("Ukrainian paratroopers")).build())),
            UnlinkedFacts.of(both, List.of(
                Particulars.builder().addInjuries("injury to his jaw").build(),
                Particulars.builder().addInjuries("broken leg").build())),
            UnlinkedFacts.of(both, List.of(
                Particulars.builder().addDocuments(idCard).force(NORTH_KOREAN_ARMY)
                    .addStatements(OBTAINED, TRAINED, SERVED).build(),
                Particulars.builder().carriedNoDocuments(true).build())))
        .addStatements(
            statement(CAPTURED, said(ZELENSKY, Mode.PARAPHRASE).withWhen(saturday),
                "troops operating in Russia\u2019s Kursk region had captured two North Korean soldiers",
                FIRST, SECOND, KURSK),
            statement(CAPTURED_QUOTE, said(ZELENSKY, Mode.DIRECT_QUOTE).withChannel(Channel.post("X")).withWhen(saturday),
                "Our soldiers captured North Korean military personnel in the Kursk region. Two soldiers, although "
                    + "wounded, survived and were sent to Kiev, where they are currently in contact with Ukrainian "
                    + "security services,",
                FIRST, SECOND, KURSK, KYIV),
            statement(DEPLOYMENT, said(ASSESSMENTS, Mode.ASSESSMENT),
                "about 11,000 North Korean troops are deployed in the Kursk region", DEPLOYED, KURSK),
            statement(INCURSION, said(BACKGROUND, Mode.PARAPHRASE),
                "Ukrainian forces occupied hundreds of square kilometers after launching a cross-border invasion "
                    + "last August.", TERRITORY, KURSK, INVASION)
                .withEventTime(DatePhrases.resolve("last August")),
            statement(LOSSES, said(BLINKEN, Mode.PARAPHRASE).withWhen(lastWeek),
                "more than 1,000 North Korean troops were killed or wounded in Kursk in the last week of December",
                KILLED_OR_WOUNDED, KURSK),
            statement(EXECUTIONS, said(ZELENSKY, Mode.DIRECT_QUOTE),
                "This is not an easy task: Russian troops and other North Korean military personnel routinely execute "
                    + "the wounded to eliminate any evidence of North Korea\u2019s involvement in the war in Ukraine,"),
            statement(FOOTAGE, said(SBU, Mode.MEDIA_OBSERVATION).withStatus(Verification.PURPORTED)
                    .withChannel(Channel.of(ChannelKind.VIDEO)),
                "The Security Service of Ukraine (SBU) released footage purportedly showing the soldiers.", FIRST, SECOND),
            statement(ID_CARD_CLAIM, said(UKRAINE, Mode.MEDIA_OBSERVATION).withStatus(Verification.CLAIMED),
                "A video and still photos show a Russian military identification card that Ukraine claims was carried "
                    + "by a North Korean soldier captured by Ukrainian forces.", FIRST, SECOND),
            statement(BLURRED, said(OBSERVATION, Mode.MEDIA_OBSERVATION),
                "CNN blurred the name and date of birth on the ID card."),
            statement(CAPTURES, said(SBU_SPOKESMAN, Mode.PARAPHRASE).withChannel(Channel.of(ChannelKind.VIDEO)),
                "one of the North Koreans was captured by Ukrainian special forces on January 9, while the other was "
                    + "captured by Ukrainian paratroopers.", FIRST, SECOND),
            statement(CONDITIONS, said(SBU, Mode.DIRECT_QUOTE),
                "They are being held in appropriate conditions consistent with the requirements of international law,",
                FIRST, SECOND),
            statement(VIDEO, said(OBSERVATION, Mode.MEDIA_OBSERVATION),
                "The video shows two soldiers lying on bunk beds in a cell. One of them suffered an injury to his jaw. "
                    + "No one spoke.", FIRST, SECOND),
            statement(BROKEN_LEG, said(DOCTOR, Mode.PARAPHRASE),
                "the second soldier suffered a broken leg", FIRST, SECOND),
            statement(TRANSLATORS, said(SBU_SPOKESMAN, Mode.DIRECT_QUOTE),
                "communication with them was conducted through Korean translators.", FIRST, SECOND),
            statement(FIRST_ALIVE, said(BACKGROUND, Mode.PARAPHRASE),
                "Saturday\u2019s capture was the first time Ukraine captured a North Korean soldier alive on the "
                    + "battlefield."),
            statement(ID_CARD, said(SBU, Mode.DOCUMENT).withChannel(Channel.of(ChannelKind.DOCUMENT)),
                "The SBU released an image of a Russian military ID card issued in the name of another man from Tuva, "
                    + "Russia, and said to be carried by a captured soldier.", TUVA, FIRST, SECOND),
            statement(OBTAINED, soldierViaSbu(), "he obtained the document last fall in Russia")
                .withEventTime(DatePhrases.resolve("last fall")).withLocation(Location.in(RUSSIA)),
            statement(TRAINED, soldierViaSbu(),
                "some North Korean combat troops only trained with Russian troops for a week"),
            statement(NO_DOCUMENTS, said(SBU, Mode.PARAPHRASE), "the other prisoner had no documents", FIRST, SECOND),
            statement(SERVED, soldierViaSbu(),
                "he had served in the North Korean army and thought he was being sent to Russia for training rather "
                    + "than combat", NORTH_KOREAN_ARMY),
            statement(RENEWED, said(BACKGROUND, Mode.PARAPHRASE),
                "Ukraine renewed its offensive on Kursk, where Ukrainian forces have been holding on to territory "
                    + "since a surprise incursion last summer.", KURSK, OFFENSIVE)
                .withEventTime(DateMention.unresolved("On Sunday")),
            statement(STRIKE, said(UKRAINIAN_MILITARY, Mode.PARAPHRASE).withWhen(DateMention.unresolved("on Tuesday")),
                "it had carried out a precision strike on a Russian military command post near the town of Belaya.",
                BELAYA, STRIKE_EVENT)
                .withLocation(Location.near(BELAYA)),
            statement(PUSHED_BACK, said(BACKGROUND, Mode.PARAPHRASE),
                "Despite Kiev\u2019s rapid advance into Kursk over the summer \u2013 the first ground invasion of Russia "
                    + "by a foreign power since World War II \u2013 Russia ultimately succeeded in pushing back its "
                    + "forces. The lines had remained largely static in the weeks leading up to Ukraine\u2019s latest "
                    + "actions.", KURSK),
            statement(DONETSK_SPEECH, said(ZELENSKY, Mode.PARAPHRASE).withChannel(Channel.of(ChannelKind.ADDRESS))
                    .withWhen(DateMention.unresolved("on Monday")),
                "the Kursk offensive was important to prevent Russia from moving troops into Donetsk and other areas "
                    + "in eastern and southern Ukraine.", KURSK, DONETSK, OFFENSIVE),
            statement(INTENSIFIED, said(BACKGROUND, Mode.PARAPHRASE),
                "Although both sides are exhausted after nearly three years of war, fighting on the front lines has "
                    + "intensified in recent weeks. With Donald Trump set to return to the White House this month \u2013 "
                    + "promising to end the war in one day but not saying how \u2013 Moscow and Kiev appear to be making "
                    + "an 11th-hour push to annex territory and ramp up talks ahead of potential peace talks ."))
        .build();
  }
}
