package dev.dispatch.validation;

import static dev.dispatch.validation.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.StatementId;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.Generators;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated reports (testkit's {@code Generators}, valid by construction) have no error for
 * publication; a deliberate break gives exactly its rule's code; validation stays linear when
 * thousands of figures share nothing.
 */
class GeneratedReportsTest {
  private final Validator validator = Validator.defaults();

  @Test
  void propertyGeneratedReportsHaveNoErrorsForPublication() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      ValidationResult result = validator.validate(r);
      assertEquals(List.of(), result.withSeverity(Severity.ERROR), r::toString);
    });
  }

  /**
   * Generated reports with every kind of timeframe (a length of time ending at the figure's
   * period or cut-off, or at none) and statements that speak of the days after the publication:
   * no rule fails, and no error is added (a publication date given to a report that had none may
   * come after an update: that error stays).
   */
  @Test
  void propertyLengthsOfTimeAndTheFutureAreNoErrors() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8)).map(GeneratedReportsTest::published)).checkAssert(r -> {
      DurationMention day = DurationMention.of("over the past 24 hours", Count.exactly(24).withUnit(Unit.HOURS));
      List<Figure> figures = new ArrayList<>();
      for (int i = 0; i < r.figures().size(); i++) {
        Figure f = r.figures().get(i);
        Optional<DateMention> ending = f.timeframe().flatMap(t -> t instanceof Timeframe.During d ? Optional.of(d.period())
            : t instanceof Timeframe.Cumulative c ? c.asOf() : Optional.empty());
        figures.add(i % 3 == 2 ? f : f.withTimeframe(ending.isPresent() && i % 3 == 0
            ? Timeframe.over(day, ending.get()) : Timeframe.over(day)));
      }
      LocalDate after = r.published().orElseThrow().latest().orElseThrow().plusDays(3);
      List<Statement> statements = new ArrayList<>();
      for (Statement s : r.statements()) {
        statements.add(s.withEventTime(DateMention.of("later this week", PartialDate.of(after))));
      }
      Report varied = Reports.copy(r).figures(figures).statements(statements).build();
      ValidationResult result = validator.validate(varied);
      assertEquals(validator.validate(r).withSeverity(Severity.ERROR), result.withSeverity(Severity.ERROR),
          result::toString);
    });
  }

  private List<String> newCodes(Report before, Report after) {
    List<Violation> old = validator.validate(before).violations();
    return validator.validate(after).violations().stream().filter(v -> !old.contains(v)).map(Violation::code)
        .distinct().collect(Collectors.toList());
  }

  /** The report, given a publication date after every generated date if it has none. */
  static Report published(Report r) {
    return r.published().isPresent() ? r : r.withPublished(PartialDate.of(2030, 1, 1));
  }

  @Test
  void propertyAStatementDatedAfterPublicationGivesExactlyItsCode() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8)).map(GeneratedReportsTest::published))
        .checkAssert(r -> {
          DateValue published = r.published().orElseThrow();
          LocalDate after = published.latest().orElseThrow().plusDays(10);
          Statement late = Statement.builder().id(StatementId.of("late")).text("later")
              .attribution(Attribution.of(r.sources().get(0).id(), Mode.PARAPHRASE)
                  .withWhen(DateMention.of("in ten days", PartialDate.of(after))))
              .build();
          List<Statement> statements = new ArrayList<>(r.statements());
          statements.add(late);
          Report broken = Reports.copy(r).statements(statements).build();
          assertEquals(List.of(Rules.TIME_AFTER_PUBLICATION), newCodes(r, broken));
        });
  }

  /**
   * 20,000 figures of one measure and outcome that differ in their timeframe: no two can
   * contradict, and the contradiction rule must not compare every pair (2 * 10^8 comparisons).
   */
  @Test
  void thousandsOfFiguresThatShareNothingValidateInLinearTime() {
    List<Figure> figures = new ArrayList<>();
    LocalDate day = LocalDate.of(1970, 1, 1);
    for (int i = 0; i < 20_000; i++) {
      figures.add(Base.killed("f" + i, Count.exactly(i % 7))
          .timeframe(Timeframe.during(DateMention.of(PartialDate.of(day.plusDays(i))))).build());
    }
    Report big = Base.base().figures(figures).build();
    ValidationResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validator.validate(big));
    assertEquals(List.of(), result.violations());
    List<Figure> same = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      same.add(Base.people("g" + i, Count.exactly(i), Outcome.WOUNDED).build());
    }
    assertEquals(199, validator.validate(Base.base().figures(same).build())
        .withCode(Rules.FIGURE_CONTRADICTION).size(), "within a group, each later figure is reported once");
  }
}
