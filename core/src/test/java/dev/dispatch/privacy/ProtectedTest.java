package dev.dispatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtectedTest {

  @Test
  void toStringNeverShowsTheValue() {
    Protected<String> name = Protected.known("Ri Kwang-il");
    assertEquals("Protected[KNOWN]", name.toString());
    assertFalse(name.toString().contains("Ri"));
    assertEquals("Protected[KNOWN, released: CONSENTED]", name.released(Protected.Release.CONSENTED).toString());
    assertEquals("Protected[WITHHELD: blurred by the publisher]", Protected.withheld("blurred by the publisher").toString());
    assertEquals("Protected[ABSENT]", Protected.absent().toString());
    assertFalse(Protected.known(LocalDate.of(2001, 2, 3)).toString().contains("2001"));
  }

  @Test
  void revealIsTheOnlyWayToTheValue() {
    assertEquals(Optional.of("Ri"), Protected.known("Ri").reveal());
    assertEquals(Optional.empty(), Protected.withheld().reveal());
    assertEquals(Optional.empty(), Protected.absent().reveal());
  }

  @Test
  void exposureAndRelease() {
    assertTrue(Protected.known("Ri").isExposedIfPublished());
    assertFalse(Protected.known("Ri").released(Protected.Release.ALREADY_PUBLIC).isExposedIfPublished());
    assertFalse(Protected.withheld().isExposedIfPublished());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Protected.absent().released(Protected.Release.CONSENTED));
    assertEquals("Protected.release: only a KNOWN value can be released, this one is ABSENT", e.getMessage());
  }

  @Test
  void equalityComparesStateValueNoteAndRelease() {
    assertEquals(Protected.known("a"), Protected.known("a"));
    assertNotEquals(Protected.known("a"), Protected.known("b"));
    assertNotEquals(Protected.withheld(), Protected.withheld("blurred"));
    assertNotEquals(Protected.known("a"), Protected.known("a").released(Protected.Release.CONSENTED));
    assertNotEquals(Protected.withheld(), Protected.absent());
    assertThrows(IllegalArgumentException.class, () -> Protected.withheld(" "));
  }
}
