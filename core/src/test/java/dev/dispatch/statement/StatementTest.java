package dev.dispatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.id.EventId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.Location;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static final SourceId SOLDIER = SourceId.of("soldier");
  private static final SourceId SBU = SourceId.of("sbu");

  private static Statement.Builder said(Mode mode) {
    return Statement.builder().id(StatementId.of("s")).attribution(Attribution.of(SOLDIER, mode).via(SBU, mode));
  }

  @Test
  void aDirectQuoteIsKeptVerbatimGarblesIncluded() {
    String garbled = " Zelensky told X on Saturday said in a statement ";
    Statement quote = said(Mode.DIRECT_QUOTE).text(garbled).build();
    assertTrue(quote.isDirectQuote());
    assertEquals(garbled, quote.text());
    assertFalse(said(Mode.PARAPHRASE).text("he obtained the document").build().isDirectQuote());
  }

  @Test
  void aStatementAssertsAndIsWholeUnlessSaidOtherwise() {
    Statement plain = said(Mode.PARAPHRASE).text("t").build();
    assertEquals(Stance.ASSERTS, plain.stance());
    assertFalse(plain.truncated());
    Statement denial = said(Mode.PARAPHRASE).text("no strike took place").stance(Stance.DENIES).truncated(true)
        .addAbout(EventId.of("strike")).build();
    assertEquals(Stance.DENIES, denial.stance());
    assertTrue(denial.truncated());
  }

  @Test
  void aStatementRefersToItsSubjectsItsWholeChainAndItsPlaces() {
    Statement s = said(Mode.PARAPHRASE).text("t").addAbout(PrisonerId.of("p1"), EventId.of("capture"))
        .location(Location.near(PlaceId.of("belaya"))).build();
    assertEquals(List.<Id>of(PrisonerId.of("p1"), EventId.of("capture"), SOLDIER, SBU, PlaceId.of("belaya")),
        s.references());
  }
}
