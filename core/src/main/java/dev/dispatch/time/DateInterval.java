package dev.dispatch.time;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interval of dates, "the last week of December", whose start or end may be open.
 *
 * <p>Invariants, checked at construction: at least one end is present; when both ends have a
 * year, the start's earliest day is not after the end's latest day. An absent end is open (EDTF
 * {@code ..}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DateInterval implements DateValue permits ImmutableDateInterval {

  DateInterval() {}

  /** The start; absent when open. */
  public abstract Optional<PartialDate> start();

  /** The end; absent when open. */
  public abstract Optional<PartialDate> end();

  /** The interval from {@code start} to {@code end}, both included. */
  public static DateInterval of(PartialDate start, PartialDate end) {
    return ImmutableDateInterval.builder().start(start).end(end).build();
  }

  /** The interval from {@code start} on, with an open end. */
  public static DateInterval from(PartialDate start) {
    return ImmutableDateInterval.builder().start(start).build();
  }

  /** The interval up to {@code end}, with an open start. */
  public static DateInterval until(PartialDate end) {
    return ImmutableDateInterval.builder().end(end).build();
  }

  @Override
  public Optional<LocalDate> earliest() {
    return start().flatMap(PartialDate::earliest);
  }

  @Override
  public Optional<LocalDate> latest() {
    return end().flatMap(PartialDate::latest);
  }

  @Override
  public String toEdtf() {
    return Edtf.format(this);
  }

  @Value.Check
  void check() {
    if (start().isEmpty() && end().isEmpty()) {
      throw new IllegalArgumentException("DateInterval.start: a start or an end is required");
    }
    Optional<LocalDate> from = earliest();
    Optional<LocalDate> to = latest();
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "DateInterval.end: expected not before the start " + start().get() + ", got " + end().get());
    }
  }

  /** Returns the EDTF form, such as {@code 2024-12-25/2024-12-31}. */
  @Override
  public String toString() {
    return toEdtf();
  }
}
