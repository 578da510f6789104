package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An interval of dates, "the last week of December", whose start or end may be open: "since the
 * spring" has an open end, "by mid-January" an open start.
 *
 * <p>Invariants, checked at construction: at least one end is present; when both ends have a
 * year, the start's earliest day is not after the end's latest day. An absent end is open (EDTF
 * {@code ..}). Immutable and thread-safe.
 *
 * @param start the start; empty when open
 * @param end the end; empty when open
 */
public record DateInterval(Optional<PartialDate> start, Optional<PartialDate> end) implements DateValue {

  /** Checks the invariants; the message names the field. */
  public DateInterval {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    Checks.check(start.isPresent() || end.isPresent(), "DateInterval", "start", "a start or an end is required");
    Optional<LocalDate> from = start.flatMap(PartialDate::earliest);
    Optional<LocalDate> to = end.flatMap(PartialDate::latest);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("DateInterval.end: expected not before the start " + start.get() + ", got "
          + end.get());
    }
  }

  /** The interval from {@code start} to {@code end}, both included. */
  public static DateInterval of(PartialDate start, PartialDate end) {
    return new DateInterval(Optional.of(Checks.notNull(start, "start")), Optional.of(Checks.notNull(end, "end")));
  }

  /** The interval from {@code start} on, with an open end: "since the spring". */
  public static DateInterval from(PartialDate start) {
    return new DateInterval(Optional.of(Checks.notNull(start, "start")), Optional.empty());
  }

  /** The interval up to {@code end}, with an open start: "by mid-January". */
  public static DateInterval until(PartialDate end) {
    return new DateInterval(Optional.empty(), Optional.of(Checks.notNull(end, "end")));
  }

  @Override
  public Optional<LocalDate> earliest() {
    return start.flatMap(PartialDate::earliest);
  }

  @Override
  public Optional<LocalDate> latest() {
    return end.flatMap(PartialDate::latest);
  }

  @Override
  public String toEdtf() {
    return Edtf.format(this);
  }

  /** Returns the EDTF form, such as {@code 2024-12-25/2024-12-31}. */
  @Override
  public String toString() {
    return toEdtf();
  }
}
