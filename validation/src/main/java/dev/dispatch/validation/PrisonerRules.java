package dev.dispatch.validation;

import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Protected;
import java.util.List;
import java.util.Optional;

/** Rules about prisoner records: protected data (GC III Art. 13), documents, capture. */
final class PrisonerRules {
  private PrisonerRules() {}

  private static final String ART_13 = "is known and not released; the Third Geneva Convention (Art. 13) protects "
      + "prisoners of war from public curiosity: withhold it, or mark it released if the person consented or it is "
      + "already public";

  static final Rule PROTECTED_EXPOSED = Rule.of("prisoner.protected-exposed", Severity.ERROR,
      "A protected value (name, date of birth, face, document number) known in a report meant for publication.",
      (report, findings) -> {
        if (findings.settings().purpose() != Purpose.PUBLICATION) {
          return;
        }
        for (Prisoner p : report.prisoners()) {
          flag(findings, Paths.prisoner(p) + ".name", "the prisoner's name", p.name());
          flag(findings, Paths.prisoner(p) + ".dateOfBirth", "the prisoner's date of birth", p.dateOfBirth());
          flag(findings, Paths.prisoner(p) + ".face", "an image of the prisoner's face", p.face());
        }
        Paths.particulars(report, (path, x) -> {
          for (int i = 0; i < x.documents().size(); i++) {
            Document d = x.documents().get(i);
            String at = path + ".documents[" + i + "]";
            if (!isIssuedToAnother(d)) {
              flag(findings, at + ".holderName", "the name on the document", d.holderName());
            }
            flag(findings, at + ".holderDateOfBirth", "the date of birth on the document", d.holderDateOfBirth());
            flag(findings, at + ".number", "the document number", d.number());
          }
        });
      });

  static final Rule DOCUMENT_HOLDER_SHOWN = Rule.of("prisoner.document-holder-shown", Severity.ERROR,
      "A document issued to someone other than its carrier, with that person's name shown.",
      (report, findings) -> {
        if (findings.settings().purpose() != Purpose.PUBLICATION) {
          return;
        }
        Paths.particulars(report, (path, x) -> {
          for (int i = 0; i < x.documents().size(); i++) {
            Document d = x.documents().get(i);
            if (isIssuedToAnother(d) && d.holderName().isExposedIfPublished()) {
              findings.add(path + ".documents[" + i + "].holderName", "the " + d.kind() + " was issued to "
                  + d.holderDescription().orElse("someone other than its carrier")
                  + "; publishing the name exposes a third person: withhold it");
            }
          }
        });
      });

  static final Rule CAPTURE_UNKNOWN = Rule.of("prisoner.capture-unknown", Severity.INFO,
      "A prisoner record with neither a capture date nor a capture place.",
      (report, findings) -> {
        for (Prisoner p : report.prisoners()) {
          Particulars x = p.particulars();
          boolean dated = x.capture().flatMap(c -> c.date()).isPresent();
          boolean placed = x.capture().flatMap(c -> c.location()).isPresent();
          if (!dated && !placed) {
            findings.add(Paths.prisoner(p) + ".particulars.capture", "neither when nor where " + p.id()
                + " was captured is linked to the record");
          }
        }
      });

  static final List<Rule> ALL = List.of(PROTECTED_EXPOSED, DOCUMENT_HOLDER_SHOWN, CAPTURE_UNKNOWN);

  private static boolean isIssuedToAnother(Document d) {
    return d.issuedToCarrier().equals(Optional.of(false));
  }

  private static void flag(Findings findings, String path, String what, Protected<?> value) {
    if (value.isExposedIfPublished()) {
      findings.add(path, what + " " + ART_13);
    }
  }
}
