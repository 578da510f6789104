package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.prisoner.Document;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every generated report round-trips in both views, validates against the schema, and leaks nothing publicly. */
class GeneratedRoundTripTest {
  private final DispatchJson json = DispatchJson.create();

  @Test
  void propertyRoundTripSchemaAndNoLeak() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      String internal = json.write(r, View.INTERNAL);
      assertEquals(r, json.read(internal));
      String publicView = json.write(r);
      assertEquals(r.redacted(), json.read(publicView));
      assertEquals(List.of(), StrictReadingTest.schemaErrors(internal));
      assertEquals(List.of(), StrictReadingTest.schemaErrors(publicView));
      for (String secret : secrets(r)) {
        assertFalse(publicView.contains(secret), () -> "public JSON leaks a protected value");
      }
    });
  }

  static List<String> secrets(Report r) {
    List<Protected<?>> values = new ArrayList<>();
    r.prisoners().forEach(p -> {
      values.add(p.name());
      values.add(p.dateOfBirth());
      values.add(p.face());
      p.particulars().documents().forEach(d -> add(values, d));
    });
    r.unlinked().forEach(u -> u.shares().forEach(s -> s.documents().forEach(d -> add(values, d))));
    List<String> texts = new ArrayList<>();
    values.forEach(v -> v.reveal().ifPresent(x -> texts.add(x.toString())));
    return texts;
  }

  private static void add(List<Protected<?>> values, Document d) {
    values.add(d.holderName());
    values.add(d.holderDateOfBirth());
    values.add(d.number());
  }
}
