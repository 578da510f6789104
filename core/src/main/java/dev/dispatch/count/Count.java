package dev.dispatch.count;

import dev.dispatch.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A number as a report states it: "about 11,000", "more than 1,000", "hundreds", "two",
 * "casualties occurred".
 *
 * <p>A count keeps its {@link Qualifier}, the number or numbers printed, its {@link Unit} of
 * measure, optionally the noun of what is counted ("deaths", "bodies") and the phrase exactly as
 * printed. From these it yields an interval: a {@linkplain #lowerBound() lower bound} (0 when the
 * text gives none, since counts are never negative) and an {@linkplain #upperBound() upper bound}
 * (absent when unbounded), plus a {@linkplain #best() best} value where the text gives one. The
 * bounds of each qualifier are documented on {@link Qualifier} and {@link Magnitude}.
 *
 * <p>Invariants, checked at construction: printed numbers lie in {@code [0, 2^53 - 1]} (exact in
 * any JSON reader); a range's {@code number <= rangeEnd}; "fewer than" needs a number of at least
 * 1; each qualifier has exactly the numbers it needs; an {@linkplain #estimate() estimate} lies
 * within the bounds and is given only where the qualifier implies no best value; noun and phrase
 * are not blank. Immutable and thread-safe; equality compares every property.
 *
 * <pre>{@code
 * Count troops = Count.about(11_000).withPhrase("about 11,000");
 * Count losses = Count.moreThan(1_000);
 * Count area = Count.of(Magnitude.HUNDREDS).withUnit(Unit.SQUARE_KILOMETRES);
 * Count toll = Count.between(60, 93).withEstimate(80);            // UCDP's low, best, high
 * Count deaths = Count.atLeast(100).withNoun("deaths");           // still counts persons
 * }</pre>
 */
public final class Count {
  /** The largest number a count may print: 2^53 - 1, the largest integer exact in a double. */
  public static final long MAX = (1L << 53) - 1;

  private static final long NONE = -1;
  private static final Count UNKNOWN = new Count(Qualifier.UNKNOWN, NONE, NONE, null, NONE, Unit.PERSONS, null, null);
  private static final Count UNQUANTIFIED =
      new Count(Qualifier.UNQUANTIFIED, NONE, NONE, null, NONE, Unit.PERSONS, null, null);

  private final Qualifier qualifier;
  private final long number;
  private final long rangeEnd;
  private final @Nullable Magnitude magnitude;
  private final long estimate;
  private final Unit unit;
  private final @Nullable String noun;
  private final @Nullable String phrase;

  private Count(Qualifier qualifier, long number, long rangeEnd, @Nullable Magnitude magnitude, long estimate,
      Unit unit, @Nullable String noun, @Nullable String phrase) {
    this.qualifier = qualifier;
    this.number = number;
    this.rangeEnd = rangeEnd;
    this.magnitude = magnitude;
    this.estimate = estimate;
    this.unit = unit;
    this.noun = noun;
    this.phrase = phrase;
  }

  /** Checks every invariant; the one place a count is made. */
  private static Count make(Qualifier qualifier, long number, long rangeEnd, @Nullable Magnitude magnitude,
      long estimate, Unit unit, @Nullable String noun, @Nullable String phrase) {
    Checks.notNull(qualifier, "qualifier");
    boolean numbered = qualifier != Qualifier.MAGNITUDE && qualifier != Qualifier.UNKNOWN
        && qualifier != Qualifier.UNQUANTIFIED;
    if (numbered) {
      Checks.check(number >= 0 && number <= MAX, "Count", "number", () -> "expected 0 to 2^53 - 1, got " + number);
      Checks.check(qualifier != Qualifier.FEWER_THAN || number >= 1, "Count", "number",
          "expected at least 1 for FEWER_THAN, got 0");
    }
    if (qualifier == Qualifier.BETWEEN) {
      Checks.check(rangeEnd >= 0 && rangeEnd <= MAX, "Count", "rangeEnd",
          () -> "expected 0 to 2^53 - 1, got " + rangeEnd);
      Checks.check(rangeEnd >= number, "Count", "rangeEnd",
          () -> "expected at least the range's first number " + number + ", got " + rangeEnd);
    }
    Checks.check((magnitude != null) == (qualifier == Qualifier.MAGNITUDE), "Count", "magnitude",
        () -> qualifier == Qualifier.MAGNITUDE ? "required for MAGNITUDE" : "must be absent for " + qualifier);
    if (noun != null) {
      Checks.notBlank(noun, "Count", "noun");
      Checks.check(noun.length() <= 64, "Count", "noun", () -> "expected at most 64 characters, got " + noun.length());
    }
    if (phrase != null) {
      Checks.notBlank(phrase, "Count", "phrase");
    }
    Count count = new Count(qualifier, number, rangeEnd, magnitude, NONE, Checks.notNull(unit, "unit"), noun, phrase);
    if (estimate != NONE) {
      Checks.check(qualifier != Qualifier.UNKNOWN, "Count", "estimate",
          "must be absent for UNKNOWN: a count with an estimate is about(n)");
      Checks.check(count.impliedBest() == NONE, "Count", "estimate",
          () -> "must be absent for " + qualifier + ", whose number is already the best value");
      Checks.check(count.contains(estimate), "Count", "estimate",
          () -> "expected a value within the bounds " + count.bounds() + ", got " + estimate);
      return new Count(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, phrase);
    }
    return count;
  }

  /**
   * A count with one printed number.
   *
   * @param qualifier any qualifier but {@code BETWEEN}, {@code MAGNITUDE}, {@code UNQUANTIFIED}
   *     and {@code UNKNOWN}
   * @param number the number printed, in {@code [0, MAX]}
   * @return the count, in persons
   * @throws IllegalArgumentException if the qualifier needs other numbers or the number is out of range
   */
  public static Count of(Qualifier qualifier, long number) {
    Checks.notNull(qualifier, "qualifier");
    Checks.check(qualifier != Qualifier.BETWEEN && qualifier != Qualifier.MAGNITUDE
        && qualifier != Qualifier.UNQUANTIFIED && qualifier != Qualifier.UNKNOWN, "Count", "qualifier",
        () -> "expected a qualifier of one number, got " + qualifier);
    return make(qualifier, number, NONE, null, NONE, Unit.PERSONS, null, null);
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

  /** "approaching 500": upper bound {@code number}. */
  public static Count approaching(long number) {
    return of(Qualifier.APPROACHING, number);
  }

  /** "more than 1,000": lower bound {@code number + 1}. */
  public static Count moreThan(long number) {
    return of(Qualifier.MORE_THAN, number);
  }

  /** "at least 12": lower bound {@code number}. */
  public static Count atLeast(long number) {
    return of(Qualifier.AT_LEAST, number);
  }

  /** "at most 50", "up to 50": upper bound {@code number}. */
  public static Count atMost(long number) {
    return of(Qualifier.AT_MOST, number);
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
    return make(Qualifier.BETWEEN, low, high, null, NONE, Unit.PERSONS, null, null);
  }

  /** "hundreds", "a handful": the bounds of {@code magnitude}. */
  public static Count of(Magnitude magnitude) {
    return make(Qualifier.MAGNITUDE, NONE, NONE, Checks.notNull(magnitude, "magnitude"), NONE, Unit.PERSONS, null,
        null);
  }

  /** "Casualties occurred": a number known to be above zero that the text does not give. */
  public static Count unquantified() {
    return UNQUANTIFIED;
  }

  /** A count the report does not give: bounds [0, unbounded), no best value. */
  public static Count unknown() {
    return UNKNOWN;
  }

  // --- properties --------------------------------------------------------------------------

  /** How the number is qualified. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** The number printed; for a range, its first number. Absent for magnitudes and unquantified or unknown counts. */
  public OptionalLong number() {
    return number == NONE || qualifier == Qualifier.MAGNITUDE ? OptionalLong.empty() : OptionalLong.of(number);
  }

  /** The second number of a range ("between 60 and 93": 93); absent for every other qualifier. */
  public OptionalLong rangeEnd() {
    return qualifier == Qualifier.BETWEEN ? OptionalLong.of(rangeEnd) : OptionalLong.empty();
  }

  /** The quantity printed in words; present exactly when the qualifier is MAGNITUDE. */
  public Optional<Magnitude> magnitude() {
    return Optional.ofNullable(magnitude);
  }

  /**
   * A best estimate the text gives inside the bounds ("between 60 and 93, most likely 80"), for a
   * qualifier whose number is not itself the best value.
   */
  public OptionalLong estimate() {
    return estimate == NONE ? OptionalLong.empty() : OptionalLong.of(estimate);
  }

  /** The unit of measure; {@link Unit#PERSONS} unless stated. */
  public Unit unit() {
    return unit;
  }

  /** What is counted as printed after the number ("deaths", "bodies", "children"), when kept. */
  public Optional<String> noun() {
    return Optional.ofNullable(noun);
  }

  /** The phrase exactly as printed, such as "more than 1,000", when it was kept. */
  public Optional<String> phrase() {
    return Optional.ofNullable(phrase);
  }

  // --- copies ------------------------------------------------------------------------------

  /** This count in another unit of measure, everything else kept. */
  public Count withUnit(Unit unit) {
    return Checks.notNull(unit, "unit").equals(this.unit) ? this : make(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, phrase);
  }

  /**
   * This count with the phrase as printed.
   *
   * @param phrase the phrase verbatim, not blank
   */
  public Count withPhrase(String phrase) {
    return make(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, Checks.notNull(phrase, "phrase"));
  }

  /** This count without a kept phrase: two counts that differ only in wording compare equal this way. */
  public Count withoutPhrase() {
    return phrase == null ? this : make(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, null);
  }

  /**
   * This count with the noun of what is counted, as printed after the number.
   *
   * @param noun "deaths", "bodies", "children": not blank, at most 64 characters
   */
  public Count withNoun(String noun) {
    return make(qualifier, number, rangeEnd, magnitude, estimate, unit, Checks.notNull(noun, "noun"), phrase);
  }

  /**
   * This count with a best estimate inside its bounds.
   *
   * @param estimate a value within the bounds
   * @throws IllegalArgumentException if the value is outside the bounds, or the qualifier's number is
   *     already the best value (EXACTLY, ABOUT, NEARLY)
   */
  public Count withEstimate(long estimate) {
    Checks.check(estimate >= 0 && estimate <= MAX, "Count", "estimate",
        () -> "expected 0 to 2^53 - 1, got " + estimate);
    return make(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, phrase);
  }

  // --- interval logic ----------------------------------------------------------------------

  /** The smallest value the text allows; 0 when it states no lower bound. */
  public long lowerBound() {
    return switch (qualifier) {
      case EXACTLY, AT_LEAST, BETWEEN -> number;
      case MORE_THAN -> number + 1;
      case MAGNITUDE -> Objects.requireNonNull(magnitude).low();
      case UNQUANTIFIED -> 1;
      case ABOUT, NEARLY, APPROACHING, AT_MOST, FEWER_THAN, UNKNOWN -> 0;
    };
  }

  /** The largest value the text allows; absent when it states no upper bound. */
  public OptionalLong upperBound() {
    return switch (qualifier) {
      case EXACTLY, NEARLY, APPROACHING, AT_MOST -> OptionalLong.of(number);
      case FEWER_THAN -> OptionalLong.of(number - 1);
      case BETWEEN -> OptionalLong.of(rangeEnd);
      case MAGNITUDE -> Objects.requireNonNull(magnitude).high();
      case ABOUT, MORE_THAN, AT_LEAST, UNQUANTIFIED, UNKNOWN -> OptionalLong.empty();
    };
  }

  /**
   * The value put forward as most likely: the number of an exact, "about" or "nearly" count, or
   * the {@linkplain #estimate() estimate} the text gives.
   */
  public OptionalLong best() {
    long implied = impliedBest();
    return implied != NONE ? OptionalLong.of(implied) : estimate();
  }

  private long impliedBest() {
    return qualifier == Qualifier.EXACTLY || qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY
        ? number : NONE;
  }

  /** Whether the count is one exact number. */
  public boolean isExact() {
    return qualifier == Qualifier.EXACTLY;
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
   * Whether the two counts cannot both be true: no value satisfies both. Symmetric; the negation
   * of {@link #overlaps(Count)}.
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
    if (!unit.equals(other.unit)) {
      throw new IllegalArgumentException("Count: cannot compare counts in different units, " + unit + " and "
          + other.unit);
    }
  }

  private String bounds() {
    OptionalLong high = upperBound();
    return "[" + lowerBound() + ", " + (high.isPresent() ? Long.toString(high.getAsLong()) : "unbounded") + "]";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Count that)) {
      return false;
    }
    return qualifier == that.qualifier && number == that.number && rangeEnd == that.rangeEnd
        && magnitude == that.magnitude && estimate == that.estimate && unit.equals(that.unit)
        && Objects.equals(noun, that.noun) && Objects.equals(phrase, that.phrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(qualifier, number, rangeEnd, magnitude, estimate, unit, noun, phrase);
  }

  /**
   * A short form such as {@code Count[more than 1000 persons]}; the estimate, noun and kept phrase
   * follow where present.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Count[");
    switch (qualifier) {
      case BETWEEN -> s.append("between ").append(number).append(" and ").append(rangeEnd);
      case MAGNITUDE -> s.append(Objects.requireNonNull(magnitude).name().toLowerCase(Locale.ROOT).replace('_', ' '));
      case UNQUANTIFIED -> s.append("unquantified");
      case UNKNOWN -> s.append("unknown");
      default -> s.append(qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(number);
    }
    s.append(' ').append(unit);
    if (estimate != NONE) {
      s.append(", estimate ").append(estimate);
    }
    if (noun != null) {
      s.append(", noun \"").append(noun).append('"');
    }
    if (phrase != null) {
      s.append(", printed \"").append(phrase).append('"');
    }
    return s.append(']').toString();
  }
}
