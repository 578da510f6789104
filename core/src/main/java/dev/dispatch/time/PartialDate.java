package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to a {@link Precision}: a year, a season, a month or a day, possibly
 * with the year left unspecified by the text ("January 9" with no year printed), and flagged
 * approximate ({@code ~}) or uncertain ({@code ?}) as EDTF does.
 *
 * <p>Invariants, checked at construction: a day needs a month; a season excludes month and day;
 * at least a year, a month or a season is present; the year is 0 to 9999; the month 1 to 12; the
 * day exists in that month (29 February needs a leap year when the year is known). Immutable and
 * thread-safe; equality compares every property.
 */
public final class PartialDate implements DateValue {
  private static final int NONE = -1;

  private final int year;
  private final int month;
  private final int day;
  private final @Nullable Season season;
  private final boolean approximate;
  private final boolean uncertain;

  private PartialDate(int year, int month, int day, @Nullable Season season, boolean approximate, boolean uncertain) {
    Checks.check(year == NONE || (year >= 0 && year <= 9999), "PartialDate", "year", () -> "expected 0 to 9999, got " + year);
    Checks.check(month == NONE || (month >= 1 && month <= 12), "PartialDate", "month",
        () -> "expected 1 to 12, got " + month);
    Checks.check(day == NONE || month != NONE, "PartialDate", "day", "needs a month");
    Checks.check(season == null || (month == NONE && day == NONE), "PartialDate", "season", "excludes month and day");
    Checks.check(year != NONE || month != NONE || season != null, "PartialDate", "year",
        "a year, a month or a season is required");
    if (day != NONE) {
      try {
        if (year != NONE) {
          LocalDate.of(year, month, day);
        } else {
          MonthDay.of(month, day);
        }
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("PartialDate.day: day " + day + " does not exist in month " + month
            + (year != NONE ? " of " + year : ""), e);
      }
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.season = season;
    this.approximate = approximate;
    this.uncertain = uncertain;
  }

  /** A year: {@code 2024}. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(checkedYear(year), NONE, NONE, null, false, false);
  }

  /** A month of a year: {@code 2024-08}. */
  public static PartialDate of(int year, int month) {
    return new PartialDate(checkedYear(year), month, NONE, null, false, false);
  }

  /** A day: {@code 2025-01-09}. */
  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(checkedYear(year), month, day, null, false, false);
  }

  /** A day from a {@link LocalDate}. */
  public static PartialDate of(LocalDate date) {
    Checks.notNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A month of a year from a {@link YearMonth}. */
  public static PartialDate of(YearMonth month) {
    Checks.notNull(month, "month");
    return of(month.getYear(), month.getMonthValue());
  }

  /** A season of a year: {@code 2024-23}. */
  public static PartialDate of(int year, Season season) {
    return new PartialDate(checkedYear(year), NONE, NONE, Checks.notNull(season, "season"), false, false);
  }

  /** A day whose year the text does not state: {@code XXXX-01-09}. */
  public static PartialDate of(MonthDay monthDay) {
    Checks.notNull(monthDay, "monthDay");
    return new PartialDate(NONE, monthDay.getMonthValue(), monthDay.getDayOfMonth(), null, false, false);
  }

  /** A month whose year the text does not state: {@code XXXX-08}. */
  public static PartialDate of(Month month) {
    return new PartialDate(NONE, Checks.notNull(month, "month").getValue(), NONE, null, false, false);
  }

  /** A season whose year the text does not state: {@code XXXX-23}. */
  public static PartialDate of(Season season) {
    return new PartialDate(NONE, NONE, NONE, Checks.notNull(season, "season"), false, false);
  }

  private static int checkedYear(int year) {
    Checks.check(year >= 0 && year <= 9999, "PartialDate", "year", () -> "expected 0 to 9999, got " + year);
    return year;
  }

  /** A builder, for combinations the factories do not cover (such as a day parsed field by field). */
  public static Builder builder() {
    return new Builder();
  }

  /** This date flagged approximate ({@code ~}) or not. */
  public PartialDate withApproximate(boolean approximate) {
    return new PartialDate(year, month, day, season, approximate, uncertain);
  }

  /** This date flagged uncertain ({@code ?}) or not. */
  public PartialDate withUncertain(boolean uncertain) {
    return new PartialDate(year, month, day, season, approximate, uncertain);
  }

  /** The year, absent when the text does not state it. */
  public OptionalInt year() {
    return year == NONE ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The month, 1 to 12, when known. */
  public OptionalInt month() {
    return month == NONE ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, when known. */
  public OptionalInt day() {
    return day == NONE ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The season, when the date is known to a season. */
  public Optional<Season> season() {
    return Optional.ofNullable(season);
  }

  /** Whether the date is approximate ("around", EDTF {@code ~}). */
  public boolean approximate() {
    return approximate;
  }

  /** Whether the date is uncertain (EDTF {@code ?}). */
  public boolean uncertain() {
    return uncertain;
  }

  /** The precision: the finest of day, month, season, year that is present. */
  public Precision precision() {
    if (day != NONE) {
      return Precision.DAY;
    }
    if (month != NONE) {
      return Precision.MONTH;
    }
    return season != null ? Precision.SEASON : Precision.YEAR;
  }

  @Override
  public Optional<LocalDate> earliest() {
    if (year == NONE) {
      return Optional.empty();
    }
    if (season != null) {
      return Optional.of(LocalDate.of(year, season.firstMonth(), 1));
    }
    return Optional.of(LocalDate.of(year, month == NONE ? 1 : month, day == NONE ? 1 : day));
  }

  @Override
  public Optional<LocalDate> latest() {
    if (year == NONE) {
      return Optional.empty();
    }
    if (season != null) {
      return Optional.of(YearMonth.of(year, season.firstMonth()).plusMonths(2).atEndOfMonth());
    }
    if (day != NONE) {
      return Optional.of(LocalDate.of(year, month, day));
    }
    return Optional.of(YearMonth.of(year, month == NONE ? 12 : month).atEndOfMonth());
  }

  @Override
  public String toEdtf() {
    return Edtf.format(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PartialDate that)) {
      return false;
    }
    return year == that.year && month == that.month && day == that.day && season == that.season
        && approximate == that.approximate && uncertain == that.uncertain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, season, approximate, uncertain);
  }

  /** Returns the EDTF form, such as {@code 2024-23~}. */
  @Override
  public String toString() {
    return toEdtf();
  }

  /**
   * Builds a {@link PartialDate} field by field; {@link #build()} checks the invariants. Not
   * thread-safe; may build more than once.
   */
  public static final class Builder {
    private int year = NONE;
    private int month = NONE;
    private int day = NONE;
    private @Nullable Season season;
    private boolean approximate;
    private boolean uncertain;

    private Builder() {}

    /** Sets the year, 0 to 9999; leave it unset for a year the text does not state. */
    public Builder year(int year) {
      this.year = checkedYear(year);
      return this;
    }

    /** Sets the month, 1 to 12. */
    public Builder month(int month) {
      this.month = month;
      return this;
    }

    /** Sets the day of the month; needs a month. */
    public Builder day(int day) {
      this.day = day;
      return this;
    }

    /** Sets the season; excludes month and day. */
    public Builder season(Season season) {
      this.season = Checks.notNull(season, "season");
      return this;
    }

    /** Flags the date approximate ({@code ~}). */
    public Builder approximate(boolean approximate) {
      this.approximate = approximate;
      return this;
    }

    /** Flags the date uncertain ({@code ?}). */
    public Builder uncertain(boolean uncertain) {
      this.uncertain = uncertain;
      return this;
    }

    /**
     * The date.
     *
     * @throws IllegalArgumentException naming the field, if an invariant is broken
     */
    public PartialDate build() {
      Checks.check(month == NONE || (month >= 1 && month <= 12), "PartialDate", "month",
          () -> "expected 1 to 12, got " + month);
      Checks.check(day == NONE || (day >= 1 && day <= 31), "PartialDate", "day", () -> "expected 1 to 31, got " + day);
      return new PartialDate(year, month, day, season, approximate, uncertain);
    }
  }
}
