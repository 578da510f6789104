package dev.dispatch.testkit;

import static dev.dispatch.testkit.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A property that is false on purpose, kept out of the suite: run it with
 * {@code ./mvnw -pl testkit test -Dtest=ShrinkDemoTest -Ddispatch.shrinkDemo=true} to watch
 * QuickTheories shrink a failing report to a small one through testkit's randomness.
 */
@EnabledIfSystemProperty(named = "dispatch.shrinkDemo", matches = "true")
class ShrinkDemoTest {

  @Test
  void noReportHasAFigureAboveAThousand() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> assertTrue(
        r.figures().stream().allMatch(f -> f.count().lowerBound() <= 1_000), "a figure above 1,000"));
  }
}
