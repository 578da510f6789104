package dev.dispatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtectedTest {

  @Test
  void toStringSaysTheStateAndNeverTheValue() {
    assertEquals("Protected[KNOWN]", Protected.known("Ri Jin-hyok").toString());
    assertEquals("Protected[KNOWN, released: CONSENTED]",
        Protected.known("Ri Jin-hyok").released(Protected.Release.CONSENTED).toString());
    assertEquals("Protected[WITHHELD: blurred by the publisher]",
        Protected.withheld("blurred by the publisher").toString());
    assertEquals("Protected[WITHHELD]", Protected.withheld().toString());
    assertEquals("Protected[ABSENT]", Protected.absent().toString());
    assertEquals("Protected[KNOWN]", Protected.known(LocalDate.of(2001, 2, 3)).toString());
  }

  @Test
  void revealIsTheOnlyWayToTheValue() {
    assertEquals(Optional.of("Ri"), Protected.known("Ri").reveal());
    assertEquals(Optional.empty(), Protected.withheld("blurred").reveal());
    assertEquals(Optional.empty(), Protected.absent().reveal());
  }

  @Test
  void stateNoteAndRelease() {
    Protected<String> known = Protected.known("Ri");
    assertTrue(known.isKnown());
    assertEquals(Protected.State.KNOWN, known.state());
    assertEquals(Optional.empty(), known.note());
    assertEquals(Optional.empty(), known.release());
    assertEquals(Optional.of(Protected.Release.ALREADY_PUBLIC),
        known.released(Protected.Release.ALREADY_PUBLIC).release());
    assertEquals(Optional.of("blurred"), Protected.withheld("blurred").note());
    assertEquals(Protected.State.WITHHELD, Protected.withheld().state());
    assertEquals(Protected.State.ABSENT, Protected.absent().state());
    assertFalse(Protected.withheld().isKnown());
  }

  @Test
  void onlyAKnownValueIsExposedAndOnlyUntilReleased() {
    assertTrue(Protected.known("Ri").isExposedIfPublished());
    assertFalse(Protected.known("Ri").released(Protected.Release.ALREADY_PUBLIC).isExposedIfPublished());
    assertFalse(Protected.withheld().isExposedIfPublished());
    assertFalse(Protected.absent().isExposedIfPublished());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Protected.absent().released(Protected.Release.CONSENTED));
    assertEquals("Protected.release: only a KNOWN value can be released, this one is ABSENT", e.getMessage());
  }

  @Test
  void redactionWithholdsAKnownValueAndKeepsAnythingElse() {
    assertEquals(Protected.withheld(Protected.REDACTED), Protected.known("Ri").redacted());
    assertEquals(Protected.withheld(Protected.REDACTED),
        Protected.known("Ri").released(Protected.Release.CONSENTED).redacted());
    assertSame(Protected.absent(), Protected.absent().redacted());
    Protected<String> withheld = Protected.withheld("by CNN");
    assertSame(withheld, withheld.redacted());
  }

  @Test
  void equalityComparesStateValueNoteAndRelease() {
    assertEquals(Protected.known("a"), Protected.known("a"));
    assertNotEquals(Protected.known("a"), Protected.known("b"));
    assertNotEquals(Protected.withheld(), Protected.withheld("blurred"));
    assertNotEquals(Protected.known("a"), Protected.known("a").released(Protected.Release.CONSENTED));
    assertNotEquals(Protected.withheld(), Protected.absent());
  }

  @Test
  void anIdentityOfNothingIsShared() {
    assertSame(Identity.none(), Identity.none().redacted());
    assertFalse(Identity.none().isExposedIfPublished());
    Identity named = Identity.none().withPartialName(Protected.known("Sung-chol"));
    assertTrue(named.isExposedIfPublished());
    assertEquals(Identity.none().withPartialName(Protected.withheld(Protected.REDACTED)), named.redacted());
  }
}
