package dev.dispatch.place;

import dev.dispatch.internal.Checks;

/**
 * A WGS 84 latitude and longitude, with how precisely they locate the place.
 *
 * <p>Invariants, checked at construction: latitude in [-90, 90], longitude in [-180, 180], both
 * finite. Immutable and thread-safe.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param precision how precisely the point locates the place
 */
public record Coordinates(double latitude, double longitude, GeoPrecision precision) {

  /** Checks the ranges; the message names the field and the bad value. */
  public Coordinates {
    Checks.check(latitude >= -90 && latitude <= 90, "Coordinates", "latitude", () -> "expected -90 to 90, got " + latitude);
    Checks.check(longitude >= -180 && longitude <= 180, "Coordinates", "longitude",
        () -> "expected -180 to 180, got " + longitude);
    Checks.notNull(precision, "precision");
  }

  /** Coordinates at a precision. */
  public static Coordinates of(double latitude, double longitude, GeoPrecision precision) {
    return new Coordinates(latitude, longitude, precision);
  }
}
