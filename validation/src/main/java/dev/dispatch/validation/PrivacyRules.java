package dev.dispatch.validation;

import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.StatementId;
import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules about protected personal data of prisoners and of the people a report mentions (Third
 * Geneva Convention, Art. 13): known values in a report for publication, names learnable from the
 * report itself, documents that name a third person. Every rule here finds nothing when the
 * {@linkplain Settings#purpose() purpose} is an internal record. No message quotes a protected
 * value.
 */
final class PrivacyRules {
  private PrivacyRules() {}

  private static final String ART_13 = "is known and not released; the Third Geneva Convention (Art. 13) protects "
      + "prisoners of war from public curiosity, and newsrooms extend that to the people around them: withhold it, "
      + "or mark it released if the person consented or it is already public";

  static final Rule PROTECTED_EXPOSED = Rule.of(Rules.PRISONER_PROTECTED_EXPOSED, Severity.ERROR,
      "A protected value of a prisoner or a person mentioned (name, partial name, date of birth, face; a document's "
          + "name, date of birth, number) known and not released, in a report for publication.",
      (report, findings) -> {
        if (findings.settings().purpose() != Purpose.PUBLICATION) {
          return;
        }
        for (Prisoner p : report.prisoners()) {
          identity(findings, Paths.prisoner(p) + ".identity", "the prisoner's", p.identity());
        }
        for (Individual p : report.people()) {
          identity(findings, Paths.person(p) + ".identity", "the person's", p.identity());
        }
        Paths.particulars(report, (path, x) -> {
          for (int i = 0; i < x.documents().size(); i++) {
            Document d = x.documents().get(i);
            String at = path + ".documents[" + i + "]";
            if (d.issuedTo() != IssuedTo.ANOTHER_PERSON) {
              flag(findings, at + ".holderName", "the name on the document", d.holderName());
            }
            flag(findings, at + ".holderDateOfBirth", "the date of birth on the document", d.holderDateOfBirth());
            flag(findings, at + ".number", "the document number", d.number());
          }
        });
      });

  static final Rule NAME_LEARNABLE = Rule.of(Rules.PRISONER_NAME_LEARNABLE, Severity.ERROR,
      "The name of a prisoner or a person mentioned can be learnt from the report itself, in a report for "
          + "publication.",
      PrivacyRules::learnable);

  static final Rule DOCUMENT_HOLDER_SHOWN = Rule.of(Rules.PRISONER_DOCUMENT_HOLDER_SHOWN, Severity.ERROR,
      "A document issued to someone other than its carrier, with that person's name known and not released.",
      (report, findings) -> {
        if (findings.settings().purpose() != Purpose.PUBLICATION) {
          return;
        }
        Paths.particulars(report, (path, x) -> {
          for (int i = 0; i < x.documents().size(); i++) {
            Document d = x.documents().get(i);
            if (d.issuedTo() == IssuedTo.ANOTHER_PERSON && d.holderName().isExposedIfPublished()) {
              findings.add(path + ".documents[" + i + "].holderName", "the " + Quote.text(d.kind()) + " was issued to "
                  + d.holderDescription().map(Quote::text).orElse("someone other than its carrier")
                  + "; publishing the name exposes a third person: withhold it");
            }
          }
        });
      });

  static final List<Rule> ALL = List.of(PROTECTED_EXPOSED, NAME_LEARNABLE, DOCUMENT_HOLDER_SHOWN);

  private static void identity(Findings findings, String path, String whose, Identity identity) {
    flag(findings, path + ".name", whose + " name", identity.name());
    flag(findings, path + ".partialName", whose + " partial name", identity.partialName());
    flag(findings, path + ".dateOfBirth", whose + " date of birth", identity.dateOfBirth());
    flag(findings, path + ".face", "an image of " + whose + " face", identity.face());
  }

  private static void flag(Findings findings, String path, String what, Protected<?> value) {
    if (value.isExposedIfPublished()) {
      findings.add(path, what + " " + ART_13);
    }
  }

  // --- names learnable from the report ---------------------------------------------------------

  /** How many protected values one finding names before it says there are more. */
  private static final int NAMED = 3;

  /**
   * Two ways a report gives away a protected name, whatever the state of the value in the model:
   * a prisoner's own statements attributed to a named person (the attribution prints the name),
   * and a known, unreleased value ({@link ProtectedText.Scope#EXPOSED}: a name or partial name, a
   * word of three {@linkplain Words#letters letters} or more of one, a date of birth, a document's
   * holder's name or number)
   * of a prisoner, a person mentioned or a document appearing in any text of the report ({@link
   * Texts}). One finding per text, naming whose values appear, never the values. Linear in the
   * size of the texts.
   */
  private static void learnable(Report report, Findings findings) {
    if (findings.settings().purpose() != Purpose.PUBLICATION) {
      return;
    }
    for (Prisoner p : report.prisoners()) {
      if (!released(p.identity().name())) {
        spokenAsNamed(report, findings, p.particulars(), Paths.prisoner(p));
      }
    }
    for (UnlinkedFacts u : report.unlinked()) {
      boolean anyProtected = u.among().stream()
          .anyMatch(id -> report.prisoner(id).map(p -> !released(p.identity().name())).orElse(false));
      if (anyProtected) {
        for (Particulars share : u.shares()) {
          spokenAsNamed(report, findings, share, "one of " + owners(u.among()));
        }
      }
    }
    ProtectedText exposed = findings.shared(report, ProtectedText.class, ProtectedText.Scope.EXPOSED,
        r -> ProtectedText.of(r, ProtectedText.Scope.EXPOSED));
    if (exposed.isEmpty()) {
      return;
    }
    Texts.walk(report, (path, text) -> {
      ProtectedText.Found found = exposed.find(text, NAMED);
      if (!found.isEmpty()) {
        List<String> named = new ArrayList<>();
        found.values().forEach(v -> named.add(v.describe()));
        String list = named.size() == 1 ? named.get(0)
            : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        boolean one = named.size() == 1 && !found.more();
        findings.add(path, list + (found.more() ? ", and more known protected values," : "")
            + (one ? " appears" : " appear") + " in this text; redacting the record does not remove "
            + (one ? "it" : "them") + " from the text: take " + (one ? "it" : "them") + " out of the text, or mark "
            + "the value released if the person consented or it is already public");
      }
    });
  }

  /** Finds the statements of {@code x} whose origin is a named person. */
  private static void spokenAsNamed(Report report, Findings findings, Particulars x, String owner) {
    for (StatementId id : x.statements()) {
      Optional<Statement> s = report.statement(id);
      Optional<Source> origin = s.flatMap(st -> report.source(st.attribution().source()));
      if (s.isPresent() && origin.isPresent() && origin.get() instanceof Person named) {
        findings.add(Paths.statement(s.get()) + ".attribution.links[0].source", Paths.statement(s.get())
            + " is what " + owner + " said, attributed to a named person (" + Paths.source(named)
            + "): the attribution names the prisoner; attribute it to the person of the report or an anonymous "
            + "source instead");
      }
    }
  }

  /** "prisoners[a], prisoners[b]", the first few of a long list and how many more. */
  private static String owners(List<PrisonerId> ids) {
    List<String> paths = new ArrayList<>(NAMED);
    for (PrisonerId id : ids.subList(0, Math.min(NAMED, ids.size()))) {
      paths.add("prisoners[" + id + "]");
    }
    return String.join(", ", paths) + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "");
  }

  private static boolean released(Protected<?> value) {
    return value.isKnown() && value.release().isPresent();
  }
}
