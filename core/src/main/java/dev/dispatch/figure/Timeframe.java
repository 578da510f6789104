package dev.dispatch.figure;

import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import java.util.Optional;

/**
 * The time a figure covers: a {@link During period} ("in the last week of December"), a
 * {@link Over length of time} ending at a cut-off ("over the past 24 hours", "within two weeks"),
 * or a {@link Cumulative running total} since a start, as of a cut-off, or both ("since February
 * 2022, as of 18:00 GMT on Sunday").
 */
public sealed interface Timeframe {

  /** Counted within a period only. */
  static Timeframe during(DateMention period) {
    return new During(period);
  }

  /** Counted over a length of time, its end unstated: "within two weeks". */
  static Timeframe over(DurationMention length) {
    return new Over(length, Optional.empty());
  }

  /** Counted over a length of time ending at a cut-off: "over the past 24 hours" as of a date. */
  static Timeframe over(DurationMention length, DateMention ending) {
    return new Over(length, Optional.of(Checks.notNull(ending, "ending")));
  }

  /** A running total since a start and as of a cut-off. */
  static Timeframe cumulative(DateMention since, DateMention asOf) {
    return new Cumulative(Optional.of(Checks.notNull(since, "since")), Optional.of(Checks.notNull(asOf, "asOf")));
  }

  /** A running total since a start, cut-off unstated. */
  static Timeframe since(DateMention since) {
    return new Cumulative(Optional.of(Checks.notNull(since, "since")), Optional.empty());
  }

  /** A running total as of a cut-off, start unstated. */
  static Timeframe asOf(DateMention asOf) {
    return new Cumulative(Optional.empty(), Optional.of(Checks.notNull(asOf, "asOf")));
  }

  /**
   * Counted within a period only.
   *
   * @param period the period
   */
  record During(DateMention period) implements Timeframe {
    /** Checks the component is not null. */
    public During {
      Checks.notNull(period, "period");
    }
  }

  /**
   * Counted over a length of time: "over the past 24 hours", "within two weeks".
   *
   * @param length how long, a count in a unit of time
   * @param ending when that time ends, when stated
   */
  record Over(DurationMention length, Optional<DateMention> ending) implements Timeframe {
    /** Checks that no component is null. */
    public Over {
      Checks.notNull(length, "length");
      Checks.notNull(ending, "ending");
    }
  }

  /**
   * A running total.
   *
   * @param since when counting started, when stated
   * @param asOf the cut-off, when stated; at least one of the two is present
   */
  record Cumulative(Optional<DateMention> since, Optional<DateMention> asOf) implements Timeframe {
    /** Checks that a start or a cut-off is present. */
    public Cumulative {
      Checks.notNull(since, "since");
      Checks.notNull(asOf, "asOf");
      Checks.check(since.isPresent() || asOf.isPresent(), "Timeframe", "since", "a start or a cut-off is required");
    }
  }
}
