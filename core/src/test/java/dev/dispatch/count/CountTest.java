package dev.dispatch.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.fixture.Expect;
import dev.dispatch.fixture.Gens;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountTest {

  private static final int EXAMPLES = 2_000;

  /** In the bounds table: no upper bound, or no best value. */
  private static final long NONE = -1;

  /** Count, lower bound, upper bound ({@link #NONE}: unbounded), best value ({@link #NONE}: none). */
  static Stream<Arguments> boundsOfEveryQualifierAndMagnitude() {
    return Stream.of(
        bounds(Count.exactly(2), 2, 2, 2),
        bounds(Count.about(11_000), 0, NONE, 11_000),
        bounds(Count.nearly(1_000), 0, 1_000, 1_000),
        bounds(Count.approaching(500), 0, 500, NONE),
        bounds(Count.moreThan(1_000), 1_001, NONE, NONE),
        bounds(Count.atLeast(12), 12, NONE, NONE),
        bounds(Count.atMost(50), 0, 50, NONE),
        bounds(Count.fewerThan(10), 0, 9, NONE),
        bounds(Count.between(60, 93), 60, 93, NONE),
        bounds(Count.between(60, 93).withEstimate(80), 60, 93, 80),
        bounds(Count.atLeast(25).withEstimate(40), 25, NONE, 40),
        bounds(Count.unquantified(), 1, NONE, NONE),
        bounds(Count.unknown(), 0, NONE, NONE),
        bounds(Count.of(Magnitude.HANDFUL), 2, 5, NONE),
        bounds(Count.of(Magnitude.SEVERAL), 3, 9, NONE),
        bounds(Count.of(Magnitude.NUMEROUS), 3, NONE, NONE),
        bounds(Count.of(Magnitude.TENS), 20, 99, NONE),
        bounds(Count.of(Magnitude.DOZENS), 24, 99, NONE),
        bounds(Count.of(Magnitude.SCORES), 40, 199, NONE),
        bounds(Count.of(Magnitude.HUNDREDS), 200, 999, NONE),
        bounds(Count.of(Magnitude.THOUSANDS), 2_000, 9_999, NONE),
        bounds(Count.of(Magnitude.TENS_OF_THOUSANDS), 20_000, 99_999, NONE),
        bounds(Count.of(Magnitude.HUNDREDS_OF_THOUSANDS), 200_000, 999_999, NONE),
        bounds(Count.of(Magnitude.MILLIONS), 2_000_000, 9_999_999, NONE),
        bounds(Count.exactly(Count.MAX), Count.MAX, Count.MAX, Count.MAX),
        bounds(Count.moreThan(Count.MAX), Count.MAX + 1, NONE, NONE));
  }

  private static Arguments bounds(Count count, long lower, long upper, long best) {
    return Arguments.of(count, lower, upper, best);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundsOfEveryQualifierAndMagnitude")
  void boundsFollowTheQualifier(Count count, long lower, long upper, long best) {
    assertEquals(lower, count.lowerBound(), "lower");
    assertEquals(upper == NONE ? OptionalLong.empty() : OptionalLong.of(upper), count.upperBound(), "upper");
    assertEquals(best == NONE ? OptionalLong.empty() : OptionalLong.of(best), count.best(), "best");
  }

  @Test
  void theBoundsTableCoversEveryQualifierAndMagnitude() {
    Set<Qualifier> qualifiers = boundsOfEveryQualifierAndMagnitude().map(a -> ((Count) a.get()[0]).qualifier())
        .collect(Collectors.toSet());
    Set<Magnitude> magnitudes = boundsOfEveryQualifierAndMagnitude()
        .flatMap(a -> ((Count) a.get()[0]).magnitude().stream()).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Qualifier.class), qualifiers);
    assertEquals(EnumSet.allOf(Magnitude.class), magnitudes);
  }

  @Test
  void onlyAnExactCountIsOneNumber() {
    assertTrue(Count.exactly(3).isExact());
    assertTrue(Count.between(5, 5).contains(5));
    assertFalse(Count.between(5, 5).isExact(), "a range of one is printed as a range");
    assertFalse(Count.about(3).isExact());
    assertFalse(Count.atLeast(0).withEstimate(3).isExact());
  }

  @Test
  void unitNounAndPhraseAreKeptApart() {
    Count area = Count.of(Magnitude.HUNDREDS).withUnit(Unit.SQUARE_KILOMETRES).withPhrase("hundreds of square kilometers");
    assertEquals(Unit.SQUARE_KILOMETRES, area.unit());
    assertEquals("hundreds of square kilometers", area.phrase().orElseThrow());
    Count deaths = Count.atLeast(100).withNoun("deaths");
    assertEquals(Unit.PERSONS, deaths.unit(), "a noun is what is counted, never a unit");
    assertEquals("deaths", deaths.noun().orElseThrow());
    assertEquals(Count.about(3), Count.about(3).withPhrase("about three").withoutPhrase());
    Count plain = Count.exactly(2);
    assertSame(plain, plain.withUnit(Unit.PERSONS));
    assertSame(plain, plain.withoutPhrase());
  }

  @Test
  void aUnitIsItsCode() {
    for (Unit unit : List.of(Unit.PERSONS, Unit.SQUARE_KILOMETRES, Unit.DAYS, Unit.WEEKS, Unit.HOURS, Unit.MONTHS,
        Unit.YEARS, Unit.TONNES)) {
      assertSame(unit, Unit.of(unit.code()), unit::toString);
      assertEquals(unit.code(), unit.toString());
    }
    assertEquals("km2", Unit.SQUARE_KILOMETRES.code());
    assertEquals(Unit.of("tanks"), Unit.of("tanks"));
    assertEquals("a".repeat(32), Unit.of("a".repeat(32)).code());
    Expect.rejects("Unit.code: expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \""
        + "a".repeat(33) + "\"", () -> Unit.of("a".repeat(33)));
    Expect.rejects("Unit.code: expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"1st\"",
        () -> Unit.of("1st"));
  }

  static Stream<Arguments> shortForms() {
    return Stream.of(
        Arguments.of(Count.about(3).withPhrase("about three"), "Count[about 3 persons, printed \"about three\"]"),
        Arguments.of(Count.between(60, 93).withEstimate(80), "Count[between 60 and 93 persons, estimate 80]"),
        Arguments.of(Count.of(Magnitude.TENS_OF_THOUSANDS).withUnit(Unit.SQUARE_KILOMETRES),
            "Count[tens of thousands km2]"),
        Arguments.of(Count.moreThan(1_000).withNoun("troops"), "Count[more than 1000 persons, noun \"troops\"]"),
        Arguments.of(Count.unquantified(), "Count[unquantified persons]"),
        Arguments.of(Count.unknown().withUnit(Unit.DAYS), "Count[unknown days]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("shortForms")
  void toStringIsAShortForm(Count count, String expected) {
    assertEquals(expected, count.toString());
  }

  static Stream<Arguments> comparisonsAcrossUnits() {
    Count persons = Count.exactly(2);
    Count days = Count.exactly(2).withUnit(Unit.DAYS);
    String personsAndDays = "Count: cannot compare counts in different units, persons and days";
    return Stream.of(
        Arguments.of(personsAndDays, (Executable) () -> persons.overlaps(days)),
        Arguments.of(personsAndDays, (Executable) () -> persons.contradicts(days)),
        Arguments.of(personsAndDays, (Executable) () -> persons.encloses(days)),
        Arguments.of("Count: cannot compare counts in different units, days and persons",
            (Executable) () -> days.encloses(persons)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisonsAcrossUnits")
  void countsInDifferentUnitsAreNotCompared(String message, Executable comparison) {
    Expect.rejects(message, comparison);
  }

  @Test
  void overlapAndContradictionExamples() {
    assertTrue(Count.moreThan(1_000).overlaps(Count.about(11_000)));
    assertTrue(Count.between(60, 93).overlaps(Count.atLeast(93)));
    assertTrue(Count.between(60, 93).contradicts(Count.moreThan(93)));
    assertTrue(Count.exactly(2).contradicts(Count.exactly(3)));
    assertTrue(Count.unquantified().contradicts(Count.exactly(0)), "casualties occurred: not zero");
    assertFalse(Count.unknown().contradicts(Count.exactly(0)));
    assertTrue(Count.of(Magnitude.HUNDREDS).encloses(Count.between(300, 400)));
    assertFalse(Count.of(Magnitude.HUNDREDS).encloses(Count.atLeast(300)));
    assertTrue(Count.of(Magnitude.NUMEROUS).encloses(Count.atLeast(300)));
  }

  // --- properties ------------------------------------------------------------------------------

  @Test
  void propertyBoundsAreOrderedAndHoldTheBestValueAndEstimate() {
    qt().withExamples(EXAMPLES).forAll(Gens.counts()).checkAssert(c -> {
      assertTrue(c.lowerBound() >= 0, c::toString);
      c.upperBound().ifPresent(high -> assertTrue(c.lowerBound() <= high, c::toString));
      c.best().ifPresent(best -> assertTrue(c.contains(best), c::toString));
      c.estimate().ifPresent(estimate -> assertTrue(c.contains(estimate), c::toString));
      assertTrue(c.contains(c.lowerBound()), c::toString);
      assertFalse(c.lowerBound() > 0 && c.contains(c.lowerBound() - 1), c::toString);
      c.upperBound().ifPresent(high -> assertFalse(c.contains(high + 1), c::toString));
    });
  }

  @Test
  void propertyOverlapIsSymmetricContradictionItsNegationAndAWitnessExists() {
    qt().withExamples(EXAMPLES).forAll(Gens.counts(), Gens.counts()).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a), () -> a + " vs " + b);
      assertEquals(!a.overlaps(b), a.contradicts(b), () -> a + " vs " + b);
      assertEquals(a.contradicts(b), b.contradicts(a), () -> a + " vs " + b);
      long witness = Math.max(a.lowerBound(), b.lowerBound());
      assertEquals(a.contains(witness) && b.contains(witness), a.overlaps(b), () -> a + " vs " + b);
    });
  }

  @Test
  void propertyEnclosingIsReflexiveTransitiveAndImpliesOverlap() {
    AtomicInteger chains = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(Gens.counts(), Gens.counts(), Gens.counts()).checkAssert((a, b, c) -> {
      assertTrue(a.encloses(a), a::toString);
      assertEquals(b.lowerBound() >= a.lowerBound()
              && b.upperBound().orElse(Long.MAX_VALUE) <= a.upperBound().orElse(Long.MAX_VALUE), a.encloses(b),
          () -> a + " encloses " + b);
      if (a.encloses(b)) {
        assertTrue(a.overlaps(b), () -> a + " encloses " + b);
      }
      if (a.encloses(b) && b.encloses(c)) {
        chains.incrementAndGet();
        assertTrue(a.encloses(c), () -> a + " encloses " + b + " encloses " + c);
      }
    });
    assertTrue(chains.get() >= 50, "the generator must often produce enclosing chains, got " + chains.get());
  }
}
