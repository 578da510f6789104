package dev.dispatch.time;

import dev.dispatch.count.Count;
import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * A length of time as a report mentions it: "within two weeks" (at most 2 weeks), "after two
 * years in captivity" (2 years), "a war now in its third year" (between 2 and 3 years). The length
 * is a {@link Count} in a unit of time, so it keeps its qualifier and bounds.
 *
 * <p>Invariants: the length's unit is a unit of time ({@link dev.dispatch.count.Unit#isTime()});
 * the phrase, when present, is not blank. Immutable and thread-safe.
 *
 * @param phrase the phrase exactly as printed, when kept
 * @param length how long, in hours, days, weeks, months or years
 */
public record DurationMention(Optional<String> phrase, Count length) {

  /** Checks the invariants; the message names the field. */
  public DurationMention {
    Checks.notNull(phrase, "phrase");
    Checks.notNull(length, "length");
    phrase.ifPresent(p -> Checks.notBlank(p, "DurationMention", "phrase"));
    Checks.check(length.unit().isTime(), "DurationMention", "length",
        () -> "expected a unit of time (hours, days, weeks, months, years), got " + length.unit());
  }

  /** A length with no phrase kept. */
  public static DurationMention of(Count length) {
    return new DurationMention(Optional.empty(), length);
  }

  /** A phrase and the length it states: {@code of("within two weeks", Count.atMost(2).withUnit(Unit.WEEKS))}. */
  public static DurationMention of(String phrase, Count length) {
    return new DurationMention(Optional.of(Checks.notNull(phrase, "phrase")), length);
  }
}
