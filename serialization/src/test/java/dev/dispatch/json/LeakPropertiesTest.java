package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generator;
import dev.dispatch.testkit.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Over generated reports whose every protected field is known and not released: no protected
 * value's text reaches toString(), public JSON, or an exception message.
 */
class LeakPropertiesTest {
  private final DispatchJson json = DispatchJson.create();

  /** A generated report with secrets; the secrets are unique to it, in Latin, Cyrillic and Hangul. */
  record Exposed(Report report, List<String> secrets) {}

  static Generator<Exposed> exposed() {
    return r -> {
      Report base = Generators.reports(6).generate(r);
      long tag = r.next(100_000, 999_999);
      List<String> secrets = new ArrayList<>();
      List<Prisoner> prisoners = new ArrayList<>();
      for (Prisoner p : base.prisoners()) {
        String name = r.pick("Пак", "박", "Pak") + " Secret" + tag + p.id();
        LocalDate born = LocalDate.of(1900 + (int) (tag % 100), 1 + (int) (tag % 12), 1 + (int) (tag % 28));
        secrets.add(name);
        secrets.add(born.toString());
        secrets.add("face" + tag + p.id());
        prisoners.add(Prisoner.builder().from(p).name(Protected.known(name)).dateOfBirth(Protected.known(born))
            .face(Protected.known("face" + tag + p.id())).particulars(documents(p.particulars(), tag, secrets)).build());
      }
      List<UnlinkedFacts> unlinked = base.unlinked().stream().map(u -> UnlinkedFacts.of(u.among(),
          u.shares().stream().map(s -> documents(s, tag, secrets)).collect(Collectors.toList())))
          .collect(Collectors.toList());
      return new Exposed(Report.builder().from(base).prisoners(prisoners).unlinked(unlinked).build(), secrets);
    };
  }

  private static Particulars documents(Particulars p, long tag, List<String> secrets) {
    List<Document> docs = new ArrayList<>();
    for (Document d : p.documents()) {
      String holder = "Holder" + tag + "-" + docs.size();
      String number = "No" + tag + "-" + docs.size();
      secrets.add(holder);
      secrets.add(number);
      docs.add(Document.builder().from(d).holderName(Protected.known(holder)).number(Protected.known(number)).build());
    }
    return Particulars.builder().from(p).documents(docs).build();
  }

  private static void none(String text, List<String> secrets, String where) {
    for (String s : secrets) {
      assertFalse(text.contains(s), () -> where + " leaks a protected value");
    }
  }

  @Test
  void propertyNoProtectedValueInToStringOrPublicJson() {
    qt().withExamples(1_000).forAll(gen(exposed())).checkAssert(e -> {
      Report r = e.report();
      none(r.toString(), e.secrets(), "Report.toString");
      r.prisoners().forEach(p -> {
        none(p.toString(), e.secrets(), "Prisoner.toString");
        none(p.name().toString() + p.dateOfBirth() + p.face(), e.secrets(), "Protected.toString");
        p.particulars().documents().forEach(d -> none(d.toString(), e.secrets(), "Document.toString"));
      });
      r.unlinked().forEach(u -> none(u.toString(), e.secrets(), "UnlinkedFacts.toString"));
      none(json.write(r), e.secrets(), "public JSON");
      none(json.mapper().writeValueAsString(r), e.secrets(), "the mapper's JSON");
      none(json.write(r.redacted(), View.INTERNAL), e.secrets(), "the redacted report's internal JSON");
    });
  }

  @Test
  void propertyNoProtectedValueInErrorMessages() {
    qt().withExamples(1_000).forAll(gen(exposed())).checkAssert(e -> {
      String internal = json.write(e.report(), View.INTERNAL);
      for (String secret : e.secrets()) {
        String quoted = "\"" + secret + "\"";
        if (!internal.contains(quoted)) {
          continue;
        }
        // Each protected value broken three ways: a number, a malformed token, a truncation.
        for (String broken : List.of(internal.replace(quoted, "1" + secret.length()),
            internal.replace(quoted, secret), internal.substring(0, internal.indexOf(quoted) + secret.length()))) {
          DispatchJsonException x = assertThrows(DispatchJsonException.class, () -> json.read(broken));
          none(x.getMessage(), e.secrets(), "an error message");
          for (Throwable c = x.getCause(); c != null; c = c.getCause()) {
            none(String.valueOf(c.getMessage()), e.secrets(), "an error's cause");
          }
        }
      }
    });
  }
}
