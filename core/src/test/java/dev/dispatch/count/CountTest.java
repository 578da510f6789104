package dev.dispatch.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CountTest {

  static Gen<Count> counts() {
    return CountGen.counts();
  }

  @Test
  void boundsFollowTheQualifier() {
    assertBounds(Count.exactly(2), 2, 2L, 2L);
    assertBounds(Count.about(11_000), 0, null, 11_000L);
    assertBounds(Count.nearly(1_000), 0, 1_000L, 1_000L);
    assertBounds(Count.moreThan(1_000), 1_001, null, null);
    assertBounds(Count.atLeast(12), 12, null, null);
    assertBounds(Count.upTo(50), 0, 50L, null);
    assertBounds(Count.fewerThan(10), 0, 9L, null);
    assertBounds(Count.between(60, 93), 60, 93L, null);
    assertBounds(Count.of(Magnitude.HUNDREDS), 200, 999L, null);
    assertBounds(Count.unknown(), 0, null, null);
  }

  private static void assertBounds(Count c, long low, Long high, Long best) {
    assertEquals(low, c.lowerBound(), c + " lower");
    assertEquals(high == null ? OptionalLong.empty() : OptionalLong.of(high), c.upperBound(), c + " upper");
    assertEquals(best == null ? OptionalLong.empty() : OptionalLong.of(best), c.best(), c + " best");
  }

  @Test
  void unitAndPhraseAreKept() {
    Count area = Count.of(Magnitude.HUNDREDS).in(Unit.SQUARE_KILOMETRES).printedAs("hundreds of square kilometers");
    assertEquals(Unit.SQUARE_KILOMETRES, area.unit());
    assertEquals("hundreds of square kilometers", area.phrase().orElseThrow());
    assertEquals(Unit.PERSONS, Count.exactly(2).unit());
    assertEquals(Count.about(3), Count.about(3).printedAs("about three").withoutPhrase());
  }

  @Test
  void overlapAndContradiction() {
    assertTrue(Count.moreThan(1_000).overlaps(Count.about(11_000)));
    assertTrue(Count.between(60, 93).overlaps(Count.atLeast(93)));
    assertTrue(Count.between(60, 93).contradicts(Count.moreThan(93)));
    assertTrue(Count.exactly(2).contradicts(Count.exactly(3)));
    assertFalse(Count.unknown().contradicts(Count.exactly(7)));
    assertTrue(Count.of(Magnitude.HUNDREDS).encloses(Count.between(300, 400)));
    assertFalse(Count.of(Magnitude.HUNDREDS).encloses(Count.atLeast(300)));
  }

  @Test
  void comparingUnitsIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Count.exactly(2).overlaps(Count.exactly(2).in(Unit.DAYS)));
    assertEquals("cannot compare counts in different units: persons and days", e.getMessage());
  }

  @Test
  void invariantsNameTheField() {
    assertMessage("Count.rangeEnd: expected at least the range's first number 93, got 60", () -> Count.between(93, 60));
    assertMessage("Count.number: expected 0 to 2^53 - 1, got -1", () -> Count.exactly(-1));
    assertMessage("Count.number: expected 0 to 2^53 - 1, got " + (Count.MAX + 1), () -> Count.atLeast(Count.MAX + 1));
    assertMessage("Count.number: expected at least 1 for FEWER_THAN, got 0", () -> Count.fewerThan(0));
    assertMessage("Count.number: required for BETWEEN", () -> ImmutableCount.builder().qualifier(Qualifier.BETWEEN).build());
    assertMessage("Count.magnitude: required for MAGNITUDE", () -> ImmutableCount.builder().qualifier(Qualifier.MAGNITUDE).build());
    assertMessage("Count.number: must be absent for UNKNOWN",
        () -> ImmutableCount.builder().qualifier(Qualifier.UNKNOWN).number(3).build());
    assertMessage("Count.phrase: must not be blank", () -> Count.exactly(1).printedAs(" "));
    assertMessage("Unit.code: expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"Km²\"", () -> Unit.of("Km²"));
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void propertyOverlapIsSymmetricAndAgreesWithTheBounds() {
    qt().withExamples(2_000).forAll(counts(), counts()).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a));
      assertEquals(a.contradicts(b), !a.overlaps(b));
      // Overlap means a witness value exists: the larger lower bound satisfies both.
      long witness = Math.max(a.lowerBound(), b.lowerBound());
      assertEquals(a.contains(witness) && b.contains(witness), a.overlaps(b), () -> a + " vs " + b);
    });
  }

  @Test
  void propertyBoundsAreOrderedAndContainTheBestValue() {
    qt().withExamples(2_000).forAll(counts()).checkAssert(c -> {
      assertTrue(c.lowerBound() >= 0);
      c.upperBound().ifPresent(high -> assertTrue(c.lowerBound() <= high, c::toString));
      c.best().ifPresent(best -> assertTrue(c.contains(best) || c.qualifier() == Qualifier.ABOUT, c::toString));
      assertTrue(c.encloses(c));
    });
  }

  @Test
  void propertyEnclosingImpliesOverlapping() {
    qt().withExamples(2_000).forAll(counts(), counts()).checkAssert((a, b) -> {
      if (a.encloses(b)) {
        assertTrue(a.overlaps(b), () -> a + " encloses " + b);
      }
    });
  }
}
