package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A calendar date known to a {@link Precision}: a year, a season, a month or a day, possibly
 * with the year left unspecified by the text ("January 9" with no year printed), and flagged
 * approximate ({@code ~}) or uncertain ({@code ?}) as EDTF does.
 *
 * <p>Invariants, checked at construction: a day needs a month; a season excludes month and day;
 * at least a year, a month or a season is present; the year is 0 to 9999; the month 1 to 12; the
 * day exists in that month (29 February needs a leap year when the year is known). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract sealed class PartialDate implements DateValue permits ImmutablePartialDate {

  PartialDate() {}

  /** The year, absent when the text does not state it. */
  public abstract OptionalInt year();

  /** The month, 1 to 12, when known. */
  public abstract OptionalInt month();

  /** The day of the month, when known. */
  public abstract OptionalInt day();

  /** The season, when the date is known to a season. */
  public abstract Optional<Season> season();

  /** Whether the date is approximate ("around", EDTF {@code ~}). */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** Whether the date is uncertain (EDTF {@code ?}). */
  @Value.Default
  public boolean uncertain() {
    return false;
  }

  /** A year: {@code 2024}. */
  public static PartialDate ofYear(int year) {
    return ImmutablePartialDate.builder().year(year).build();
  }

  /** A month of a year: {@code 2024-08}. */
  public static PartialDate of(int year, int month) {
    return ImmutablePartialDate.builder().year(year).month(month).build();
  }

  /** A day: {@code 2025-01-09}. */
  public static PartialDate of(int year, int month, int day) {
    return ImmutablePartialDate.builder().year(year).month(month).day(day).build();
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
    return ImmutablePartialDate.builder().year(year).season(season).build();
  }

  /** A day whose year the text does not state: {@code XXXX-01-09}. */
  public static PartialDate of(MonthDay monthDay) {
    Checks.notNull(monthDay, "monthDay");
    return ImmutablePartialDate.builder().month(monthDay.getMonthValue()).day(monthDay.getDayOfMonth()).build();
  }

  /** A month whose year the text does not state: {@code XXXX-08}. */
  public static PartialDate of(Month month) {
    Checks.notNull(month, "month");
    return ImmutablePartialDate.builder().month(month.getValue()).build();
  }

  /** A season whose year the text does not state: {@code XXXX-23}. */
  public static PartialDate of(Season season) {
    return ImmutablePartialDate.builder().season(season).build();
  }

  /** A builder, for dates the factories do not cover. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartialDate}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePartialDate.Builder {
    Builder() {}
  }

  /** This date flagged approximate. */
  public PartialDate asApproximate() {
    return ImmutablePartialDate.builder().from(this).approximate(true).build();
  }

  /** This date flagged uncertain. */
  public PartialDate asUncertain() {
    return ImmutablePartialDate.builder().from(this).uncertain(true).build();
  }

  /** The precision: the finest of day, month, season, year that is present. */
  public Precision precision() {
    if (day().isPresent()) {
      return Precision.DAY;
    }
    if (month().isPresent()) {
      return Precision.MONTH;
    }
    return season().isPresent() ? Precision.SEASON : Precision.YEAR;
  }

  @Override
  public Optional<LocalDate> earliest() {
    if (year().isEmpty()) {
      return Optional.empty();
    }
    int y = year().getAsInt();
    if (season().isPresent()) {
      return Optional.of(LocalDate.of(y, season().get().firstMonth(), 1));
    }
    return Optional.of(LocalDate.of(y, month().orElse(1), day().orElse(1)));
  }

  @Override
  public Optional<LocalDate> latest() {
    if (year().isEmpty()) {
      return Optional.empty();
    }
    int y = year().getAsInt();
    if (season().isPresent()) {
      YearMonth last = YearMonth.of(y, season().get().firstMonth()).plusMonths(2);
      return Optional.of(last.atEndOfMonth());
    }
    if (day().isPresent()) {
      return earliest();
    }
    YearMonth last = YearMonth.of(y, month().orElse(12));
    return Optional.of(last.atEndOfMonth());
  }

  @Override
  public String toEdtf() {
    return Edtf.format(this);
  }

  @Value.Check
  void check() {
    year().ifPresent(y -> Checks.check(y >= 0 && y <= 9999, "PartialDate", "year", () -> "expected 0 to 9999, got " + y));
    month().ifPresent(m -> Checks.check(m >= 1 && m <= 12, "PartialDate", "month", () -> "expected 1 to 12, got " + m));
    Checks.check(day().isEmpty() || month().isPresent(), "PartialDate", "day", "needs a month");
    Checks.check(season().isEmpty() || (month().isEmpty() && day().isEmpty()), "PartialDate", "season",
        "excludes month and day");
    Checks.check(year().isPresent() || month().isPresent() || season().isPresent(), "PartialDate", "year",
        "a year, a month or a season is required");
    if (day().isPresent()) {
      int d = day().getAsInt();
      int m = month().getAsInt();
      try {
        if (year().isPresent()) {
          LocalDate.of(year().getAsInt(), m, d);
        } else {
          MonthDay.of(m, d);
        }
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "PartialDate.day: day " + d + " does not exist in month " + m
                + (year().isPresent() ? " of " + year().getAsInt() : ""), e);
      }
    }
  }

  /** Returns the EDTF form, such as {@code 2024-23~}. */
  @Override
  public String toString() {
    return toEdtf();
  }
}
