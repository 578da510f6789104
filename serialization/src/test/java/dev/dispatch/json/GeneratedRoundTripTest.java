package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every generated report round-trips exactly in both views, survives reading with preservation
 * and writing back, validates against the schema, and leaks nothing publicly.
 */
class GeneratedRoundTripTest {
  private final DispatchJson json = DispatchJson.create();

  @Test
  void propertyRoundTripSchemaAndNoLeak() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      String internal = json.write(r, View.INTERNAL);
      assertEquals(r, json.read(internal));
      String publicView = json.write(r);
      assertEquals(r.redacted(), json.read(publicView));
      Preserved<Report> preserved = json.readPreserving(internal);
      assertEquals(r, preserved.value());
      assertEquals(internal, json.write(preserved, View.INTERNAL));
      assertEquals(List.of(), StrictReadingTest.schemaErrors(internal));
      assertEquals(List.of(), StrictReadingTest.schemaErrors(publicView));
      for (String secret : secrets(r)) {
        assertFalse(publicView.contains(secret), () -> "public JSON leaks a protected value");
      }
    });
  }

  /** The text of every known protected value of a report: prisoners', people's and documents'. */
  static List<String> secrets(Report r) {
    List<Protected<?>> values = new ArrayList<>();
    r.prisoners().forEach(p -> {
      add(values, p.identity());
      add(values, p.particulars());
    });
    r.people().forEach(p -> add(values, p.identity()));
    r.unlinked().forEach(u -> u.shares().forEach(s -> add(values, s)));
    List<String> texts = new ArrayList<>();
    values.forEach(v -> v.reveal().ifPresent(x -> texts.add(x.toString())));
    return texts;
  }

  private static void add(List<Protected<?>> values, Identity i) {
    values.add(i.name());
    values.add(i.partialName());
    values.add(i.dateOfBirth());
    values.add(i.face());
  }

  private static void add(List<Protected<?>> values, Particulars p) {
    for (Document d : p.documents()) {
      values.add(d.holderName());
      values.add(d.holderDateOfBirth());
      values.add(d.number());
    }
  }
}
