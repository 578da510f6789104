package dev.dispatch.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.fixture.Gens;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

class ProportionTest {

  private static final int EXAMPLES = 2_000;

  /** A share, a whole, and the absolute count the share of the whole allows. */
  static Stream<Arguments> sharesOfWholes() {
    return Stream.of(
        Arguments.of(Proportion.exactly(1, 3), Count.exactly(10), Count.between(3, 4).withEstimate(3)),
        Arguments.of(Proportion.most(), Count.exactly(3_000), Count.between(1_501, 3_000)),
        Arguments.of(Proportion.percent(40), Count.exactly(3_000), Count.between(1_200, 1_200)),
        Arguments.of(Proportion.of(Qualifier.NEARLY, 1, 4), Count.exactly(100), Count.between(0, 25).withEstimate(25)),
        Arguments.of(Proportion.of(Qualifier.ABOUT, 1, 3), Count.exactly(3_000), Count.between(0, 3_000).withEstimate(1_000)),
        Arguments.of(Proportion.of(Qualifier.AT_LEAST, 1, 2), Count.between(10, 20), Count.between(5, 20)),
        Arguments.of(Proportion.of(Qualifier.FEWER_THAN, 1, 2), Count.exactly(4), Count.between(0, 1)),
        Arguments.of(Proportion.of(Qualifier.FEWER_THAN, 1, 2), Count.exactly(0), Count.between(0, 0)),
        Arguments.of(Proportion.most(), Count.exactly(0), Count.between(0, 0)),
        Arguments.of(Proportion.percent(40), Count.about(11_000), Count.atLeast(0)),
        Arguments.of(Proportion.most(), Count.moreThan(1_000), Count.atLeast(501)),
        Arguments.of(Proportion.percent(50), Count.of(Magnitude.HUNDREDS).withUnit(Unit.SQUARE_KILOMETRES),
            Count.between(100, 500).withUnit(Unit.SQUARE_KILOMETRES)),
        Arguments.of(Proportion.exactly(1, 1), Count.moreThan(Count.MAX), Count.atLeast(Count.MAX)));
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @MethodSource("sharesOfWholes")
  void aShareOfAWholeIsACountRoundedOutwards(Proportion share, Count whole, Count expected) {
    assertEquals(expected, share.of(whole));
  }

  @Test
  void phraseAndValueAreKept() {
    Proportion quarter = Proportion.of(Qualifier.NEARLY, 1, 4).withPhrase("nearly a quarter");
    assertEquals("nearly a quarter", quarter.phrase().orElseThrow());
    assertEquals(0.25, quarter.value());
    assertEquals("Proportion[nearly 1/4, printed \"nearly a quarter\"]", quarter.toString());
    assertEquals("Proportion[more than 1/2]", Proportion.most().toString());
  }

  @Test
  void propertyAShareLiesWithinZeroAndTheWholesUpperBound() {
    qt().withExamples(EXAMPLES).forAll(Gens.proportions(), Gens.counts()).checkAssert((share, whole) -> {
      Count part = share.of(whole);
      assertEquals(whole.unit(), part.unit());
      assertTrue(part.lowerBound() >= 0, () -> share + " of " + whole + " = " + part);
      assertEquals(whole.upperBound().isPresent(), part.upperBound().isPresent(), () -> share + " of " + whole);
      whole.upperBound().ifPresent(high -> assertTrue(part.upperBound().getAsLong() <= high,
          () -> share + " of " + whole + " = " + part));
    });
  }

  /**
   * For an exact whole n and a share num/den: a share that allows its own fraction contains the
   * fraction of n rounded to the nearest person; "more than" starts at the first person above it,
   * "fewer than" ends at the last person below it.
   */
  @Test
  void propertyAShareOfAnExactWholeHoldsItsFractionOfIt() {
    qt().withExamples(EXAMPLES).forAll(Gens.proportions(), Generate.longRange(0, 100_000))
        .checkAssert((share, n) -> {
          Count part = share.of(Count.exactly(n));
          BigInteger scaled = BigInteger.valueOf(n).multiply(BigInteger.valueOf(share.numerator()));
          BigInteger den = BigInteger.valueOf(share.denominator());
          long below = scaled.subtract(BigInteger.ONE).divide(den).longValueExact(); // largest k < x, for x > 0
          long above = scaled.divide(den).longValueExact() + 1; // smallest k > x
          long rounded = scaled.shiftLeft(1).add(den).divide(den.shiftLeft(1)).longValueExact();
          switch (share.qualifier()) {
            case MORE_THAN -> assertEquals(Math.min(above, n), part.lowerBound(), () -> share + " of " + n + " = " + part);
            case FEWER_THAN -> assertEquals(scaled.signum() == 0 ? 0 : below, part.upperBound().getAsLong(),
                () -> share + " of " + n + " = " + part);
            default -> assertTrue(part.contains(rounded), () -> share + " of " + n + " = " + part + ", not " + rounded);
          }
        });
  }
}
