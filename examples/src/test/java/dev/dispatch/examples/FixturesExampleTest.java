package dev.dispatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.json.DispatchJson;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Fixtures;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The fixtures example: how a newsroom tool's own JUnit tests use dispatch-testkit. Imagine
 * {@code headlineBox} is your code under test: it renders a fact box line for a report.
 */
class FixturesExampleTest {

  /** Your code under test. */
  static String headlineBox(Report report) {
    return report.publisher() + ": " + report.headline().orElse("(no headline)") + " (" + report.figures().size()
        + " figures)";
  }

  @Test
  void withTheReferenceReport() {
    assertEquals("CNN: Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region"
        + " (3 figures)", headlineBox(ReferenceReport.report()));
  }

  @Test
  void withSmallNamedFixtures() {
    assertEquals(2, Fixtures.chainedAttribution().sources().size());
    assertFalse(Fixtures.prisonerWithKnownName().toString().contains("Pak Fixture"));
  }

  @Test
  void withSeededGenerators() {
    List<Report> reports = Generators.reports(6).sample(42L, 50);
    for (Report r : reports) {
      assertTrue(headlineBox(r).startsWith(r.publisher()));
      assertTrue(Validator.defaults().validate(r).isValid());
    }
  }

  @Test
  void withQuickTheories() {
    Gen<Report> reports = rs -> Generators.reports(6).generate((min, max) -> rs.next(Constraint.between(min, max)));
    DispatchJson json = DispatchJson.create();
    qt().withExamples(1_000).forAll(reports).checkAssert(r -> assertEquals(r.redacted(), json.read(json.write(r))));
  }
}
