package dev.dispatch.prisoner;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * One spell of detention: who held the captive, where, over what period, and in what conditions
 * as claimed. A captive's custody is a sequence of these, in order.
 *
 * <p>Invariants: at least one attribute is present; the conditions are not blank. Immutable and
 * thread-safe.
 *
 * @param holder the holder, a source of the report: the SBU
 * @param location where the captive is or was held: in Kyiv, at a prison
 * @param period when, when the report says: "since March", "for two months in 2023"
 * @param conditions the conditions as claimed, in the report's words
 */
public record Custody(Optional<SourceId> holder, Optional<Location> location, Optional<DateMention> period,
    Optional<String> conditions) {

  /** Checks the invariants; the message names the field. */
  public Custody {
    Checks.notNull(holder, "holder");
    Checks.notNull(location, "location");
    Checks.notNull(period, "period");
    Checks.notNull(conditions, "conditions");
    Checks.check(holder.isPresent() || location.isPresent() || period.isPresent() || conditions.isPresent(),
        "Custody", "holder", "a holder, a location, a period or conditions are required");
    conditions.ifPresent(c -> Checks.notBlank(c, "Custody", "conditions"));
  }

  /** Custody by a holder. */
  public static Custody heldBy(SourceId holder) {
    return new Custody(Optional.of(Checks.notNull(holder, "holder")), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Custody at a location. */
  public static Custody at(Location location) {
    return new Custody(Optional.empty(), Optional.of(Checks.notNull(location, "location")), Optional.empty(),
        Optional.empty());
  }

  /** This custody with a holder. */
  public Custody withHolder(SourceId holder) {
    return new Custody(Optional.of(Checks.notNull(holder, "holder")), location, period, conditions);
  }

  /** This custody at a location. */
  public Custody withLocation(Location location) {
    return new Custody(holder, Optional.of(Checks.notNull(location, "location")), period, conditions);
  }

  /** This custody over a period. */
  public Custody withPeriod(DateMention period) {
    return new Custody(holder, location, Optional.of(Checks.notNull(period, "period")), conditions);
  }

  /** This custody with conditions as claimed. */
  public Custody withConditions(String conditions) {
    return new Custody(holder, location, period, Optional.of(Checks.notNull(conditions, "conditions")));
  }
}
