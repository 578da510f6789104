package dev.dispatch.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

  @Test
  void aPlaceKeepsItsPrintedNameAndIsCalledByItsCanonicalOne() {
    Place kyiv = Place.builder().id(PlaceId.of("kyiv")).printedName("Kiev").canonicalName("Kyiv")
        .kind(PlaceKind.CITY).country(CountryCode.of("UA")).build();
    assertEquals("Kyiv", kyiv.name());
    assertEquals("Kiev", kyiv.printedName());
    Place belaya = Place.builder().id(PlaceId.of("belaya")).printedName("Belaya").build();
    assertEquals("Belaya", belaya.name());
  }

  @Test
  void aPlaceRefersToWhereItLiesAndWhoControlsIt() {
    Place kursk = Place.builder().id(PlaceId.of("kursk")).printedName("Kursk region").within(PlaceId.of("ru"))
        .addControl(Control.by(PartyId.of("russia")), Control.by(PartyId.of("ukraine"))).build();
    assertEquals(List.<Id>of(PlaceId.of("ru"), PartyId.of("russia"), PartyId.of("ukraine")), kursk.references());
    assertEquals(List.of(), Place.builder().id(PlaceId.of("ru")).printedName("Russia").build().references());
  }

  @Test
  void nearATownIsALocationNotAPlace() {
    Location near = Location.near(PlaceId.of("belaya"));
    assertEquals(Relation.NEAR, near.relation());
    assertEquals(List.of(PlaceId.of("belaya")), near.places());
    Location towns = Location.described(Relation.IN, "in three northern towns");
    assertEquals(List.of(), towns.places());
    assertEquals(Optional.of("in three northern towns"), towns.phrase());
    assertEquals(List.of(PlaceId.of("kharkiv"), PlaceId.of("sumy")),
        Location.of(Relation.IN, PlaceId.of("kharkiv"), PlaceId.of("sumy")).places());
  }

  @Test
  void sitesAreTheKindsFromFacilityOn() {
    Set<PlaceKind> sites = EnumSet.of(PlaceKind.FACILITY, PlaceKind.HOSPITAL, PlaceKind.SCHOOL, PlaceKind.CAMP,
        PlaceKind.PRISON, PlaceKind.MARKET, PlaceKind.SHELTER);
    for (PlaceKind kind : PlaceKind.values()) {
      assertEquals(sites.contains(kind), kind.isSite(), kind::toString);
    }
  }

  @Test
  void countryCodesAreIsoAndKosovo() {
    assertEquals(250, CountryCode.codes().size());
    assertTrue(CountryCode.codes().containsAll(Set.of("UA", "RU", "KP", "KR", "XK", "PS")));
    for (String userAssigned : List.of("AA", "QM", "QZ", "XA", "XZ", "ZZ", "ua", "UKR")) {
      assertFalse(CountryCode.codes().contains(userAssigned), userAssigned);
      assertThrows(IllegalArgumentException.class, () -> CountryCode.of(userAssigned), userAssigned);
    }
    assertEquals("UA", CountryCode.of("UA").toString());
  }

  @ParameterizedTest
  @CsvSource({"90, 180", "-90, -180", "0, 0", "-0.0, 179.9999"})
  void coordinatesReachThePolesAndTheAntimeridian(double latitude, double longitude) {
    Coordinates c = Coordinates.of(latitude, longitude, GeoPrecision.REGION);
    assertEquals(latitude, c.latitude());
    assertEquals(longitude, c.longitude());
  }

  @ParameterizedTest
  @CsvSource({"90.0001, 0", "-90.0001, 0", "0, 180.0001", "0, -180.0001", "NaN, 0", "0, Infinity"})
  void coordinatesGoNoFurther(double latitude, double longitude) {
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(latitude, longitude, GeoPrecision.EXACT));
  }
}
