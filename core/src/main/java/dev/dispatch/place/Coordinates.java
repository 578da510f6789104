package dev.dispatch.place;

import dev.dispatch.internal.Checks;
import org.immutables.value.Value;

/**
 * A WGS 84 latitude and longitude, with how precisely they locate the place.
 *
 * <p>Invariants, checked at construction: latitude in [-90, 90], longitude in [-180, 180], both
 * finite. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Coordinates permits ImmutableCoordinates {

  Coordinates() {}

  /** Degrees north, -90 to 90. */
  public abstract double latitude();

  /** Degrees east, -180 to 180. */
  public abstract double longitude();

  /** How precisely the point locates the place. */
  public abstract GeoPrecision precision();

  /** Coordinates at a precision. */
  public static Coordinates of(double latitude, double longitude, GeoPrecision precision) {
    return ImmutableCoordinates.builder().latitude(latitude).longitude(longitude).precision(precision).build();
  }

  @Value.Check
  void check() {
    Checks.check(latitude() >= -90 && latitude() <= 90, "Coordinates", "latitude", () -> "expected -90 to 90, got " + latitude());
    Checks.check(longitude() >= -180 && longitude() <= 180, "Coordinates", "longitude",
        () -> "expected -180 to 180, got " + longitude());
  }
}
