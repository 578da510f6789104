package dev.dispatch.validation;

import static dev.dispatch.validation.Base.ANALYST;
import static dev.dispatch.validation.Base.MOD;
import static dev.dispatch.validation.Base.base;
import static dev.dispatch.validation.Base.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.place.Control;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import dev.dispatch.source.Mode;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator's own API: running one rule alone, settings, configuration, results; and the date walk. */
class ValidatorApiTest {
  private static final DateMention LATE = DateMention.of("in 2030", PartialDate.ofYear(2030));

  /** The house rule of the Javadoc examples. */
  private static final Rule HEADLINE_LENGTH = Rule.of("house.headline-length", Severity.WARNING,
      "A headline longer than 20 characters.",
      (report, findings) -> report.headline().ifPresent(h -> {
        if (h.length() > 20) {
          findings.add("headline", "the headline has " + h.length() + " characters; keep it under 20");
        }
      }));

  @Test
  void aHouseRuleIsTestedAloneThroughFindings() {
    ValidationResult found = Findings.run(HEADLINE_LENGTH, base().headline("A headline well over twenty characters")
        .build(), Settings.defaults());
    assertEquals(List.of(new Violation("house.headline-length", Severity.WARNING, "headline",
        "the headline has 38 characters; keep it under 20")), found.violations());
    assertTrue(Findings.run(HEADLINE_LENGTH, base().build(), Settings.defaults()).violations().isEmpty());
    assertThrows(NullPointerException.class, () -> Findings.run(HEADLINE_LENGTH, base().build(),
        Base.nil(Settings.class)));
    assertThrows(NullPointerException.class, () -> Findings.run(HEADLINE_LENGTH, Base.nil(Report.class),
        Settings.defaults()));
    Findings none = Findings.of(HEADLINE_LENGTH, Settings.defaults());
    assertEquals(Settings.defaults(), none.settings());
    assertThrows(NullPointerException.class, () -> none.add("headline", Base.nil(String.class)));
  }

  /** A rule run alone is withheld from and contained as it is inside a validator: no other public way exists. */
  @Test
  void aRuleRunAloneHasProtectedValuesWithheldAndItsFailureReported() {
    Report report = base().headline("Captured soldier Petrov speaks")
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p1")).identity(Identity.none()
            .withName(Protected.known("Ivan Petrov"))).build()).build();
    Rule quoting = Rule.of("house.quotes-headline", Severity.INFO, "Quotes the headline.",
        (r, findings) -> findings.add("headline", "the headline reads " + r.headline().orElse("")));
    ValidationResult found = Findings.run(quoting, report, Settings.defaults());
    assertEquals(1, found.violations().size());
    assertFalse(found.violations().get(0).message().contains("Petrov"), found.violations().get(0).message());
    // Found by an outside probe: Latin small capitals spell the name as well.
    Report smallCaps = report.withHeadline("Captured soldier ᴘᴇᴛʀᴏᴠ speaks");
    String message = Findings.run(quoting, smallCaps, Settings.defaults()).violations().get(0).message();
    assertFalse(message.contains("ᴘᴇᴛʀᴏᴠ"), message);
    Rule failing = Rule.of("house.fails", Severity.INFO, "Fails.", (r, findings) -> {
      findings.add("", "before failing");
      throw new IllegalStateException("a bug");
    });
    assertEquals(List.of("house.fails", Validator.RULE_FAILED),
        Findings.run(failing, report, Settings.defaults()).violations().stream().map(Violation::code).toList());
  }

  @Test
  void aBuiltInRuleRunsAloneWithTheSettingsItIsGiven() {
    Report report = base().addFigures(Base.killed("f", Count.moreThan(300)).attributions(List.of(said(MOD))).build())
        .build();
    Rule partisan = RulesTest.rule(Rules.FIGURE_PARTISAN_SOURCE);
    assertEquals(List.of(), Findings.run(partisan, report, Settings.defaults()).violations(), "no parties configured");
    assertEquals(1, Findings.run(partisan, report, Settings.defaults().withParties(Base.UKRAINE, Base.RUSSIA))
        .withCode(Rules.FIGURE_PARTISAN_SOURCE).size());
  }

  @Test
  void partiesAreMatchedByIdNotByName() {
    Report report = base().addFigures(Base.killed("f", Count.moreThan(300)).attributions(List.of(said(MOD))).build())
        .build();
    Party renamedRussia = Party.of(Base.RU, "the Russian Federation", PartyKind.STATE);
    Party renamedUkraine = Party.of(Base.UA, "Kyiv", PartyKind.STATE);
    Validator byId = Validator.builder().parties(renamedUkraine, renamedRussia).build();
    assertEquals(1, byId.validate(report).withCode(Rules.FIGURE_PARTISAN_SOURCE).size());
    Party sameNameOtherId = Party.of(PartyId.of("rus"), "Russia", PartyKind.STATE);
    Validator byName = Validator.builder().parties(Base.UKRAINE, sameNameOtherId).build();
    assertEquals(List.of(), byName.validate(report).withCode(Rules.FIGURE_PARTISAN_SOURCE));
    assertEquals(Set.of(renamedUkraine, renamedRussia), byId.settings().parties());
  }

  @Test
  void settingsAndTheirWithers() {
    Settings s = Settings.defaults();
    assertEquals(Purpose.PUBLICATION, s.purpose());
    assertEquals(Settings.defaultSpellings(), s.spellings());
    assertEquals(Set.of(), s.parties());
    assertEquals(Purpose.INTERNAL, s.withPurpose(Purpose.INTERNAL).purpose());
    assertEquals(Map.of("Bakhmut", "Artemivsk"), s.withSpellings(Map.of("Bakhmut", "Artemivsk")).spellings());
    assertEquals(Set.of(Base.UKRAINE), s.withParties(Base.UKRAINE).parties());
    assertThrows(IllegalArgumentException.class, () -> s.withParties(Base.UKRAINE, Base.UKRAINE));
    assertThrows(NullPointerException.class, () -> new Settings(Base.nil(Purpose.class), Map.of(), Set.of()));
  }

  @Test
  void theValidatorsParts() {
    Validator v = Validator.builder().spellings(Map.of("Bakhmut", "Artemivsk"))
        .disable(Rules.STYLE_DUPLICATE_CONTRIBUTOR).purpose(Purpose.INTERNAL).build();
    assertEquals(Validator.defaultRules().size() - 1, v.rules().size());
    assertEquals(Map.of("Bakhmut", "Artemivsk"), v.settings().spellings());
    assertEquals(Purpose.INTERNAL, v.settings().purpose());
    Rule first = Validator.defaultRules().get(0);
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Validator.builder().add(first));
    assertEquals("Validator: a rule with code \"time.after-publication\" is already present", dup.getMessage());
    assertEquals("A headline longer than 20 characters.", HEADLINE_LENGTH.summary());
    assertEquals("house.headline-length (WARNING)", HEADLINE_LENGTH.toString());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> Rule.of("NoDots", Severity.INFO, "x", (r, f) -> { }));
    assertTrue(String.valueOf(bad.getMessage()).startsWith("Rule.code: expected group.name"), bad.getMessage());
    assertEquals("Validator.severity: no rule has code \"no.such-rule\"", assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().severity("no.such-rule", Severity.INFO).build()).getMessage());
    assertEquals("Validator.disable: no rule has code \"figure.unattibuted\"", assertThrows(
        IllegalArgumentException.class, () -> Validator.builder().disable("figure.unattibuted").build()).getMessage());
    assertThrows(NullPointerException.class, () -> Validator.defaults().validate(Base.nil(Report.class)));
  }

  @Test
  void configurationChangesSeverityDisablesAndAddsRules() {
    Figure bare = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.about(1)).build();
    Report report = base().addFigures(bare).build();
    assertTrue(Validator.defaults().validate(report).isValid());
    assertFalse(Validator.builder().severity(Rules.FIGURE_UNATTRIBUTED, Severity.ERROR).build().validate(report)
        .isValid());
    assertEquals(List.of(), Validator.builder().disable(Rules.FIGURE_UNATTRIBUTED).build().validate(report)
        .violations());
    Validator house = Validator.builder().add(HEADLINE_LENGTH).build();
    assertEquals(List.of("house.headline-length"), house.validate(base().headline("A headline well over twenty")
        .build()).violations().stream().map(Violation::code).collect(Collectors.toList()));
  }

  @Test
  void resultsAndViolationsReadWell() {
    Violation v = new Violation(Rules.FIGURE_UNATTRIBUTED, Severity.WARNING, "figures[f]", "no source");
    assertEquals("WARNING figure.unattributed at figures[f]: no source", v.toString());
    assertEquals("INFO x.y: whole report", new Violation("x.y", Severity.INFO, "", "whole report").toString());
    Violation e = new Violation(Rules.PRISONER_PROTECTED_EXPOSED, Severity.ERROR, "prisoners[p]", "known");
    ValidationResult result = new ValidationResult(List.of(v, e));
    assertEquals("WARNING figure.unattributed at figures[f]: no source\nERROR prisoner.protected-exposed at "
        + "prisoners[p]: known", result.toString());
    assertEquals(List.of(v), result.withSeverity(Severity.WARNING));
    assertEquals(List.of(e), result.withCode(Rules.PRISONER_PROTECTED_EXPOSED));
    assertFalse(result.isValid());
    assertTrue(new ValidationResult(List.of(v)).isValid());
    assertEquals("no violations", new ValidationResult(List.of()).toString());
  }

  /**
   * Every place a date can be is walked by the time rules, with its path; a statement's event
   * time is walked, but may be after the publication (it is reported when unresolved: see
   * RulesTest).
   */
  @Test
  void everyDatedPlaceIsWalked() {
    Figure f = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.exactly(10))
        .timeframe(Timeframe.cumulative(LATE, LATE))
        .addAttributions(said(ANALYST).withWhen(LATE).via(dev.dispatch.source.Link.of(MOD, Mode.PARAPHRASE)
            .withWhen(LATE)))
        .addBreakdowns(Breakdown.partial(Part.builder().addFacets(Facet.sex(Sex.FEMALE)).count(Count.exactly(5))
            .date(LATE).addAttributions(said(MOD).withWhen(LATE)).build()))
        .build();
    Figure g = Figure.builder().id(FigureId.of("g")).measure(Measure.FORCE_STRENGTH).count(Count.exactly(1))
        .timeframe(Timeframe.during(LATE)).addAttributions(said(ANALYST)).build();
    Particulars detained = Particulars.builder().capture(Capture.on(LATE))
        .addCustody(Custody.heldBy(MOD).withPeriod(LATE)).addCharges(Charge.of("mercenarism").withDate(LATE))
        .addTransfers(Transfer.of(TransferKind.RELEASED).withDate(LATE)).build();
    Report r = base()
        .addPlaces(Place.builder().id(PlaceId.of("held")).printedName("Held town")
            .addControl(Control.by(Base.RU, LATE)).build())
        .addEvents(Event.builder().id(EventId.of("e")).kind(EventKind.STRIKE).time(LATE)
            .addActors(Actor.of(Base.RU, said(MOD).withWhen(LATE))).build())
        .addStatements(Statement.builder().id(StatementId.of("s")).text("t").attribution(said(ANALYST).withWhen(LATE))
            .eventTime(LATE).build())
        .addFigures(f, g)
        .addPrisoners(Prisoner.of(PrisonerId.of("p"), detained), Prisoner.builder().id(PrisonerId.of("q")).build())
        .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("p"), PrisonerId.of("q")),
            List.of(detained, Particulars.none())))
        .build();
    assertEquals(List.of(
        "places[held].control[0].asOf",
        "events[e].time", "events[e].actors[0].attribution.links[0].when",
        "statements[s].attribution.links[0].when",
        "figures[f].timeframe.since", "figures[f].timeframe.asOf", "figures[f].attributions[0].links[0].when",
        "figures[f].attributions[0].links[1].when", "figures[f].breakdowns[0].parts[0].date",
        "figures[f].breakdowns[0].parts[0].attributions[0].links[0].when",
        "figures[g].timeframe.period",
        "prisoners[p].particulars.capture.date", "prisoners[p].particulars.custody[0].period",
        "prisoners[p].particulars.charges[0].date", "prisoners[p].particulars.transfers[0].date",
        "unlinked[0].shares[0].capture.date", "unlinked[0].shares[0].custody[0].period",
        "unlinked[0].shares[0].charges[0].date", "unlinked[0].shares[0].transfers[0].date"),
        Validator.defaults().validate(r).withCode(Rules.TIME_AFTER_PUBLICATION).stream().map(Violation::path)
            .collect(Collectors.toList()));
  }

  /** A rule that throws is reported, by its code and the exception's class, and the others still run. */
  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule broken = Rule.of("house.broken", Severity.INFO, "Throws after one finding.", (report, findings) -> {
      findings.add("headline", "found before failing");
      throw new IllegalStateException("a message quoting the report: Pak Testname");
    });
    Report report = base().addFigures(Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH)
        .count(Count.about(1)).build()).build();
    ValidationResult result = Validator.builder().add(broken).add(HEADLINE_LENGTH).build()
        .validate(report.withHeadline("A headline well over twenty characters"));
    assertEquals(List.of(Rules.FIGURE_UNATTRIBUTED, "house.broken", Validator.RULE_FAILED, "house.headline-length"),
        result.violations().stream().map(Violation::code).collect(Collectors.toList()));
    Violation failed = result.withCode(Validator.RULE_FAILED).get(0);
    assertEquals(new Violation(Validator.RULE_FAILED, Severity.ERROR, "", "the rule house.broken failed with "
        + "java.lang.IllegalStateException and did not check the whole report; report this as a bug of the rule"),
        failed);
    assertFalse(result.isValid());
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().disable(Validator.RULE_FAILED).build());
  }

  /** Past {@link Findings#LIMIT}, a rule's findings are counted, not listed. */
  @Test
  void findingsAreCappedPerRule() {
    Rule many = Rule.of("house.many", Severity.INFO, "Finds too much.", (report, findings) -> {
      for (int i = 0; i < Findings.LIMIT + 5; i++) {
        findings.add("x[" + i + "]", "finding " + i);
      }
    });
    Findings findings = Findings.of(many, Settings.defaults());
    many.check(base().build(), findings);
    List<Violation> found = findings.result().violations();
    assertEquals(Findings.LIMIT + 1, found.size());
    assertEquals("x[999]", found.get(Findings.LIMIT - 1).path());
    assertEquals(new Violation("house.many", Severity.INFO, "", "and 5 more findings of this rule, not listed: at most "
        + "1000 are listed per rule and report"), found.get(Findings.LIMIT));
    assertEquals(Findings.LIMIT + 1, Validator.builder().add(many).build().validate(base().build())
        .withCode("house.many").size());
  }

  /**
   * A figure counted over a length of time ("over the past 24 hours", the reviewer's UN update)
   * validates: no rule throws on a timeframe of any kind.
   */
  @Test
  void aLengthOfTimeIsATimeframeLikeAnyOther() {
    Figure daily = Figure.builder().id(FigureId.of("daily")).measure(Measure.PEOPLE)
        .addOutcomes(dev.dispatch.figure.Outcome.KILLED).count(Count.exactly(5)).location(
            dev.dispatch.place.Location.in(Base.CITY))
        .timeframe(Timeframe.over(dev.dispatch.time.DurationMention.of("over the past 24 hours",
            Count.exactly(24).withUnit(dev.dispatch.count.Unit.HOURS))))
        .addAttributions(said(MOD)).build();
    Figure revised = Figure.builder().id(FigureId.of("revised")).measure(Measure.PEOPLE)
        .addOutcomes(dev.dispatch.figure.Outcome.KILLED).count(Count.exactly(7)).location(
            dev.dispatch.place.Location.in(Base.CITY))
        .timeframe(Timeframe.over(dev.dispatch.time.DurationMention.of("over the past 24 hours",
            Count.exactly(24).withUnit(dev.dispatch.count.Unit.HOURS)), Base.day(1, 9)))
        .addRelations(dev.dispatch.figure.FigureRelation.revises(FigureId.of("cut")))
        .addAttributions(said(MOD)).build();
    Figure cut = Figure.builder().id(FigureId.of("cut")).measure(Measure.PEOPLE)
        .addOutcomes(dev.dispatch.figure.Outcome.KILLED).count(Count.exactly(5)).location(
            dev.dispatch.place.Location.in(Base.CITY))
        .timeframe(Timeframe.asOf(Base.day(1, 10))).addAttributions(said(MOD)).build();
    ValidationResult result = Validator.defaults().validate(base().addFigures(daily, cut, revised).build());
    assertEquals(List.of("WARNING figure.revision-out-of-order at figures[revised].relations[0]"),
        result.violations().stream().map(v -> v.severity() + " " + v.code() + " at " + v.path())
            .collect(Collectors.toList()));
  }
}
