package dev.dispatch.prisoner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dispatch.fixture.Samples;
import dev.dispatch.id.EventId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.Location;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrisonerTest {

  private static final PrisonerId P1 = PrisonerId.of("p1");
  private static final PrisonerId P2 = PrisonerId.of("p2");

  @Test
  void particularsReferToEverythingTheyName() {
    Particulars p = Particulars.builder().force(PartyId.of("kpa")).side(PartyId.of("russia"))
        .capture(Capture.at(Location.in(PlaceId.of("kursk"))).withParty(PartyId.of("ukraine"))
            .withEvent(EventId.of("capture")))
        .addCustody(Custody.heldBy(SourceId.of("sbu")).withLocation(Location.in(PlaceId.of("kyiv"))))
        .addCharges(Charge.of("mercenarism").withAuthority(SourceId.of("court")))
        .addTransfers(Transfer.of(TransferKind.EXCHANGED).withLocation(Location.at(PlaceId.of("border")))
            .withEvent(EventId.of("swap")))
        .addDocuments(Document.builder().kind("ID card").issuedTo(IssuedTo.ANOTHER_PERSON)
            .holderOrigin(PlaceId.of("tuva")).build())
        .addStatements(StatementId.of("obtained"))
        .build();
    assertEquals(List.<Id>of(PartyId.of("kpa"), PartyId.of("russia"), PlaceId.of("kursk"), PartyId.of("ukraine"),
        EventId.of("capture"), SourceId.of("sbu"), PlaceId.of("kyiv"), SourceId.of("court"), PlaceId.of("border"),
        EventId.of("swap"), PlaceId.of("tuva"), StatementId.of("obtained")), p.references());
  }

  @Test
  void nothingStatedIsTheDefault() {
    Prisoner p = Prisoner.builder().id(P1).build();
    assertSame(Particulars.none(), p.particulars());
    assertSame(Identity.none(), p.identity());
    assertEquals(Wounded.NOT_STATED, p.particulars().wounded());
    assertEquals(IssuedTo.NOT_STATED, Document.builder().kind("ID card").build().issuedTo());
    assertEquals(Protected.absent(), Document.builder().kind("ID card").build().number());
  }

  @Test
  void factsTheReportDoesNotPairStayUnpaired() {
    UnlinkedFacts captures = UnlinkedFacts.of(List.of(P1, P2), List.of(
        Particulars.builder().capture(Capture.by("special forces")).build(),
        Particulars.builder().capture(Capture.by("paratroopers")).build()));
    assertEquals(List.<Id>of(P1, P2), captures.references());
    assertSame(captures, captures.redacted(), "nothing protected to redact");
  }

  @Test
  void redactionReachesDocumentsInSharesAndInARecord() {
    Document card = Samples.red(Document.class);
    Particulars carried = Particulars.builder().addDocuments(card).build();
    Document redacted = card.redacted();
    assertEquals(Protected.withheld(Protected.REDACTED), redacted.holderName());
    assertEquals(Protected.withheld(Protected.REDACTED), redacted.holderDateOfBirth());
    assertEquals(Protected.withheld(Protected.REDACTED), redacted.number());
    assertEquals(card.kind(), redacted.kind());
    assertEquals(List.of(redacted), carried.redacted().documents());
    assertEquals(List.of(carried.redacted(), Particulars.none()),
        UnlinkedFacts.of(List.of(P1, P2), List.of(carried, Particulars.none())).redacted().shares());
    Prisoner p = Prisoner.builder().id(P1).identity(Samples.red(Identity.class)).particulars(carried).build();
    Prisoner inPublic = p.redacted();
    assertEquals(Prisoner.builder().id(P1).identity(Samples.red(Identity.class).redacted())
        .particulars(carried.redacted()).build(), inPublic);
    assertSame(inPublic, inPublic.redacted(), "nothing is left to redact");
  }
}
