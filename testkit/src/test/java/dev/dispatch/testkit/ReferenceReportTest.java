package dev.dispatch.testkit;

import static dev.dispatch.testkit.ReferenceReport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Verification;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference report holds each numbered fact of DOMAIN.md, and nothing the text does not state. */
class ReferenceReportTest {
  private final Report report = ReferenceReport.report();

  private Statement statement(StatementId id) {
    return report.statement(id).orElseThrow();
  }

  private Figure figure(dev.dispatch.id.FigureId id) {
    return report.figure(id).orElseThrow();
  }

  @Test
  void fact1ZelenskyOnXSaturdayDirectQuote() {
    Person zelensky = (Person) report.source(ZELENSKY).orElseThrow();
    assertEquals("Volodymyr Zelensky", zelensky.name());
    assertEquals(Optional.of("Ukrainian President"), zelensky.role());
    Statement quote = statement(CAPTURED_QUOTE);
    assertEquals(Mode.DIRECT_QUOTE, quote.attribution().mode());
    assertEquals(ChannelKind.SOCIAL_MEDIA_POST, quote.attribution().origin().channel().orElseThrow().kind());
    assertEquals(Optional.of("X"), quote.attribution().origin().channel().orElseThrow().platform());
    assertEquals(DateMention.unresolved("on Saturday"), quote.attribution().origin().when().orElseThrow());
    assertTrue(quote.text().contains("Two soldiers, although wounded, survived and were sent to Kiev"));
    assertTrue(quote.about().containsAll(List.of(FIRST, SECOND, KYIV)));
    for (Prisoner p : report.prisoners()) {
      assertEquals(Wounded.WOUNDED, p.particulars().wounded());
      assertEquals(1, p.particulars().custody().size());
      assertEquals(List.of(KYIV), p.particulars().custody().get(0).location().orElseThrow().places());
      assertEquals(Optional.of(SBU), p.particulars().custody().get(0).holder());
      assertEquals(List.of(KURSK), p.particulars().capture().orElseThrow().location().orElseThrow().places());
      assertEquals(Optional.of(CountryCode.of("KP")), p.particulars().nationality());
      assertEquals(Optional.of(RUSSIA_PARTY), p.particulars().side(), "fighting for Russia");
    }
    assertEquals(2, report.prisoners().size());
  }

  @Test
  void fact2AboutElevenThousandDeployedPerAssessments() {
    Figure f = figure(DEPLOYED);
    assertEquals(Measure.FORCE_STRENGTH, f.measure());
    assertEquals(Count.about(11_000).withPhrase("about 11,000"), f.count());
    assertEquals(Optional.of(CountryCode.of("KP")), f.population().orElseThrow().nationality());
    assertEquals(List.of(KURSK), f.location().orElseThrow().places());
    assertEquals(1, f.attributions().size());
    assertEquals(ASSESSMENTS, f.attributions().get(0).source());
    assertEquals(Mode.ASSESSMENT, f.attributions().get(0).mode());
    assertTrue(report.source(ASSESSMENTS).orElseThrow() instanceof Collective);
  }

  @Test
  void fact3HundredsOfSquareKilometresAsBackground() {
    Figure f = figure(TERRITORY);
    assertEquals(Measure.TERRITORY, f.measure());
    assertEquals(Unit.SQUARE_KILOMETRES, f.count().unit());
    assertEquals(Optional.of(Magnitude.HUNDREDS), f.count().magnitude());
    assertEquals(Optional.of("hundreds of square kilometers"), f.count().phrase());
    assertEquals(1, f.attributions().size());
    assertEquals(BACKGROUND, f.attributions().get(0).source());
    assertEquals(Optional.of(INVASION), f.event(), "occupied after the invasion");
    Statement incursion = statement(INCURSION);
    assertEquals(Optional.of("last August"), incursion.eventTime().orElseThrow().phrase());
    assertEquals("XXXX-08", incursion.eventTime().orElseThrow().value().orElseThrow().toEdtf());
  }

  @Test
  void fact4BlinkenMoreThanAThousandKilledOrWoundedInTheLastWeekOfDecember() {
    Person blinken = (Person) report.source(BLINKEN).orElseThrow();
    assertEquals(Optional.of("U.S. Secretary of State"), blinken.role());
    Figure f = figure(KILLED_OR_WOUNDED);
    assertEquals(Set.of(Outcome.KILLED, Outcome.WOUNDED), f.outcomes());
    assertEquals(Count.moreThan(1_000).withPhrase("more than 1,000"), f.count());
    assertEquals(1_001, f.count().lowerBound());
    assertEquals(1, f.attributions().size());
    assertEquals(BLINKEN, f.attributions().get(0).source());
    assertEquals(Optional.of(DateMention.unresolved("Last week")), f.attributions().get(0).origin().when());
    Timeframe.During during = (Timeframe.During) f.timeframe().orElseThrow();
    assertEquals("XXXX-12-25/XXXX-12-31", during.period().value().orElseThrow().toEdtf());
  }

  @Test
  void fact5ExecutionsAllegationDirectQuote() {
    Statement s = statement(EXECUTIONS);
    assertEquals(ZELENSKY, s.attribution().source());
    assertTrue(s.isDirectQuote());
    assertTrue(s.text().contains("routinely execute the wounded"));
  }

  @Test
  void fact6PurportedFootageAndBlurredIdCard() {
    Statement footage = statement(FOOTAGE);
    assertEquals(SBU, footage.attribution().source());
    assertEquals(Verification.PURPORTED, footage.attribution().status());
    Document card = documents().get(0);
    assertEquals(Protected.withheld("blurred by CNN"), card.holderName());
    assertEquals(Protected.withheld("blurred by CNN"), card.holderDateOfBirth());
    assertEquals(Protected.State.ABSENT, card.number().state());
  }

  @Test
  void fact7CapturesConditionsAndTranslators() {
    UnlinkedFacts captures = unlinkedWith(p -> p.capture().isPresent());
    assertEquals(List.of(FIRST, SECOND), captures.among());
    assertEquals(2, captures.shares().size());
    assertEquals(Optional.of("Ukrainian special forces"), captures.shares().get(0).capture().orElseThrow().by());
    assertEquals("XXXX-01-09", captures.shares().get(0).capture().orElseThrow().date().orElseThrow().value()
        .orElseThrow().toEdtf());
    assertEquals(Optional.of("Ukrainian paratroopers"), captures.shares().get(1).capture().orElseThrow().by());
    assertEquals(Optional.empty(), captures.shares().get(1).capture().orElseThrow().date());
    assertEquals(SBU_SPOKESMAN, statement(CAPTURES).attribution().source());
    assertEquals(Optional.of(SBU), ((Anonymous) report.source(SBU_SPOKESMAN).orElseThrow()).affiliation());
    assertEquals(Optional.of("appropriate conditions consistent with the requirements of international law"),
        report.prisoners().get(0).particulars().custody().get(0).conditions());
    var interpreting = report.prisoners().get(0).particulars().interpreting().orElseThrow();
    assertEquals(Optional.of("Korean translators"), interpreting.interpreters());
    assertEquals(Optional.of("South Korean intelligence services"), interpreting.assistedBy());
  }

  @Test
  void fact8VideoJawInjuryAndTheDoctorsBrokenLeg() {
    UnlinkedFacts injuries = unlinkedWith(p -> !p.injuries().isEmpty());
    assertEquals(List.of("injury to his jaw"), injuries.shares().get(0).injuries());
    assertEquals(List.of("broken leg"), injuries.shares().get(1).injuries());
    assertEquals(Mode.MEDIA_OBSERVATION, statement(VIDEO).attribution().mode());
    assertTrue(statement(VIDEO).text().contains("No one spoke."));
    Source doctor = report.source(statement(BROKEN_LEG).attribution().source()).orElseThrow();
    assertEquals("an unidentified doctor", doctor.label());
  }

  @Test
  void fact9TheIdCardFromTuvaAndTheSoldiersWordsThroughTheSbu() {
    Document card = documents().get(0);
    assertEquals(IssuedTo.ANOTHER_PERSON, card.issuedTo());
    assertEquals(Optional.of("another man"), card.holderDescription());
    assertEquals(Optional.of(TUVA), card.holderOrigin());
    assertEquals(Optional.of("Russian military"), card.issuer());
    UnlinkedFacts documents = unlinkedWith(p -> !p.documents().isEmpty());
    assertTrue(documents.shares().get(1).carriedNoDocuments());
    assertEquals(Optional.of(NORTH_KOREAN_ARMY), documents.shares().get(0).force(), "served in the North Korean army");
    assertEquals(List.of(OBTAINED, TRAINED, SERVED), documents.shares().get(0).statements());
    for (StatementId id : documents.shares().get(0).statements()) {
      assertEquals(List.of(SOLDIER, SBU), statement(id).attribution().sources(), id.value());
    }
    DateMention lastFall = statement(OBTAINED).eventTime().orElseThrow();
    assertEquals(Optional.of("last fall"), lastFall.phrase());
    assertEquals("XXXX-23", lastFall.value().orElseThrow().toEdtf());
    assertEquals(List.of(RUSSIA), statement(OBTAINED).location().orElseThrow().places());
    assertTrue(statement(SERVED).text().contains("training rather than combat"));
    assertTrue(statement(TRAINED).text().contains("for a week"));
  }

  @Test
  void fact10StrikeNearBelayaAndTheDailyAddress() {
    Statement strike = statement(STRIKE);
    assertEquals(UKRAINIAN_MILITARY, strike.attribution().source());
    assertEquals(OrganisationKind.MILITARY, ((Organisation) report.source(UKRAINIAN_MILITARY).orElseThrow()).kind());
    assertEquals(DateMention.unresolved("on Tuesday"), strike.attribution().origin().when().orElseThrow());
    assertEquals(Relation.NEAR, strike.location().orElseThrow().relation());
    assertEquals(List.of(BELAYA), strike.location().orElseThrow().places());
    Statement speech = statement(DONETSK_SPEECH);
    assertEquals(ChannelKind.ADDRESS, speech.attribution().origin().channel().orElseThrow().kind());
    assertEquals(DateMention.unresolved("on Monday"), speech.attribution().origin().when().orElseThrow());
    assertTrue(speech.about().contains(DONETSK));
  }

  @Test
  void fact11CreditsOnceAndTheBareUpdate() {
    assertEquals(List.of("Sophie Tanno", "Christian Edwards", "Nick Paton Walsh", "Daria Tarasova-Markina"),
        report.contributors());
    assertEquals(Optional.of(CREDIT), report.credit());
    assertEquals(1, report.updates().size());
    assertEquals(Optional.of("This story has been updated."), report.updates().get(0).text());
    assertEquals(Optional.empty(), report.updates().get(0).when());
  }

  @Test
  void partiesAreTheThreeTheTextNamesAndRunItsOrganisations() {
    assertEquals(List.of(RUSSIA_PARTY, UKRAINE_PARTY, NORTH_KOREAN_ARMY),
        report.parties().stream().map(Party::id).collect(Collectors.toList()));
    Party russia = report.party(RUSSIA_PARTY).orElseThrow();
    assertEquals(PartyKind.STATE, russia.kind());
    assertEquals(Optional.of(CountryCode.of("RU")), russia.country());
    assertEquals(PartyKind.STATE, report.party(UKRAINE_PARTY).orElseThrow().kind());
    Party army = report.party(NORTH_KOREAN_ARMY).orElseThrow();
    assertEquals(PartyKind.ARMED_FORCES, army.kind());
    assertEquals(Optional.of(CountryCode.of("KP")), army.country());
    for (SourceId id : List.of(SBU, UKRAINIAN_MILITARY, UKRAINE)) {
      assertEquals(Optional.of(UKRAINE_PARTY), ((Organisation) report.source(id).orElseThrow()).party(), id.value());
    }
    assertEquals(Anonymity.UNIDENTIFIED, ((Anonymous) report.source(SBU_SPOKESMAN).orElseThrow()).anonymity());
    assertEquals(Anonymity.UNIDENTIFIED, ((Anonymous) report.source(DOCTOR).orElseThrow()).anonymity());
    assertEquals(Optional.empty(), ((Anonymous) report.source(DOCTOR).orElseThrow()).reason(), "no reason is given");
    Population troops = figure(DEPLOYED).population().orElseThrow();
    assertEquals(Optional.of(CombatantStatus.COMBATANTS), troops.status());
    assertEquals(Optional.of("North Korean troops"), troops.description());
  }

  @Test
  void eventsAreTheInvasionTheOffensiveAndTheStrikeWithTheirActors() {
    assertEquals(List.of(INVASION, OFFENSIVE, STRIKE_EVENT),
        report.events().stream().map(Event::id).collect(Collectors.toList()));
    Event invasion = report.event(INVASION).orElseThrow();
    assertEquals(EventKind.ATTACK, invasion.kind());
    assertEquals(Optional.of("cross-border invasion"), invasion.label());
    assertEquals("XXXX-08", invasion.time().orElseThrow().value().orElseThrow().toEdtf());
    assertEquals(List.of(KURSK), invasion.location().orElseThrow().places());
    assertEquals(List.of(UKRAINE_PARTY), invasion.actors().stream().map(a -> a.party().orElseThrow()).collect(Collectors.toList()));
    assertEquals(Optional.of(INVASION), figure(TERRITORY).event(), "the territory was occupied after the invasion");
    Event offensive = report.event(OFFENSIVE).orElseThrow();
    assertEquals(EventKind.ATTACK, offensive.kind());
    assertEquals(DateMention.unresolved("On Sunday"), offensive.time().orElseThrow());
    assertTrue(statement(RENEWED).about().contains(OFFENSIVE));
    assertTrue(statement(DONETSK_SPEECH).about().contains(OFFENSIVE));
    Event strike = report.event(STRIKE_EVENT).orElseThrow();
    assertEquals(EventKind.STRIKE, strike.kind());
    assertEquals(Optional.empty(), strike.time(), "\"on Tuesday\" is when the military said it, not when it struck");
    assertEquals(Relation.NEAR, strike.location().orElseThrow().relation());
    assertEquals(List.of(BELAYA), strike.location().orElseThrow().places());
    assertEquals(1, strike.actors().size());
    assertEquals(Optional.of(UKRAINE_PARTY), strike.actors().get(0).party());
    assertEquals(UKRAINIAN_MILITARY, strike.actors().get(0).attribution().orElseThrow().source());
    assertEquals(Optional.empty(), strike.actors().get(0).hedge());
    assertEquals(List.of("a Russian military command post"),
        strike.targets().stream().map(t -> t.description()).collect(Collectors.toList()));
    assertEquals(List.of(), strike.means(), "the text names no weapon");
    assertTrue(statement(STRIKE).about().contains(STRIKE_EVENT));
    report.events().forEach(e -> assertEquals(Optional.empty(), e.exchange()));
  }

  @Test
  void tuvaLiesWithinRussiaAndThePictureCreditIsTheSbu() {
    assertEquals(Optional.of(RUSSIA), report.place(TUVA).orElseThrow().within());
    assertEquals(Optional.of(PlaceKind.REGION), report.place(TUVA).orElseThrow().kind());
    assertEquals(Optional.of(PlaceKind.COUNTRY), report.place(RUSSIA).orElseThrow().kind());
    assertEquals(Optional.of(CountryCode.of("RU")), report.place(RUSSIA).orElseThrow().country());
    report.places().stream().filter(p -> !p.id().equals(TUVA))
        .forEach(p -> assertEquals(Optional.empty(), p.within(), p.id() + ": the text nests no other place"));
    report.places().forEach(p -> assertEquals(List.of(), p.control(), p.id() + ": the text states no control"));
    assertEquals(List.of("Security Service of Ukraine"), report.pictureCredits());
    assertEquals(Optional.of("Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region"),
        report.headline());
    assertEquals(Optional.empty(), report.dateline());
  }

  @Test
  void figuresCarryNoCountingRuleHedgeOrSecondSourceTheTextDoesNotGive() {
    for (Figure f : report.figures()) {
      assertEquals(1, f.attributions().size(), f.id().value());
      assertEquals(Optional.empty(), f.hedge(), f.id().value());
      assertEquals(Optional.empty(), f.basis(), f.id().value());
      assertEquals(Optional.empty(), f.scope(), f.id().value());
      assertEquals(Optional.empty(), f.outcomePhrase(), f.id().value());
    }
    for (Statement s : report.statements()) {
      assertEquals(Stance.ASSERTS, s.stance(), s.id().value());
      assertEquals(Optional.empty(), s.hedge(), s.id().value());
      assertFalse(s.truncated(), s.id().value());
    }
  }

  @Test
  void statesNothingTheTextDoesNot() {
    assertEquals(Optional.empty(), report.published(), "the report never prints its date");
    assertEquals(Optional.empty(), report.url());
    for (Prisoner p : report.prisoners()) {
      assertEquals(Identity.none(), p.identity(), "no name, partial name, date of birth or face is stated");
      assertEquals(Protected.State.ABSENT, p.identity().name().state());
      assertEquals(Protected.State.ABSENT, p.identity().dateOfBirth().state());
      assertEquals(Protected.State.ABSENT, p.identity().face().state());
      Particulars own = p.particulars();
      assertEquals(Optional.empty(), own.legalStatus(), "the text never states a legal status");
      assertEquals(Optional.empty(), own.capture().orElseThrow().date(), "no capture date is linked to one prisoner");
      assertEquals(Optional.empty(), own.capture().orElseThrow().by());
      assertEquals(List.of(), own.injuries(), "no injury is linked to one prisoner");
      assertEquals(List.of(), own.documents(), "no document is linked to one prisoner");
      assertFalse(own.carriedNoDocuments());
      assertEquals(Optional.empty(), own.force(), "the army served in is said of one soldier only");
      assertEquals(List.of(), own.statements(), "no statement is linked to one prisoner");
    }
    assertEquals(List.of(), report.people(), "the text mentions no person beyond sources and prisoners");
    assertTrue(report.events().stream().noneMatch(e -> e.kind() == EventKind.CAPTURE),
        "the text never pairs the two captures into one event");
    assertTrue(report.figures().stream().allMatch(f -> f.breakdowns().isEmpty() && f.relations().isEmpty()),
        "the text breaks down and relates no figure");
    assertEquals(Optional.empty(), report.syndication());
    assertEquals(Optional.empty(), report.standfirst());
    assertFalse(report.truncated());
    assertEquals(Optional.empty(), report.place(BELAYA).orElseThrow().country(), "Belaya's country is not stated");
    // Relative phrases cannot be resolved against an unknown publication date.
    for (DateMention m : dateMentions()) {
      assertEquals(Optional.empty(), m.reference(), m.toString());
      m.value().ifPresent(v -> assertEquals(Optional.empty(), v.earliest(), "no year is printed: " + m));
    }
  }

  /** Every text the model keeps as printed appears in the seed, so none of it is invented. */
  @Test
  void everyPrintedTextIsInTheSeed() throws IOException {
    Optional<Path> seed = seed();
    assumeTrue(seed.isPresent(), "the seed text (../shared/seed) is beside the repository in CI");
    String text = Files.readString(seed.get(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    List<String> printed = new ArrayList<>();
    printed.add(report.headline().orElseThrow());
    printed.addAll(report.pictureCredits());
    report.parties().forEach(p -> {
      printed.add(p.name());
      printed.addAll(p.aliases());
    });
    report.events().forEach(e -> {
      e.label().ifPresent(printed::add);
      e.targets().forEach(t -> printed.add(t.description()));
    });
    printed.add(report.credit().orElseThrow());
    report.contributors().forEach(printed::add);
    report.updates().forEach(u -> u.text().ifPresent(printed::add));
    report.places().forEach(p -> {
      printed.add(p.printedName());
      printed.addAll(p.aliases());
    });
    for (Source s : report.sources()) {
      if (s instanceof Person person) {
        printed.add(person.name());
        person.role().ifPresent(printed::add);
      } else if (s instanceof Organisation organisation) {
        printed.add(organisation.name());
        organisation.abbreviation().ifPresent(printed::add);
      } else if (s instanceof Anonymous anonymous) {
        printed.add(anonymous.description());
        anonymous.reason().ifPresent(printed::add);
      } else if (s instanceof Collective collective) {
        printed.add(collective.description());
        collective.reason().ifPresent(printed::add);
      }
    }
    report.statements().forEach(s -> printed.add(s.text()));
    report.figures().forEach(f -> {
      f.count().phrase().ifPresent(printed::add);
      f.population().flatMap(p -> p.description()).ifPresent(printed::add);
    });
    dateMentions().forEach(m -> m.phrase().ifPresent(printed::add));
    List<Particulars> particulars = new ArrayList<>();
    report.prisoners().forEach(p -> particulars.add(p.particulars()));
    report.unlinked().forEach(u -> particulars.addAll(u.shares()));
    for (Particulars p : particulars) {
      printed.addAll(p.injuries());
      printed.addAll(p.health());
      p.rank().ifPresent(printed::add);
      p.capture().flatMap(c -> c.by()).ifPresent(printed::add);
      p.custody().forEach(c -> c.conditions().ifPresent(printed::add));
      p.interpreting().ifPresent(i -> {
        i.interpreters().ifPresent(printed::add);
        i.assistedBy().ifPresent(printed::add);
      });
      p.documents().forEach(d -> {
        printed.add(d.kind());
        d.issuer().ifPresent(printed::add);
        d.holderDescription().ifPresent(printed::add);
      });
    }
    List<String> missing = printed.stream().filter(t -> !text.contains(t.toLowerCase(Locale.ROOT)))
        .collect(Collectors.toList());
    assertEquals(List.of(), missing, "texts not found verbatim in the seed");
    assertTrue(printed.size() > 60, "the check covers the model: " + printed.size());
  }

  private static Optional<Path> seed() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/seed/000_67fcfab4f779ad68.txt");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private List<DateMention> dateMentions() {
    List<DateMention> all = new ArrayList<>();
    for (Statement s : report.statements()) {
      s.attribution().links().forEach(l -> l.when().ifPresent(all::add));
      s.eventTime().ifPresent(all::add);
    }
    for (Figure f : report.figures()) {
      f.timeframe().ifPresent(t -> {
        if (t instanceof Timeframe.During during) {
          all.add(during.period());
        } else if (t instanceof Timeframe.Cumulative cumulative) {
          cumulative.since().ifPresent(all::add);
          cumulative.asOf().ifPresent(all::add);
        }
      });
      f.attributions().forEach(a -> a.links().forEach(l -> l.when().ifPresent(all::add)));
    }
    for (Event e : report.events()) {
      e.time().ifPresent(all::add);
      e.actors().forEach(a -> a.attribution().ifPresent(at -> at.links().forEach(l -> l.when().ifPresent(all::add))));
    }
    report.places().forEach(p -> p.control().forEach(c -> c.asOf().ifPresent(all::add)));
    List<Particulars> particulars = new ArrayList<>();
    report.prisoners().forEach(p -> particulars.add(p.particulars()));
    report.unlinked().forEach(u -> particulars.addAll(u.shares()));
    for (Particulars p : particulars) {
      p.capture().flatMap(c -> c.date()).ifPresent(all::add);
      p.custody().forEach(c -> c.period().ifPresent(all::add));
      p.charges().forEach(c -> c.date().ifPresent(all::add));
      p.transfers().forEach(t -> t.date().ifPresent(all::add));
    }
    return all;
  }

  private List<Document> documents() {
    return report.unlinked().stream().flatMap(u -> u.shares().stream()).flatMap(p -> p.documents().stream())
        .collect(Collectors.toList());
  }

  private UnlinkedFacts unlinkedWith(java.util.function.Predicate<Particulars> share) {
    List<UnlinkedFacts> matching = report.unlinked().stream().filter(u -> share.test(u.shares().get(0)))
        .collect(Collectors.toList());
    assertEquals(1, matching.size());
    return matching.get(0);
  }

  @Test
  void crossReferencesResolve() {
    for (Statement s : report.statements()) {
      for (Id id : s.references()) {
        assertTrue(report.contains(id), s.id() + " -> " + id);
      }
    }
    DateValue january9 = PartialDate.of(java.time.MonthDay.of(1, 9));
    assertEquals(january9, DateValue.parse("XXXX-01-09"));
  }
}
