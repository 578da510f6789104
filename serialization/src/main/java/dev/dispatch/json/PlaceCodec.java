package dev.dispatch.json;

import dev.dispatch.id.PlaceId;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;

/** Places, their coordinates, and locations relative to them. */
final class PlaceCodec {
  private PlaceCodec() {}

  static final Codec<CountryCode> COUNTRY = Codec.text(CountryCode::alpha2, "an ISO 3166-1 alpha-2 code",
      CountryCode::of);

  private static final class LocationParts {
    Relation relation;
    PlaceId place;
  }

  /** {@code {"relation": "near", "place": "belaya"}}. */
  static final Table<Location, LocationParts> LOCATION = Table.of("a location", LocationParts::new,
          (LocationParts l) -> Location.of(l.relation, l.place))
      .required("relation", Location::relation, Codec.enumeration(Relation.class), (l, v) -> l.relation = v)
      .required("place", Location::place, Codec.reference(PlaceId::of), (l, v) -> l.place = v)
      .build();

  private static final class CoordinateParts {
    double latitude;
    double longitude;
    GeoPrecision precision;
  }

  private static final Table<Coordinates, CoordinateParts> COORDINATES = Table.of("coordinates",
          CoordinateParts::new, (CoordinateParts c) -> Coordinates.of(c.latitude, c.longitude, c.precision))
      .required("latitude", Coordinates::latitude, Codec.DECIMAL, (c, v) -> c.latitude = v)
      .required("longitude", Coordinates::longitude, Codec.DECIMAL, (c, v) -> c.longitude = v)
      .required("precision", Coordinates::precision, Codec.enumeration(GeoPrecision.class), (c, v) -> c.precision = v)
      .build();

  static final Table<Place, Place.Builder> INSTANCE = Table.of("a place", Place::builder, Place.Builder::build)
      .required("id", Place::id, Codec.declare(PlaceId::of), Place.Builder::id)
      .required("printedName", Place::printedName, Codec.STRING, Place.Builder::printedName)
      .optional("canonicalName", Place::canonicalName, Codec.STRING, Place.Builder::canonicalName)
      .list("aliases", Place::aliases, Codec.STRING, Place.Builder::addAliases)
      .optional("kind", Place::kind, Codec.enumeration(PlaceKind.class), Place.Builder::kind)
      .optional("country", Place::country, COUNTRY, Place.Builder::country)
      .optionalLong("geonamesId", Place::geonamesId, Place.Builder::geonamesId)
      .optional("coordinates", Place::coordinates, COORDINATES, Place.Builder::coordinates)
      .build();
}
