package dev.dispatch.figure;

import dev.dispatch.count.Count;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.source.Attribution;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A casualty, force or territory figure: a {@link Count} of something among a population, in a
 * place, over a period or cumulative to a date, according to an attribution.
 *
 * <p>Invariants, checked at construction:
 * <ul>
 *   <li>a {@link Measure#CASUALTIES} figure has at least one outcome; other measures have none;
 *   <li>a period and a "cumulative to" date exclude each other;
 *   <li>each breakdown is in the total's unit and its lower bound does not exceed the total's
 *       upper bound: a breakdown that certainly exceeds its total cannot be built (one that merely
 *       may exceed it is a validation finding);
 *   <li>breakdown labels are distinct.
 * </ul>
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Figure permits ImmutableFigure {

  Figure() {}

  /** The figure's id in its report. */
  public abstract FigureId id();

  /** What kind of quantity it is. */
  public abstract Measure measure();

  /** For casualties, what happened to those counted: "killed or wounded" is {KILLED, WOUNDED}. */
  public abstract Set<Outcome> outcomes();

  /** The number. */
  public abstract Count count();

  /** Whom it counts, when stated. */
  public abstract Optional<Population> population();

  /** Where, when stated. */
  public abstract Optional<Location> location();

  /** Over what period, when stated: "in the last week of December". */
  public abstract Optional<DateMention> period();

  /** The date up to which the figure is cumulative, when stated. */
  public abstract Optional<DateMention> cumulativeTo();

  /** According to whom; absent when the report gives no source (a validation finding). */
  public abstract Optional<Attribution> attribution();

  /** Parts of the total. */
  public abstract List<Breakdown> breakdowns();

  /** The ids this figure refers to: its place and its attribution chain's sources. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    location().ifPresent(l -> ids.add(l.place()));
    attribution().ifPresent(a -> ids.addAll(a.sources()));
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (measure() == Measure.CASUALTIES) {
      Checks.check(!outcomes().isEmpty(), "Figure", "outcomes", "at least one outcome is required for CASUALTIES");
    } else {
      Checks.check(outcomes().isEmpty(), "Figure", "outcomes", () -> "must be empty for " + measure() + ", got " + outcomes());
    }
    Checks.check(period().isEmpty() || cumulativeTo().isEmpty(), "Figure", "cumulativeTo", "excludes a period");
    Count total = count();
    for (int i = 0; i < breakdowns().size(); i++) {
      Breakdown b = breakdowns().get(i);
      String field = "breakdowns[" + i + "].count";
      Checks.check(b.count().unit().equals(total.unit()), "Figure", field,
          () -> "expected the total's unit " + total.unit() + ", got " + b.count().unit());
      if (total.upperBound().isPresent()) {
        long max = total.upperBound().getAsLong();
        Checks.check(b.count().lowerBound() <= max, "Figure", field,
            () -> "lower bound " + b.count().lowerBound() + " exceeds the total's upper bound " + max);
      }
    }
    if (breakdowns().size() > 1) {
      List<String> labels = new ArrayList<>(breakdowns().size());
      breakdowns().forEach(b -> labels.add(b.label()));
      Checks.check(Checks.distinct(labels), "Figure", "breakdowns", "labels must be distinct");
    }
  }
}
