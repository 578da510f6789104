package dev.dispatch.count;

import dev.dispatch.internal.Checks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A number as a report states it: "about 11,000", "more than 1,000", "hundreds", "two".
 *
 * <p>A count keeps its {@link Qualifier}, the number or numbers printed, its {@link Unit} and,
 * optionally, the phrase exactly as printed. From these it yields an interval: a
 * {@linkplain #lowerBound() lower bound} (0 when the text gives none, since counts are never
 * negative) and an {@linkplain #upperBound() upper bound} (absent when unbounded), plus a
 * {@linkplain #best() best} value where the text gives one. The bounds of each qualifier are
 * documented on {@link Qualifier}.
 *
 * <p>Invariants, checked at construction: printed numbers lie in {@code [0, 2^53 - 1]} (so they
 * are exact in any JSON reader); a range's {@code number <= rangeEnd}; "fewer than" needs a number
 * of at least 1; each qualifier has exactly the numbers it needs. Immutable and thread-safe.
 *
 * <pre>{@code
 * Count troops = Count.about(11_000).printedAs("about 11,000");
 * Count losses = Count.moreThan(1_000);
 * Count area = Count.of(Magnitude.HUNDREDS).in(Unit.SQUARE_KILOMETRES);
 * }</pre>
 */
@Value.Immutable
public abstract class Count {
  /** The largest number a count may print: 2^53 - 1, the largest integer exact in a double. */
  public static final long MAX = (1L << 53) - 1;

  Count() {}

  /** How the number is qualified. */
  public abstract Qualifier qualifier();

  /** The number printed; for a range, its first number. Absent for magnitudes and unknown counts. */
  public abstract OptionalLong number();

  /** The second number of a range ("between 60 and 93": 93); absent for every other qualifier. */
  public abstract OptionalLong rangeEnd();

  /** The order of magnitude printed in words; present exactly when the qualifier is MAGNITUDE. */
  public abstract Optional<Magnitude> magnitude();

  /** What is counted; {@link Unit#PERSONS} unless stated. */
  @Value.Default
  public Unit unit() {
    return Unit.PERSONS;
  }

  /** The phrase exactly as printed, such as "more than 1,000", when it was kept. */
  public abstract Optional<String> phrase();

  /**
   * A count with one printed number.
   *
   * @param qualifier any qualifier but {@code BETWEEN}, {@code MAGNITUDE} and {@code UNKNOWN}
   * @param number the number printed, in {@code [0, MAX]}
   * @return the count, in persons
   * @throws IllegalArgumentException if the qualifier needs other numbers or the number is out of range
   */
  public static Count of(Qualifier qualifier, long number) {
    return ImmutableCount.builder().qualifier(qualifier).number(number).build();
  }

  /** "2": exactly {@code number}. */
  public static Count exactly(long number) {
    return of(Qualifier.EXACTLY, number);
  }

  /** "about 11,000": best {@code number}, no bounds. */
  public static Count about(long number) {
    return of(Qualifier.ABOUT, number);
  }

  /** "nearly 1,000": best and upper bound {@code number}. */
  public static Count nearly(long number) {
    return of(Qualifier.NEARLY, number);
  }

  /** "more than 1,000": lower bound {@code number + 1}. */
  public static Count moreThan(long number) {
    return of(Qualifier.MORE_THAN, number);
  }

  /** "at least 12": lower bound {@code number}. */
  public static Count atLeast(long number) {
    return of(Qualifier.AT_LEAST, number);
  }

  /** "at most 50": upper bound {@code number}. */
  public static Count atMost(long number) {
    return of(Qualifier.AT_MOST, number);
  }

  /** "up to 50": the same count as {@link #atMost(long)}. */
  public static Count upTo(long number) {
    return atMost(number);
  }

  /** "fewer than 10": upper bound {@code number - 1}; {@code number} must be at least 1. */
  public static Count fewerThan(long number) {
    return of(Qualifier.FEWER_THAN, number);
  }

  /**
   * "between 60 and 93": bounds [{@code low}, {@code high}].
   *
   * @throws IllegalArgumentException if {@code low > high} or either is out of range
   */
  public static Count between(long low, long high) {
    return ImmutableCount.builder().qualifier(Qualifier.BETWEEN).number(low).rangeEnd(high).build();
  }

  /** "hundreds": the bounds of {@code magnitude}. */
  public static Count of(Magnitude magnitude) {
    return ImmutableCount.builder().qualifier(Qualifier.MAGNITUDE).magnitude(magnitude).build();
  }

  /** A count the report does not give: bounds [0, unbounded), no best value. */
  public static Count unknown() {
    return ImmutableCount.builder().qualifier(Qualifier.UNKNOWN).build();
  }

  /** This count in another unit, everything else kept. */
  public Count in(Unit unit) {
    if (unit().equals(Checks.notNull(unit, "unit"))) {
      return this;
    }
    return ImmutableCount.builder().from(this).unit(unit).build();
  }

  /**
   * This count with the phrase as printed.
   *
   * @param phrase the phrase verbatim, not blank
   */
  public Count printedAs(String phrase) {
    return ImmutableCount.builder().from(this).phrase(Checks.notBlank(phrase, "Count", "phrase")).build();
  }

  /** This count without a kept phrase: two counts that differ only in wording compare equal this way. */
  public Count withoutPhrase() {
    return ImmutableCount.builder().from(this).phrase(Optional.empty()).build();
  }

  /** The smallest value the text allows; 0 when it states no lower bound. */
  public long lowerBound() {
    switch (qualifier()) {
      case EXACTLY:
      case AT_LEAST:
      case BETWEEN:
        return number().getAsLong();
      case MORE_THAN:
        return number().getAsLong() + 1;
      case MAGNITUDE:
        return magnitude().orElseThrow().low();
      default:
        return 0;
    }
  }

  /** The largest value the text allows; absent when it states no upper bound. */
  public OptionalLong upperBound() {
    switch (qualifier()) {
      case EXACTLY:
      case NEARLY:
      case AT_MOST:
        return number();
      case FEWER_THAN:
        return OptionalLong.of(number().getAsLong() - 1);
      case BETWEEN:
        return rangeEnd();
      case MAGNITUDE:
        return OptionalLong.of(magnitude().orElseThrow().high());
      default:
        return OptionalLong.empty();
    }
  }

  /** The value the text puts forward as most likely: the number of an exact, "about" or "nearly" count. */
  public OptionalLong best() {
    switch (qualifier()) {
      case EXACTLY:
      case ABOUT:
      case NEARLY:
        return number();
      default:
        return OptionalLong.empty();
    }
  }

  /** Whether the count is one exact number. */
  public boolean isExact() {
    return qualifier() == Qualifier.EXACTLY;
  }

  /** Whether {@code value} lies within this count's bounds. */
  public boolean contains(long value) {
    return value >= lowerBound() && value <= upperBound().orElse(Long.MAX_VALUE);
  }

  /**
   * Whether some value satisfies both counts: their intervals intersect. Symmetric.
   *
   * @throws IllegalArgumentException if the counts have different units
   */
  public boolean overlaps(Count other) {
    sameUnit(other);
    long low = Math.max(lowerBound(), other.lowerBound());
    long high = Math.min(upperBound().orElse(Long.MAX_VALUE), other.upperBound().orElse(Long.MAX_VALUE));
    return low <= high;
  }

  /**
   * Whether the two counts cannot both be true: no value satisfies both. Symmetric; the
   * negation of {@link #overlaps(Count)}.
   *
   * @throws IllegalArgumentException if the counts have different units
   */
  public boolean contradicts(Count other) {
    return !overlaps(other);
  }

  /**
   * Whether every value {@code other} allows is allowed by this count.
   *
   * @throws IllegalArgumentException if the counts have different units
   */
  public boolean encloses(Count other) {
    sameUnit(other);
    return other.lowerBound() >= lowerBound()
        && other.upperBound().orElse(Long.MAX_VALUE) <= upperBound().orElse(Long.MAX_VALUE);
  }

  private void sameUnit(Count other) {
    Checks.notNull(other, "other");
    if (!unit().equals(other.unit())) {
      throw new IllegalArgumentException(
          "cannot compare counts in different units: " + unit() + " and " + other.unit());
    }
  }

  @Value.Check
  void check() {
    Qualifier q = qualifier();
    boolean numbered = q != Qualifier.MAGNITUDE && q != Qualifier.UNKNOWN;
    Checks.check(number().isPresent() == numbered, "Count", "number",
        () -> numbered ? "required for " + q : "must be absent for " + q);
    Checks.check(rangeEnd().isPresent() == (q == Qualifier.BETWEEN), "Count", "rangeEnd",
        () -> q == Qualifier.BETWEEN ? "required for BETWEEN" : "must be absent for " + q);
    Checks.check(magnitude().isPresent() == (q == Qualifier.MAGNITUDE), "Count", "magnitude",
        () -> q == Qualifier.MAGNITUDE ? "required for MAGNITUDE" : "must be absent for " + q);
    if (number().isPresent()) {
      long n = number().getAsLong();
      Checks.check(n >= 0 && n <= MAX, "Count", "number", () -> "expected 0 to 2^53 - 1, got " + n);
      Checks.check(q != Qualifier.FEWER_THAN || n >= 1, "Count", "number", "expected at least 1 for FEWER_THAN, got 0");
    }
    if (rangeEnd().isPresent()) {
      long end = rangeEnd().getAsLong();
      Checks.check(end <= MAX, "Count", "rangeEnd", () -> "expected at most 2^53 - 1, got " + end);
      Checks.check(end >= number().getAsLong(), "Count", "rangeEnd",
          () -> "expected at least the range's first number " + number().getAsLong() + ", got " + end);
    }
    phrase().ifPresent(p -> Checks.notBlank(p, "Count", "phrase"));
  }

  /** A short form such as {@code Count[more than 1000 persons]}; the kept phrase, if any, follows. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Count[");
    switch (qualifier()) {
      case BETWEEN:
        s.append("between ").append(number().getAsLong()).append(" and ").append(rangeEnd().getAsLong());
        break;
      case MAGNITUDE:
        s.append(magnitude().orElseThrow().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        break;
      case UNKNOWN:
        s.append("unknown");
        break;
      default:
        s.append(qualifier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .append(' ').append(number().getAsLong());
    }
    s.append(' ').append(unit());
    phrase().ifPresent(p -> s.append(", printed \"").append(p).append('"'));
    return s.append(']').toString();
  }
}
