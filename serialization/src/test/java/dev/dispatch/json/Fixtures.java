package dev.dispatch.json;

import dev.dispatch.id.PersonId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.time.LocalDate;
import java.util.List;

/** Test data of this module. */
final class Fixtures {
  private Fixtures() {}

  /** Values no public output may contain. Invented for tests; they stand for nobody. */
  static final List<String> SECRETS = List.of("Pak Testname", "1999-04-05", "face-p1.jpg", "Ivan Cardholder",
      "1987-11-12", "VB-0042917", "Kim Othername", "Sun-Partial", "Choe Relativename", "1961-02-03");

  /**
   * The reference report with every protected field known, and a relative of a prisoner whose
   * name and partial name are known: the shape of a newsroom's internal record, not a fact of the
   * report.
   */
  static Report withKnownProtectedValues() {
    Report r = ReferenceReport.report();
    Prisoner first = r.prisoners().get(0);
    Prisoner second = r.prisoners().get(1);
    List<Prisoner> prisoners = List.of(
        first.withIdentity(Identity.none().withName(Protected.known(SECRETS.get(0)))
            .withDateOfBirth(Protected.known(LocalDate.parse(SECRETS.get(1))))
            .withFace(Protected.known(SECRETS.get(2)))),
        second.withIdentity(Identity.none().withName(Protected.known(SECRETS.get(6))
            .released(Protected.Release.CONSENTED)).withPartialName(Protected.known(SECRETS.get(7)))));
    List<UnlinkedFacts> unlinked = r.unlinked().stream().map(u -> UnlinkedFacts.of(u.among(), u.shares().stream()
        .map(Fixtures::knownDocuments).toList())).toList();
    Individual relative = Individual.builder().id(PersonId.of("relative")).description("a relative of a prisoner")
        .identity(Identity.none().withName(Protected.known(SECRETS.get(8))).withPartialName(Protected.known("Choe"))
            .withDateOfBirth(Protected.known(LocalDate.parse(SECRETS.get(9)))))
        .addRelationships(Relationship.of(Relationship.Kind.RELATIVE, PrisonerId.of("p1"))).build();
    return Copies.report(r).prisoners(prisoners).unlinked(unlinked).addPeople(relative).build();
  }

  private static Particulars knownDocuments(Particulars p) {
    return Copies.particulars(p, p.documents().stream()
        .map(d -> Copies.document(d).holderName(Protected.known(SECRETS.get(3)))
            .holderDateOfBirth(Protected.known(LocalDate.parse(SECRETS.get(4))))
            .number(Protected.known(SECRETS.get(5))).build())
        .toList()).build();
  }
}
