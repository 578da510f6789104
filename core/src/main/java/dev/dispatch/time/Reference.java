package dev.dispatch.time;

import dev.dispatch.internal.Checks;

/**
 * What a relative date phrase was resolved against, and where that date came from: "on Saturday"
 * resolved against a publication date known only to two days ({@code 2025-01-12/2025-01-13}),
 * taken from the archive's capture date.
 *
 * @param date the reference date; may itself be an interval or approximate
 * @param origin where the reference date came from
 */
public record Reference(DateValue date, ReferenceOrigin origin) {

  /** Checks that neither component is null. */
  public Reference {
    Checks.notNull(date, "date");
    Checks.notNull(origin, "origin");
  }

  /** A reference date and its origin. */
  public static Reference of(DateValue date, ReferenceOrigin origin) {
    return new Reference(date, origin);
  }
}
