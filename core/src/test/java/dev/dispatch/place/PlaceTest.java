package dev.dispatch.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dispatch.id.PlaceId;
import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void printedAndCanonicalNames() {
    Place kyiv = Place.builder().id(PlaceId.of("kyiv")).printedName("Kiev").canonicalName("Kyiv")
        .kind(PlaceKind.CITY).country(CountryCode.of("UA")).build();
    assertEquals("Kyiv", kyiv.name());
    assertEquals("Kiev", kyiv.printedName());
    assertEquals(Relation.NEAR, Location.near(PlaceId.of("belaya")).relation());
  }

  @Test
  void invariantsNameTheField() {
    assertMessage("CountryCode.alpha2: expected an ISO 3166-1 alpha-2 code such as \"UA\", got \"XX\"", () -> CountryCode.of("XX"));
    assertMessage("Coordinates.latitude: expected -90 to 90, got 91.0", () -> Coordinates.of(91, 0, GeoPrecision.EXACT));
    assertMessage("Coordinates.longitude: expected -180 to 180, got NaN", () -> Coordinates.of(0, Double.NaN, GeoPrecision.EXACT));
    assertMessage("Place.printedName: must not be blank", () -> Place.builder().id(PlaceId.of("p")).printedName("").build());
    assertMessage("Place.geonamesId: expected a positive id, got 0",
        () -> Place.builder().id(PlaceId.of("p")).printedName("Belaya").geonamesId(0).build());
    assertMessage("place id: expected 1 to 64 characters of [A-Za-z0-9._:-] starting with a letter or digit, got \"-x\"",
        () -> PlaceId.of("-x"));
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }
}
