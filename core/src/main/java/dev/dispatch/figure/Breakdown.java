package dev.dispatch.figure;

import dev.dispatch.count.Count;
import dev.dispatch.internal.Checks;
import org.immutables.value.Value;

/**
 * A part of a figure's total: "including 12 children". Whether it fits its total is checked by
 * the {@link Figure} that holds it.
 *
 * <p>Invariant: the label is not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Breakdown permits ImmutableBreakdown {

  Breakdown() {}

  /** What part of the total this is: "children". */
  public abstract String label();

  /** How many. */
  public abstract Count count();

  /** A breakdown. */
  public static Breakdown of(String label, Count count) {
    return ImmutableBreakdown.builder().label(label).count(count).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(label(), "Breakdown", "label");
  }
}
