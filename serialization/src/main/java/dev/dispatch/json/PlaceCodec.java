package dev.dispatch.json;

import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.place.Control;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Places, their coordinates and control, and locations relative to them: {@code {"relation":
 * "near", "places": ["belaya"]}}, {@code {"relation": "in", "places": ["a", "b", "c"], "phrase":
 * "in three northern towns"}}, {@code {"relation": "in", "phrase": "in a village nearby"}}.
 */
final class PlaceCodec {
  private PlaceCodec() {}

  private static final Codec<Relation> RELATION = Codec.enumeration(Relation.class);
  private static final Codec<PlaceKind> PLACE_KIND = Codec.enumeration(PlaceKind.class);

  private static final class LocationParts {
    @Nullable Relation relation;
    final List<PlaceId> places = new ArrayList<>();
    @Nullable String phrase;
  }

  static final Table<Location, LocationParts> LOCATION = Table.of("a location", LocationParts::new,
          (LocationParts l) -> new Location(Objects.requireNonNull(l.relation), l.places, Optional.ofNullable(l.phrase)))
      .required("relation", Location::relation, RELATION, (l, v) -> l.relation = v)
      .list("places", Location::places, Ids.PLACE, (l, v) -> l.places.add(v))
      .optional("phrase", Location::phrase, Codec.STRING, (l, v) -> l.phrase = v)
      .writtenBy(n -> {
        SerializedString relation = n.of("relation"), places = n.of("places"), phrase = n.of("phrase");
        return (l, g, w) -> {
          Table.required(g, relation, l.relation(), RELATION, w);
          Table.list(g, places, l.places(), Ids.PLACE, w);
          Table.optional(g, phrase, l.phrase());
        };
      })
      .build();

  /**
   * Degrees as JSON numbers, each read as the {@code double} nearest to its decimal text (IEEE 754
   * binary64, ties to even, as {@link Double#parseDouble} rounds): digits beyond what a double
   * holds (about 16 significant ones, far below a millimetre) are dropped, not refused, and a value
   * that rounds to zero is zero. The writer writes {@link Double#toString}'s text, which reads back
   * as the same double. Outside -90 to 90, -180 to 180 (after rounding, infinity included) is an
   * error at the number, before the model's own check.
   */
  static final Codec<Double> LATITUDE = Codec.decimal(-90, 90, "-90 to 90 (degrees of latitude)");
  static final Codec<Double> LONGITUDE = Codec.decimal(-180, 180, "-180 to 180 (degrees of longitude)");

  private static final class CoordinateParts {
    double latitude;
    double longitude;
    @Nullable GeoPrecision precision;
  }

  static final Table<Coordinates, CoordinateParts> COORDINATES = Table.of("coordinates",
          CoordinateParts::new,
          (CoordinateParts c) -> Coordinates.of(c.latitude, c.longitude, Objects.requireNonNull(c.precision)))
      .required("latitude", Coordinates::latitude, LATITUDE, (c, v) -> c.latitude = v)
      .required("longitude", Coordinates::longitude, LONGITUDE, (c, v) -> c.longitude = v)
      .required("precision", Coordinates::precision, Codec.enumeration(GeoPrecision.class), (c, v) -> c.precision = v)
      .build();

  private static final class ControlParts {
    @Nullable PartyId party;
    @Nullable DateMention asOf;
  }

  /** {@code {"party": "ru", "asOf": {...}}}: who controls a place, as of when. */
  static final Table<Control, ControlParts> CONTROL = Table.of("control", ControlParts::new,
          (ControlParts c) -> new Control(Objects.requireNonNull(c.party), Optional.ofNullable(c.asOf)))
      .required("party", Control::party, Ids.PARTY, (c, v) -> c.party = v)
      .optional("asOf", Control::asOf, DateCodec.INSTANCE, (c, v) -> c.asOf = v)
      .build();

  static final Table<Place, Place.Builder> INSTANCE = Table.of("a place", Place::builder, Place.Builder::build)
      .required("id", Place::id, Codec.declare(PlaceId::of), Place.Builder::id)
      .required("printedName", Place::printedName, Codec.STRING, Place.Builder::printedName)
      .optional("canonicalName", Place::canonicalName, Codec.STRING, Place.Builder::canonicalName)
      .list("aliases", Place::aliases, Codec.STRING, Place.Builder::addAliases)
      .optional("kind", Place::kind, PLACE_KIND, Place.Builder::kind)
      .optional("country", Place::country, Ids.COUNTRY, Place.Builder::country)
      .optional("within", Place::within, Ids.PLACE, Place.Builder::within)
      .optional("position", Place::position, LOCATION, Place.Builder::position)
      .list("control", Place::control, CONTROL, Place.Builder::addControl)
      .optionalLong("geonamesId", Place::geonamesId, Place.Builder::geonamesId)
      .optional("coordinates", Place::coordinates, COORDINATES, Place.Builder::coordinates)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), printedName = n.of("printedName"), canonicalName = n.of("canonicalName");
        SerializedString aliases = n.of("aliases"), kind = n.of("kind"), country = n.of("country");
        SerializedString within = n.of("within"), position = n.of("position"), control = n.of("control");
        SerializedString geonamesId = n.of("geonamesId"), coordinates = n.of("coordinates");
        return (p, g, w) -> {
          Table.required(g, id, p.id().value());
          Table.required(g, printedName, p.printedName());
          Table.optional(g, canonicalName, p.canonicalName());
          Table.strings(g, aliases, p.aliases());
          Table.optional(g, kind, p.kind(), PLACE_KIND, w);
          Table.optional(g, country, p.country(), Ids.COUNTRY, w);
          Table.optional(g, within, p.within(), Ids.PLACE, w);
          Table.optional(g, position, p.position(), LOCATION, w);
          Table.list(g, control, p.control(), CONTROL, w);
          Table.optional(g, geonamesId, p.geonamesId());
          Table.optional(g, coordinates, p.coordinates(), COORDINATES, w);
        };
      })
      .build();
}
