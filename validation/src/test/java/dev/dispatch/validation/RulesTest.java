package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule has a case where it fires and one where it does not. */
class RulesTest {
  private static final SourceId MOD = SourceId.of("mod");
  private static final SourceId ANALYST = SourceId.of("analyst");
  private static final SourceId INSIDER = SourceId.of("insider");
  private static final PlaceId TOWN = PlaceId.of("town");

  /** A small clean report: a ministry, a named analyst, an anonymous insider with a reason, a town. */
  static Report.Builder base() {
    return Report.builder().id(ReportId.of("r")).headline("Headline").publisher("Publisher").language("en")
        .published(PartialDate.of(2025, 1, 12))
        .addPlaces(Place.builder().id(TOWN).printedName("Kiev").canonicalName("Kyiv").build())
        .addSources(
            Organisation.builder().id(MOD).name("Ministry of Defence").kind(OrganisationKind.MILITARY)
                .country(CountryCode.of("UA")).build(),
            Person.builder().id(ANALYST).name("A. Analyst").build(),
            Anonymous.builder().id(INSIDER).description("a Western official").reason("not authorised to speak").build());
  }

  static Figure.Builder killed(String id, Count count) {
    return Figure.builder().id(FigureId.of(id)).measure(Measure.CASUALTIES).addOutcomes(Outcome.KILLED).count(count)
        .population(Population.builder().nationality(CountryCode.of("RU")).build())
        .attribution(Attribution.of(ANALYST, Mode.PARAPHRASE));
  }

  static List<Violation> run(Validator validator, Report report, String code) {
    return validator.validate(report).violations().stream().filter(v -> v.code().equals(code))
        .collect(Collectors.toList());
  }

  static List<Violation> run(Report report, String code) {
    return run(Validator.defaults(), report, code);
  }

  static Violation only(Report report, String code) {
    List<Violation> found = run(report, code);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void theCleanBaseReportHasNoViolations() {
    assertEquals(List.of(), Validator.defaults().validate(base().build()).violations());
  }

  @Test
  void timeAfterPublication() {
    Report late = base().addStatements(Statement.builder().id(StatementId.of("s")).text("t")
        .attribution(Attribution.of(ANALYST, Mode.PARAPHRASE).on(DateMention.of("on Friday", PartialDate.of(2025, 1, 17))))
        .build()).build();
    Violation v = only(late, "time.after-publication");
    assertEquals("statements[s].attribution.when", v.path());
    assertEquals("said 2025-01-17, after the publication date 2025-01-12", v.message());
    assertEquals(Severity.ERROR, v.severity());
    Report onTime = base().addStatements(Statement.builder().id(StatementId.of("s")).text("t")
        .attribution(Attribution.of(ANALYST, Mode.PARAPHRASE).on(DateMention.of("on Saturday", PartialDate.of(2025, 1, 11))))
        .build()).build();
    assertEquals(List.of(), run(onTime, "time.after-publication"));
  }

  @Test
  void timeUpdateBeforePublication() {
    Violation v = only(base().addUpdates(Update.on(PartialDate.of(2025, 1, 10))).build(), "time.update-before-publication");
    assertEquals("updates[0].when", v.path());
    assertEquals(List.of(), run(base().addUpdates(Update.on(PartialDate.of(2025, 1, 13))).build(),
        "time.update-before-publication"));
  }

  @Test
  void timeUnresolvedRelative() {
    Statement s = Statement.builder().id(StatementId.of("s")).text("t")
        .attribution(Attribution.of(ANALYST, Mode.PARAPHRASE).on(DateMention.unresolved("on Saturday"))).build();
    Violation v = only(base().addStatements(s).build(), "time.unresolved-relative");
    assertTrue(v.message().startsWith("\"on Saturday\" is not resolved"), v.message());
    assertEquals(List.of(), run(ReferenceReport.report(), "time.unresolved-relative"), "no publication date is known");
  }

  @Test
  void figureBreakdownMayExceedTotal() {
    Report report = base().addFigures(killed("f", Count.atMost(20))
        .addBreakdowns(Breakdown.of("children", Count.atLeast(5))).build()).build();
    Violation v = only(report, "figure.breakdown-may-exceed-total");
    assertEquals("figures[f].breakdowns[0].count", v.path());
    assertEquals(List.of(), run(base().addFigures(killed("f", Count.exactly(20))
        .addBreakdowns(Breakdown.of("children", Count.exactly(12))).build()).build(), "figure.breakdown-may-exceed-total"));
  }

  @Test
  void figureContradictionNamesBothFiguresAndSources() {
    Report report = base().addFigures(killed("a", Count.moreThan(1_000)).build(),
        killed("b", Count.exactly(50)).attribution(Attribution.of(MOD, Mode.PARAPHRASE)).build()).build();
    Violation v = only(report, "figure.contradiction");
    assertEquals("figures[b].count", v.path());
    assertEquals("figures[b] (Count[exactly 50 persons], per Ministry of Defence) contradicts figures[a] "
        + "(Count[more than 1000 persons], per A. Analyst)", v.message());
    Report overlapping = base().addFigures(killed("a", Count.moreThan(1_000)).build(),
        killed("b", Count.about(1_200)).build()).build();
    assertEquals(List.of(), run(overlapping, "figure.contradiction"));
    Report otherPlace = base().addFigures(killed("a", Count.moreThan(1_000)).build(),
        killed("b", Count.exactly(50)).location(Location.in(TOWN)).build()).build();
    assertEquals(List.of(), run(otherPlace, "figure.contradiction"));
  }

  @Test
  void figureCapturedMismatch() {
    Figure captured = Figure.builder().id(FigureId.of("c")).measure(Measure.CASUALTIES).addOutcomes(Outcome.CAPTURED)
        .count(Count.exactly(3)).attribution(Attribution.of(MOD, Mode.PARAPHRASE)).build();
    Prisoner p1 = Prisoner.builder().id(PrisonerId.of("p1")).particulars(located()).build();
    Prisoner p2 = Prisoner.builder().id(PrisonerId.of("p2")).particulars(located()).build();
    Violation v = only(base().addFigures(captured).addPrisoners(p1, p2).build(), "figure.captured-mismatch");
    assertTrue(v.message().endsWith("but the report holds 2 prisoner records"), v.message());
    Figure two = Figure.builder().from(captured).count(Count.exactly(2)).build();
    assertEquals(List.of(), run(base().addFigures(two).addPrisoners(p1, p2).build(), "figure.captured-mismatch"));
  }

  static Particulars located() {
    return Particulars.builder().capture(Capture.builder().location(Location.in(TOWN)).build()).build();
  }

  @Test
  void figureUnattributed() {
    Figure bare = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.about(11_000)).build();
    assertEquals("figures[f]", only(base().addFigures(bare).build(), "figure.unattributed").path());
    assertEquals(List.of(), run(ReferenceReport.report(), "figure.unattributed"));
  }

  @Test
  void attributionQuoteUnidentified() {
    Statement quote = Statement.builder().id(StatementId.of("q")).text("We will hold.")
        .attribution(Attribution.of(INSIDER, Mode.DIRECT_QUOTE)).build();
    assertEquals("statements[q].attribution.source", only(base().addStatements(quote).build(),
        "attribution.quote-unidentified").path());
    Statement named = Statement.builder().from(quote).attribution(Attribution.of(ANALYST, Mode.DIRECT_QUOTE)).build();
    assertEquals(List.of(), run(base().addStatements(named).build(), "attribution.quote-unidentified"));
  }

  @Test
  void sourceAnonymousUndescribedAndWithoutReason() {
    Report vague = base().addSources(Anonymous.builder().id(SourceId.of("s")).description("Officials").build()).build();
    assertEquals("sources[s].description", only(vague, "source.anonymous-undescribed").path());
    assertEquals("sources[s].reason", only(vague, "source.anonymous-no-reason").path());
    assertEquals(List.of(), run(base().build(), "source.anonymous-undescribed"));
    assertEquals(List.of(), run(base().build(), "source.anonymous-no-reason"));
  }

  @Test
  void figurePartisanSourceNeedsTheParties() {
    Figure claimed = killed("f", Count.moreThan(300)).attribution(Attribution.of(MOD, Mode.PARAPHRASE)).build();
    Report report = base().addFigures(claimed).build();
    Validator withParties = Validator.builder().parties(CountryCode.of("UA"), CountryCode.of("RU")).build();
    List<Violation> found = run(withParties, report, "figure.partisan-source");
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(List.of(), run(report, "figure.partisan-source"), "no parties configured");
    assertEquals(List.of(), run(withParties, base().addFigures(killed("f", Count.moreThan(300)).build()).build(),
        "figure.partisan-source"), "an analyst is not a party");
  }

  @Test
  void prisonerProtectedExposed() {
    Prisoner named = Prisoner.builder().id(PrisonerId.of("p")).name(Protected.known("Pak Testname"))
        .particulars(located()).build();
    Violation v = only(base().addPrisoners(named).build(), "prisoner.protected-exposed");
    assertEquals("prisoners[p].name", v.path());
    assertTrue(v.message().contains("Art. 13"), v.message());
    assertFalse(v.message().contains("Testname"));
    Prisoner consented = Prisoner.builder().from(named).name(Protected.known("Pak Testname")
        .released(Protected.Release.CONSENTED)).build();
    assertEquals(List.of(), run(base().addPrisoners(consented).build(), "prisoner.protected-exposed"));
    Validator internal = Validator.builder().purpose(Purpose.INTERNAL).build();
    assertEquals(List.of(), run(internal, base().addPrisoners(named).build(), "prisoner.protected-exposed"));
  }

  @Test
  void prisonerDocumentHolderShown() {
    Document card = Document.builder().kind("ID card").issuedToCarrier(false).holderDescription("another man")
        .holderName(Protected.known("Ivan Cardholder")).build();
    Prisoner p = Prisoner.builder().id(PrisonerId.of("p"))
        .particulars(Particulars.builder().from(located()).addDocuments(card).build()).build();
    Violation v = only(base().addPrisoners(p).build(), "prisoner.document-holder-shown");
    assertEquals("prisoners[p].particulars.documents[0].holderName", v.path());
    assertEquals(List.of(), run(base().addPrisoners(p).build(), "prisoner.protected-exposed"), "reported once");
    assertEquals(List.of(), run(ReferenceReport.report(), "prisoner.document-holder-shown"), "CNN blurred it");
  }

  @Test
  void prisonerCaptureUnknown() {
    Prisoner bare = Prisoner.builder().id(PrisonerId.of("p")).build();
    assertEquals(Severity.INFO, only(base().addPrisoners(bare).build(), "prisoner.capture-unknown").severity());
    assertEquals(List.of(), run(ReferenceReport.report(), "prisoner.capture-unknown"));
  }

  @Test
  void stylePlaceSpelling() {
    Report kiev = base().places(List.of(Place.builder().id(TOWN).printedName("Kiev").build())).build();
    Violation v = only(kiev, "style.place-spelling");
    assertEquals("places[town].printedName", v.path());
    assertTrue(v.message().contains("house style is \"Kyiv\""), v.message());
    assertEquals(List.of(), run(base().build(), "style.place-spelling"));
  }

  @Test
  void styleDuplicateContributor() {
    Violation v = only(base().addContributors("Daria Tarasova-Markina", "daria  tarasova-markina").build(),
        "style.duplicate-contributor");
    assertEquals("contributors[1]", v.path());
    assertEquals(List.of(), run(ReferenceReport.report(), "style.duplicate-contributor"));
  }

  @Test
  void theReferenceReportHasNoErrors() {
    ValidationResult result = Validator.defaults().validate(ReferenceReport.report());
    assertTrue(result.isValid(), result.toString());
    assertEquals(List.of("statements[translators].attribution.source"),
        result.withCode("attribution.quote-unidentified").stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void configurationChangesSeverityAndDisablesAndAddsRules() {
    Figure bare = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.about(1)).build();
    Report report = base().addFigures(bare).build();
    Validator strict = Validator.builder().severity("figure.unattributed", Severity.ERROR).build();
    assertFalse(strict.validate(report).isValid());
    Validator quiet = Validator.builder().disable("figure.unattributed").build();
    assertEquals(List.of(), quiet.validate(report).violations());
    Rule headline = Rule.of("house.headline-length", Severity.WARNING, "A long headline.", (r, f) -> {
      if (r.headline().length() > 5) {
        f.add("headline", "too long");
      }
    });
    Validator house = Validator.builder().add(headline).build();
    assertEquals(List.of(new Violation("house.headline-length", Severity.WARNING, "headline", "too long")),
        house.validate(base().build()).violations());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().disable("figure.unattibuted").build());
    assertEquals("Validator.disable: no rule has code \"figure.unattibuted\"", e.getMessage());
    assertThrows(NullPointerException.class, () -> Validator.defaults().validate(null));
  }
}
