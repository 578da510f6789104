package dev.dispatch.count;

import dev.dispatch.internal.Checks;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A share of a whole as a report states it: "40%", "nearly a quarter", "most", "about a third",
 * "half". A proportion is a fraction {@code numerator/denominator} with a {@link Qualifier} and,
 * optionally, the phrase as printed; what it is a share of is said where it is used (a figure's
 * {@code ShareOf} relation).
 *
 * <p>The qualifier reads as it does for a {@link Count}: "40%" is EXACTLY 40/100, "nearly a
 * quarter" NEARLY 1/4, "most" and "the majority" MORE_THAN 1/2, "half" EXACTLY 1/2. A proportion
 * yields fraction bounds in [0, 1] and, {@linkplain #of(Count) applied to a whole}, the absolute
 * count it allows.
 *
 * <p>Invariants, checked at construction: {@code 1 <= denominator <= 1,000,000}; {@code 0 <=
 * numerator <= denominator}; the qualifier is one of EXACTLY, ABOUT, NEARLY, APPROACHING,
 * MORE_THAN, AT_LEAST, AT_MOST, FEWER_THAN; "more than" needs a fraction below 1 and "fewer than"
 * one above 0; the phrase is not blank. Immutable and thread-safe.
 */
public final class Proportion {
  private static final Set<Qualifier> QUALIFIERS = EnumSet.of(Qualifier.EXACTLY, Qualifier.ABOUT, Qualifier.NEARLY,
      Qualifier.APPROACHING, Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.FEWER_THAN);

  /** The largest denominator: a percentage with four decimals. */
  public static final long MAX_DENOMINATOR = 1_000_000;

  private final Qualifier qualifier;
  private final long numerator;
  private final long denominator;
  private final @Nullable String phrase;

  private Proportion(Qualifier qualifier, long numerator, long denominator, @Nullable String phrase) {
    Checks.notNull(qualifier, "qualifier");
    Checks.check(QUALIFIERS.contains(qualifier), "Proportion", "qualifier",
        () -> "expected one of " + QUALIFIERS + ", got " + qualifier);
    Checks.check(denominator >= 1 && denominator <= MAX_DENOMINATOR, "Proportion", "denominator",
        () -> "expected 1 to " + MAX_DENOMINATOR + ", got " + denominator);
    Checks.check(numerator >= 0 && numerator <= denominator, "Proportion", "numerator",
        () -> "expected 0 to the denominator " + denominator + ", got " + numerator);
    Checks.check(qualifier != Qualifier.MORE_THAN || numerator < denominator, "Proportion", "numerator",
        "\"more than\" the whole is not a share of it");
    Checks.check(qualifier != Qualifier.FEWER_THAN || numerator > 0, "Proportion", "numerator",
        "\"fewer than\" nothing is not a share");
    if (phrase != null) {
      Checks.notBlank(phrase, "Proportion", "phrase");
    }
    this.qualifier = qualifier;
    this.numerator = numerator;
    this.denominator = denominator;
    this.phrase = phrase;
  }

  /**
   * A proportion.
   *
   * @param qualifier how the fraction is qualified (see the class description for those allowed)
   * @param numerator 0 to {@code denominator}
   * @param denominator 1 to {@link #MAX_DENOMINATOR}
   * @return the proportion
   * @throws IllegalArgumentException if an invariant is broken
   */
  public static Proportion of(Qualifier qualifier, long numerator, long denominator) {
    return new Proportion(qualifier, numerator, denominator, null);
  }

  /** "40%": exactly {@code percent}/100. */
  public static Proportion percent(long percent) {
    return of(Qualifier.EXACTLY, percent, 100);
  }

  /** "a third": exactly {@code numerator/denominator}. */
  public static Proportion exactly(long numerator, long denominator) {
    return of(Qualifier.EXACTLY, numerator, denominator);
  }

  /** "most", "the majority": more than half. */
  public static Proportion most() {
    return of(Qualifier.MORE_THAN, 1, 2);
  }

  /** This proportion with the phrase as printed, not blank. */
  public Proportion withPhrase(String phrase) {
    return new Proportion(qualifier, numerator, denominator, Checks.notNull(phrase, "phrase"));
  }

  /** How the fraction is qualified. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** The fraction's numerator. */
  public long numerator() {
    return numerator;
  }

  /** The fraction's denominator; 100 for a percentage. */
  public long denominator() {
    return denominator;
  }

  /** The phrase exactly as printed, when kept. */
  public Optional<String> phrase() {
    return Optional.ofNullable(phrase);
  }

  /** The fraction as a double, for display; bounds are computed exactly by {@link #of(Count)}. */
  public double value() {
    return (double) numerator / denominator;
  }

  /**
   * The absolute count this share of {@code whole} allows, computed exactly in integers: the lower
   * bound is the share's lower fraction of the whole's lower bound, the upper bound its upper
   * fraction of the whole's upper bound (unbounded when the whole is). A fraction that does not
   * divide evenly rounds outwards ("a third of 10" allows 3 to 4); a strict qualifier rounds
   * inwards ("most of 3,000" allows 1,501 to 3,000). When the whole has a best value and the
   * share is exact or approximate, the share of that value, rounded, is the result's
   * {@linkplain Count#estimate() estimate}: "about a third of the 3,000" allows 0 to 3,000, most
   * likely 1,000.
   *
   * @param whole the count the proportion is a share of
   * @return a count between the two bounds, in the whole's unit
   */
  public Count of(Count whole) {
    Checks.notNull(whole, "whole");
    BigInteger den = BigInteger.valueOf(denominator);
    BigInteger num = BigInteger.valueOf(numerator);
    BigInteger min = BigInteger.valueOf(whole.lowerBound()).multiply(num);
    long low = switch (qualifier) {
      case EXACTLY, AT_LEAST -> floor(min, den);
      case MORE_THAN -> floor(min, den) + 1;
      default -> 0;
    };
    if (whole.upperBound().isEmpty()) {
      // Only "more than 2^53 - 1" has a lower bound above Count.MAX; a share of all of it is capped
      // at the largest count, which widens the interval and keeps it true.
      return Count.atLeast(Math.min(low, Count.MAX)).withUnit(whole.unit());
    }
    long wholeHigh = whole.upperBound().getAsLong();
    BigInteger max = BigInteger.valueOf(wholeHigh).multiply(num);
    long high = switch (qualifier) {
      case FEWER_THAN -> Math.max(0, ceil(max, den) - 1);
      case ABOUT, MORE_THAN, AT_LEAST -> wholeHigh;
      default -> ceil(max, den);
    };
    // Rounding is tolerant (a third of 10 allows 3 and 4); only "more than" a share of nothing
    // can invert the bounds, and then the share allows nothing above the whole.
    Count share = Count.between(Math.min(low, high), high).withUnit(whole.unit());
    // "About a third of the 3,000" puts forward 1,000: keep it as the estimate when the whole has
    // a best value and the share is a two-sided reading of one fraction.
    if (whole.best().isPresent() && (qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY
        || qualifier == Qualifier.APPROACHING || qualifier == Qualifier.EXACTLY)) {
      BigInteger[] qr = BigInteger.valueOf(whole.best().getAsLong()).multiply(num).divideAndRemainder(den);
      long estimate = qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(den) >= 0 ? 1 : 0);
      if (share.lowerBound() < high && share.contains(estimate)) {
        return share.withEstimate(estimate);
      }
    }
    return share;
  }

  private static long floor(BigInteger a, BigInteger b) {
    return a.divide(b).longValueExact();
  }

  private static long ceil(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return (qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValueExact();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Proportion that)) {
      return false;
    }
    return qualifier == that.qualifier && numerator == that.numerator && denominator == that.denominator
        && Objects.equals(phrase, that.phrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(qualifier, numerator, denominator, phrase);
  }

  /** {@code Proportion[nearly 1/4, printed "nearly a quarter"]}. */
  @Override
  public String toString() {
    return "Proportion[" + qualifier.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + numerator
        + "/" + denominator + (phrase == null ? "" : ", printed \"" + phrase + "\"") + "]";
  }
}
