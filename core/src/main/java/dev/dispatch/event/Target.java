package dev.dispatch.event;

import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * What an event was aimed at or hit, as printed: "a Russian military command post", "a
 * residential building", with the place of the report that is the target, when there is one.
 *
 * @param description the target as printed
 * @param place the place of the report that is the target (a hospital, a market), when there is one
 */
public record Target(String description, Optional<PlaceId> place) {

  /** Checks the description; the message names the field. */
  public Target {
    Checks.notBlank(description, "Target", "description");
    Checks.notNull(place, "place");
  }

  /** A target as printed. */
  public static Target of(String description) {
    return new Target(description, Optional.empty());
  }

  /** A target that is a place of the report. */
  public static Target of(String description, PlaceId place) {
    return new Target(description, Optional.of(Checks.notNull(place, "place")));
  }
}
