package dev.dispatch.prisoner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dispatch.id.PrisonerId;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrisonerTest {

  @Test
  void toStringShowsNoProtectedValue() {
    Prisoner p = Prisoner.builder().id(PrisonerId.of("p1")).name(Protected.known("Kim Secretname"))
        .dateOfBirth(Protected.known(LocalDate.of(2003, 4, 5)))
        .particulars(Particulars.builder().addDocuments(Document.builder().kind("ID card").issuedToCarrier(false)
            .holderName(Protected.known("Ivan Holdername")).number(Protected.known("AB-998877")).build()).build())
        .build();
    String text = p.toString();
    for (String secret : List.of("Secretname", "2003", "Holdername", "998877")) {
      assertFalse(text.contains(secret), () -> secret + " leaked into " + text);
    }
  }

  @Test
  void invariantsNameTheField() {
    assertMessage("Particulars.documents: must be empty when carriedNoDocuments is true",
        () -> Particulars.builder().carriedNoDocuments(true).addDocuments(Document.builder().kind("ID").build()).build());
    assertMessage("Particulars.wounded: must not be false when injuries are listed",
        () -> Particulars.builder().wounded(false).addInjuries("broken leg").build());
    assertMessage("Document.holderDescription: describes a holder other than the carrier, so issuedToCarrier must be false",
        () -> Document.builder().kind("ID").holderDescription("another man").build());
    assertMessage("Capture.date: a date, a location or a capturing unit is required", () -> Capture.builder().build());
    assertMessage("Custody.conditions: must not be blank", () -> Custody.builder().conditions(" ").build());
    assertMessage("Interpreting.language: expected a BCP 47 tag such as \"en\", got \"korean language\"",
        () -> Interpreting.builder().language("korean language").build());
    assertMessage("UnlinkedFacts.among: at least two prisoners are required, got 1",
        () -> UnlinkedFacts.of(List.of(PrisonerId.of("p1")), List.of(Particulars.builder().build())));
    assertMessage("UnlinkedFacts.shares: expected at most one share per prisoner (2), got 3",
        () -> UnlinkedFacts.of(List.of(PrisonerId.of("p1"), PrisonerId.of("p2")),
            List.of(Particulars.builder().build(), Particulars.builder().build(), Particulars.builder().build())));
    assertMessage("UnlinkedFacts.among: must be distinct, got [p1, p1]",
        () -> UnlinkedFacts.of(List.of(PrisonerId.of("p1"), PrisonerId.of("p1")),
            List.of(Particulars.builder().build(), Particulars.builder().build())));
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }
}
