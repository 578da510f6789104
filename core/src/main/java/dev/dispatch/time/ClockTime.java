package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A time of day as a report gives it, with its offset from UTC when the report names a zone:
 * "as of 18:00 GMT" is 18:00 at offset {@code Z}. The zone as printed ("GMT", "Kyiv time") stays
 * in the mention's phrase; only the offset is typed, since zone rules differ between JDKs and
 * years and an offset does not.
 *
 * <p>Invariant: the time has no fraction of a second. Immutable and thread-safe.
 *
 * @param time the time of day, to the second
 * @param offset the offset from UTC, when the report gives a zone
 */
public record ClockTime(LocalTime time, Optional<ZoneOffset> offset) {

  /** Checks the invariant; the message names the field. */
  public ClockTime {
    Checks.notNull(time, "time");
    Checks.notNull(offset, "offset");
    Checks.check(time.truncatedTo(ChronoUnit.SECONDS).equals(time), "ClockTime", "time",
        () -> "expected whole seconds, got " + time);
  }

  /** A time of day with no zone given. */
  public static ClockTime of(LocalTime time) {
    return new ClockTime(time, Optional.empty());
  }

  /** A time of day at an offset: {@code ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC)} for "18:00 GMT". */
  public static ClockTime of(LocalTime time, ZoneOffset offset) {
    return new ClockTime(time, Optional.of(Checks.notNull(offset, "offset")));
  }
}
