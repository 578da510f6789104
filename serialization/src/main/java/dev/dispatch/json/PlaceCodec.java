package dev.dispatch.json;

import dev.dispatch.id.PlaceId;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Places, their coordinates, and locations relative to them. */
final class PlaceCodec implements Codec<Place> {
  static final PlaceCodec INSTANCE = new PlaceCodec();

  /** {@code {"relation": "near", "place": "belaya"}}. */
  static final Codec<Location> LOCATION = new Codec<>() {
    @Override
    public void write(Location l, JsonGenerator g, WriteState w) {
      g.writeStartObject();
      WriteState.enumValue(g, "relation", l.relation());
      g.writeStringProperty("place", l.place().value());
      w.end(g);
    }

    @Override
    public Location read(JsonParser p, ReadState r) {
      r.startObject(p, "a location");
      Relation relation = null;
      PlaceId place = null;
      for (String name; (name = r.next(p)) != null; ) {
        switch (name) {
          case "relation":
            relation = r.enumValue(p, Relation.class);
            break;
          case "place":
            place = r.reference(p, PlaceId::of);
            break;
          default:
            r.unknown(p, name, "relation, place");
        }
      }
      return Location.of(r.required(p, relation, "relation"), r.required(p, place, "place"));
    }
  };

  static final Codec<CountryCode> COUNTRY = Codec.text(CountryCode::alpha2, "an ISO 3166-1 alpha-2 code",
      CountryCode::of);

  @Override
  public void write(Place place, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("id", place.id().value());
    g.writeStringProperty("printedName", place.printedName());
    WriteState.string(g, "canonicalName", place.canonicalName());
    WriteState.strings(g, "aliases", place.aliases());
    WriteState.enumValue(g, "kind", place.kind());
    WriteState.string(g, "country", place.country().map(CountryCode::alpha2));
    WriteState.number(g, "geonamesId", place.geonamesId());
    WriteState.object(g, "coordinates", place.coordinates(), (c, gen) -> {
      gen.writeStartObject();
      gen.writeNumberProperty("latitude", c.latitude());
      gen.writeNumberProperty("longitude", c.longitude());
      WriteState.enumValue(gen, "precision", c.precision());
      w.end(gen);
    });
    w.end(g);
  }

  @Override
  public Place read(JsonParser p, ReadState r) {
    r.startObject(p, "a place");
    Place.Builder b = Place.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "id":
          b.id(r.declare(p, PlaceId::of));
          break;
        case "printedName":
          b.printedName(r.string(p));
          break;
        case "canonicalName":
          b.canonicalName(r.string(p));
          break;
        case "aliases":
          b.aliases(r.list(p, "strings", r::string));
          break;
        case "kind":
          b.kind(r.enumValue(p, PlaceKind.class));
          break;
        case "country":
          b.country(COUNTRY.read(p, r));
          break;
        case "geonamesId":
          b.geonamesId(r.integer(p));
          break;
        case "coordinates":
          b.coordinates(coordinates(p, r));
          break;
        default:
          r.unknown(p, name, "id, printedName, canonicalName, aliases, kind, country, geonamesId, coordinates");
      }
    }
    return r.build(p, b::build);
  }

  private static Coordinates coordinates(JsonParser p, ReadState r) {
    r.startObject(p, "coordinates");
    Double latitude = null;
    Double longitude = null;
    GeoPrecision precision = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "latitude":
          latitude = r.decimal(p);
          break;
        case "longitude":
          longitude = r.decimal(p);
          break;
        case "precision":
          precision = r.enumValue(p, GeoPrecision.class);
          break;
        default:
          r.unknown(p, name, "latitude, longitude, precision");
      }
    }
    double lat = r.required(p, latitude, "latitude");
    double lon = r.required(p, longitude, "longitude");
    GeoPrecision precise = r.required(p, precision, "precision");
    return r.build(p, () -> Coordinates.of(lat, lon, precise));
  }
}
