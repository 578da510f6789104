package dev.dispatch.place;

import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Where something happened, relative to places of the report: in, at, near or outside them.
 * "Near the town of Belaya" is a location with {@link Relation#NEAR}, not a place; "in Kharkiv and
 * Sumy" names two places; "in three northern towns" names none the report identifies and keeps
 * the phrase.
 *
 * <p>Invariants, checked at construction: the places are distinct; at least one place or a phrase
 * is present; the phrase is not blank. Immutable and thread-safe.
 *
 * @param relation how the event relates to the places
 * @param places the places, by id
 * @param phrase the location phrase as printed, when kept
 */
public record Location(Relation relation, List<PlaceId> places, Optional<String> phrase) {

  /** Checks the invariants and copies the list; the message names the field. */
  public Location {
    Checks.notNull(relation, "relation");
    places = List.copyOf(Checks.notNull(places, "places"));
    Checks.notNull(phrase, "phrase");
    Checks.check(Checks.distinct(places), "Location", "places", "must be distinct");
    Checks.check(!places.isEmpty() || phrase.isPresent(), "Location", "places", "a place or a phrase is required");
    phrase.ifPresent(p -> Checks.notBlank(p, "Location", "phrase"));
  }

  /** A location with any relation to one or more places. */
  public static Location of(Relation relation, PlaceId... places) {
    return new Location(relation, List.of(Checks.notNull(places, "places")), Optional.empty());
  }

  /** A location the report describes without naming its places: "in three northern towns". */
  public static Location described(Relation relation, String phrase) {
    return new Location(relation, List.of(), Optional.of(Checks.notNull(phrase, "phrase")));
  }

  /** In the place. */
  public static Location in(PlaceId place) {
    return of(Relation.IN, Checks.notNull(place, "place"));
  }

  /** Near the place. */
  public static Location near(PlaceId place) {
    return of(Relation.NEAR, Checks.notNull(place, "place"));
  }

  /** At the place. */
  public static Location at(PlaceId place) {
    return of(Relation.AT, Checks.notNull(place, "place"));
  }

  /** This location with the phrase as printed. */
  public Location withPhrase(String phrase) {
    return new Location(relation, places, Optional.of(Checks.notNull(phrase, "phrase")));
  }
}
