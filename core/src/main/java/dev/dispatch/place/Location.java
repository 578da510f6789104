package dev.dispatch.place;

import dev.dispatch.id.PlaceId;
import org.immutables.value.Value;

/**
 * Where something happened, relative to a place of the report: in it, at it or near it.
 * "Near the town of Belaya" is a location with {@link Relation#NEAR}, not a place.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Location permits ImmutableLocation {

  Location() {}

  /** How the event relates to the place. */
  public abstract Relation relation();

  /** The place, by id. */
  public abstract PlaceId place();

  /** A location with any relation. */
  public static Location of(Relation relation, PlaceId place) {
    return ImmutableLocation.builder().relation(relation).place(place).build();
  }

  /** In the place. */
  public static Location in(PlaceId place) {
    return of(Relation.IN, place);
  }

  /** Near the place. */
  public static Location near(PlaceId place) {
    return of(Relation.NEAR, place);
  }

  /** At the place. */
  public static Location at(PlaceId place) {
    return of(Relation.AT, place);
  }
}
