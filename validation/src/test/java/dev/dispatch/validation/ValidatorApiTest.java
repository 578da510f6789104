package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator's own API, and the date walk every time rule relies on. */
class ValidatorApiTest {
  private static final DateMention LATE = DateMention.of("in 2030", PartialDate.ofYear(2030));

  private static List<String> afterPublication(Report r) {
    return Validator.defaults().validate(r).withCode("time.after-publication").stream().map(Violation::path)
        .collect(Collectors.toList());
  }

  @Test
  void everyDatedPlaceIsWalked() {
    SourceId analyst = SourceId.of("analyst");
    Attribution relayed = Attribution.of(analyst, Mode.PARAPHRASE).on(LATE)
        .via(Attribution.of(SourceId.of("mod"), Mode.PARAPHRASE).on(LATE));
    Figure f = Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.exactly(1))
        .period(LATE).attribution(relayed).build();
    Figure g = Figure.builder().id(FigureId.of("g")).measure(Measure.FORCE_STRENGTH).count(Count.exactly(1))
        .cumulativeTo(LATE).attribution(Attribution.of(analyst, Mode.PARAPHRASE)).build();
    Particulars captured = Particulars.builder().capture(Capture.builder().date(LATE).build()).build();
    Report r = RulesTest.base().addFigures(f, g)
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p")).particulars(captured).build(),
            Prisoner.builder().id(PrisonerId.of("q")).build())
        .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("p"), PrisonerId.of("q")),
            List.of(captured, Particulars.builder().build())))
        .build();
    assertEquals(List.of("figures[f].period", "figures[f].attribution.when", "figures[f].attribution.via.when",
        "figures[g].cumulativeTo", "prisoners[p].particulars.capture.date", "unlinked[0].shares[0].capture.date"),
        afterPublication(r));
  }

  @Test
  void theValidatorsParts() {
    Validator v = Validator.builder().spellings(Map.of("Bakhmut", "Artemivsk")).disable("style.duplicate-contributor").build();
    assertEquals(Validator.defaultRules().size() - 1, v.rules().size());
    assertEquals(Map.of("Bakhmut", "Artemivsk"), v.settings().spellings());
    assertEquals(Purpose.PUBLICATION, v.settings().purpose());
    Rule rule = Validator.defaultRules().get(0);
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Validator.builder().add(rule));
    assertEquals("Validator: a rule with code \"time.after-publication\" is already present", dup.getMessage());
    Rule mine = Rule.of("house.rule", Severity.INFO, "A house rule.", (r, f) -> { });
    assertEquals("A house rule.", mine.summary());
    assertEquals("house.rule (INFO)", mine.toString());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> Rule.of("NoDots", Severity.INFO, "x", (r, f) -> { }));
    assertTrue(bad.getMessage().startsWith("Rule.code: expected group.name"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().severity("no.such-rule", Severity.INFO).build());
  }

  @Test
  void resultsAndViolationsReadWell() {
    Violation v = new Violation("figure.unattributed", Severity.WARNING, "figures[f]", "no source");
    assertEquals("WARNING figure.unattributed at figures[f]: no source", v.toString());
    assertEquals("INFO x.y: whole report", new Violation("x.y", Severity.INFO, "", "whole report").toString());
    ValidationResult result = new ValidationResult(List.of(v));
    assertEquals("WARNING figure.unattributed at figures[f]: no source", result.toString());
    assertEquals(List.of(v), result.withSeverity(Severity.WARNING));
    assertEquals(List.of(), result.withSeverity(Severity.ERROR));
    assertTrue(result.isValid());
    assertEquals("no violations", new ValidationResult(List.of()).toString());
  }
}
