package dev.dispatch.validation;

import static dev.dispatch.validation.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.StatementId;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.Generators;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated reports are valid; each deliberate break gives exactly its rule's code. */
class GeneratedReportsTest {
  private final Validator validator = Validator.defaults();

  @Test
  void propertyGeneratedReportsHaveNoErrors() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      ValidationResult result = validator.validate(r);
      assertEquals(List.of(), result.withSeverity(Severity.ERROR), r::toString);
    });
  }

  private List<String> newCodes(Report before, Report after) {
    List<Violation> old = validator.validate(before).violations();
    return validator.validate(after).violations().stream().filter(v -> !old.contains(v)).map(Violation::code)
        .distinct().collect(Collectors.toList());
  }

  /** The report, with a valid figure with a breakdown added if it has none. */
  static Report withABreakdown(Report r) {
    if (r.figures().stream().anyMatch(f -> !f.breakdowns().isEmpty())) {
      return r;
    }
    return Report.builder().from(r).addFigures(Figure.builder().id(FigureId.of("fx")).measure(Measure.CASUALTIES)
        .addOutcomes(Outcome.KILLED).count(Count.exactly(10)).addBreakdowns(Breakdown.of("children", Count.exactly(5)))
        .attribution(Attribution.of(r.sources().get(0).id(), Mode.PARAPHRASE)).build()).build();
  }

  /** The report, given a publication date after every generated date if it has none. */
  static Report published(Report r) {
    return r.published().isPresent() ? r : Report.builder().from(r).published(PartialDate.of(2030, 1, 1)).build();
  }

  @Test
  void propertyABreakdownRaisedAboveItsTotalGivesExactlyItsCode() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8)).map(GeneratedReportsTest::withABreakdown))
        .checkAssert(r -> {
          List<Figure> figures = new ArrayList<>(r.figures());
          for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.breakdowns().isEmpty()) {
              Breakdown b = f.breakdowns().get(0);
              figures.set(i, Figure.builder().from(f).breakdowns(List.of(Breakdown.of(b.label(),
                  Count.atLeast(b.count().lowerBound())))).build());
              break;
            }
          }
          assertEquals(List.of("figure.breakdown-may-exceed-total"),
              newCodes(r, Report.builder().from(r).figures(figures).build()));
        });
  }

  @Test
  void propertyAStatementDatedAfterPublicationGivesExactlyItsCode() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8)).map(GeneratedReportsTest::published))
        .checkAssert(r -> {
          LocalDate after = r.published().get().latest().orElseThrow().plusDays(10);
          Statement late = Statement.builder().id(StatementId.of("late")).text("later")
              .attribution(Attribution.of(r.sources().get(0).id(), Mode.PARAPHRASE)
                  .on(DateMention.resolved("in ten days", PartialDate.of(after), r.published().get())))
              .build();
          assertEquals(List.of("time.after-publication"), newCodes(r, Report.builder().from(r).addStatements(late).build()));
        });
  }
}
