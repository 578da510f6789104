package dev.dispatch.json;

import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Test data of this module. */
final class Fixtures {
  private Fixtures() {}

  /** Values no public output may contain. Invented for tests; they stand for nobody. */
  static final List<String> SECRETS = List.of("Pak Testname", "1999-04-05", "face-p1.jpg", "Ivan Cardholder",
      "1987-11-12", "VB-0042917", "Kim Othername");

  /**
   * The reference report with every protected field known: the shape of a newsroom's internal
   * record, not a fact of the report.
   */
  static Report withKnownProtectedValues() {
    Report r = ReferenceReport.report();
    List<Prisoner> prisoners = List.of(
        Prisoner.builder().from(r.prisoners().get(0)).name(Protected.known(SECRETS.get(0)))
            .dateOfBirth(Protected.known(LocalDate.parse(SECRETS.get(1)))).face(Protected.known(SECRETS.get(2))).build(),
        Prisoner.builder().from(r.prisoners().get(1)).name(Protected.known(SECRETS.get(6))
            .released(Protected.Release.CONSENTED)).build());
    List<UnlinkedFacts> unlinked = r.unlinked().stream().map(u -> UnlinkedFacts.of(u.among(), u.shares().stream()
        .map(Fixtures::knownDocuments).collect(Collectors.toList()))).collect(Collectors.toList());
    return Report.builder().from(r).prisoners(prisoners).unlinked(unlinked).build();
  }

  private static Particulars knownDocuments(Particulars p) {
    return Particulars.builder().from(p).documents(p.documents().stream()
        .map(d -> Document.builder().from(d).holderName(Protected.known(SECRETS.get(3)))
            .holderDateOfBirth(Protected.known(LocalDate.parse(SECRETS.get(4))))
            .number(Protected.known(SECRETS.get(5))).build())
        .collect(Collectors.toList())).build();
  }
}
