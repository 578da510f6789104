package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: each case fails with the documented exception, a location, and
 * within the documented limits, or (a byte-order mark) is read as RFC 8259 allows.
 */
class HostileInputTest {
  private final DispatchJson json = DispatchJson.create();
  private final String reference = json.write(ReferenceReport.report());

  private DispatchJsonException rejects(String input) {
    return assertThrows(DispatchJsonException.class, () -> json.read(input));
  }

  private DispatchJsonException rejects(byte[] input) {
    return assertThrows(DispatchJsonException.class, () -> json.read(input));
  }

  @Test
  void tenThousandDeepNesting() {
    String deep = "{\"format\":\"dispatch.report\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    // The strict reader stops at the unknown property before descending.
    assertEquals("/x", rejects(deep).pointer());
    // Kept as an unknown property, the value is read as a tree: the nesting limit stops it.
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.readPreserving(deep));
    assertTrue(e.getMessage().contains("input within the read limits"), e.getMessage());
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    assertTrue(e.pointer().startsWith("/x/0/0/0"), "located where the limit was crossed");
    // Where a value is expected, deep nesting is a wrong type at once.
    DispatchJsonException nested = rejects(reference.replace("\"contributors\":[", "\"contributors\":[" + "[".repeat(10_000)));
    assertEquals("/contributors/0", nested.pointer());
    // Deep but within the limit: an attribution chain nested 100 links deep still reads.
    StringBuilder via = new StringBuilder("{\"source\":\"sbu\",\"mode\":\"paraphrase\",\"status\":\"stated\"}");
    for (int i = 0; i < 100; i++) {
      via.insert(0, "{\"source\":\"sbu\",\"mode\":\"paraphrase\",\"status\":\"stated\",\"via\":").append('}');
    }
    String chained = reference.replace("\"attribution\":{\"source\":\"zelensky\",\"mode\":\"paraphrase\",\"status\":\"stated\","
        + "\"when\":{\"phrase\":\"on Saturday\"}}", "\"attribution\":" + via);
    assertEquals(101, json.read(chained).statements().get(0).attribution().chain().size());
  }

  @Test
  void aHundredMegabyteString() {
    StringBuilder s = new StringBuilder(100_000_100).append("{\"format\":\"dispatch.report\",\"headline\":\"");
    s.append("x".repeat(100_000_000)).append("\"}");
    // The document is over the 16 MB limit before its first token is read.
    DispatchJsonException e = rejects(s.toString());
    assertTrue(e.getMessage().contains("input within the read limits"), e.getMessage());
    assertTrue(e.getMessage().contains("the limit on document length (16000000 bytes)"), e.getMessage());
    // Within the document limit, an over-long string is stopped where it stands.
    DispatchJson small = DispatchJson.create(new Limits(64, 1_024, 16_000_000, 32, 64, 1_000_000));
    DispatchJsonException s2 = assertThrows(DispatchJsonException.class, () -> small.read(
        reference.replace("\"headline\":\"", "\"headline\":\"" + "x".repeat(2_000))));
    assertEquals("/headline", s2.pointer(), s2.getMessage());
    assertTrue(s2.line().isPresent());
  }

  @Test
  void aMillionElementArray() {
    StringBuilder s = new StringBuilder("{\"format\":\"dispatch.report\",\"version\":1,\"contributors\":[");
    for (int i = 0; i < 1_000_000; i++) {
      s.append(i == 0 ? "" : ",").append("\"a\"");
    }
    s.append("]}");
    DispatchJsonException e = rejects(s.toString());
    assertTrue(e.getMessage().contains("input within the read limits"), e.getMessage());
    assertTrue(e.pointer().startsWith("/contributors"), e.getMessage());
  }

  @Test
  void numbersBeyondLong() {
    DispatchJsonException e = rejects(StrictReadingTest.mutate("/figures/0/count/number", "92233720368547758070"));
    assertEquals("/figures/0/count/number", e.pointer());
    assertTrue(e.getMessage().contains("expected an integer within 64 bits"), e.getMessage());
    DispatchJsonException longer = rejects(reference.replace("\"number\":11000", "\"number\":1" + "0".repeat(40)));
    assertTrue(longer.getMessage().contains("input within the read limits"), longer.getMessage());
    DispatchJsonException decimal = rejects(StrictReadingTest.mutate("/figures/0/count/number", "11000.5"));
    assertTrue(decimal.getMessage().contains("expected an integer within 64 bits, got a decimal number"),
        decimal.getMessage());
  }

  @Test
  void nanAndInfinity() {
    for (String bad : new String[] {"NaN", "Infinity", "-Infinity"}) {
      DispatchJsonException e = rejects(reference.replace("\"number\":11000", "\"number\":" + bad));
      assertTrue(e.getMessage().contains("expected well-formed JSON"), e.getMessage());
      assertTrue(e.line().isPresent());
    }
  }

  @Test
  void duplicateKeysAnywhere() {
    DispatchJsonException e = rejects(reference.replace("\"measure\":\"force_strength\"",
        "\"measure\":\"force_strength\",\"measure\":\"casualties\""));
    assertEquals("/figures/0/measure", e.pointer());
    assertTrue(e.getMessage().contains("a duplicate property \"measure\""), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsAllowedAsRfc8259Permits() {
    byte[] text = reference.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertEquals(ReferenceReport.report(), json.read(withBom));
    // A BOM inside the document is not whitespace.
    DispatchJsonException e = rejects(reference.replace(",\"headline\"", ",\uFEFF\"headline\""));
    assertTrue(e.getMessage().contains("well-formed JSON"), e.getMessage());
  }

  @Test
  void invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = "{\"format\":\"dispatch.report\",\"headline\":\"".getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    out.write(0xC3);
    out.write(0x28);
    out.write('"');
    out.write('}');
    DispatchJsonException e = rejects(out.toByteArray());
    assertTrue(e.getMessage().contains("expected UTF-8 text (RFC 8259), got a byte sequence that is not UTF-8 (byte 42)"),
        e.getMessage());
    assertEquals(1, e.line().getAsLong());
  }

  @Test
  void truncatedDocuments() {
    for (int cut : new int[] {1, 10, 100, 1_000, reference.length() / 2, reference.length() - 1}) {
      DispatchJsonException e = rejects(reference.substring(0, cut));
      assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }
    assertTrue(rejects("").getMessage().contains("expected a JSON document"));
  }

  @Test
  void trailingGarbage() {
    DispatchJsonException e = rejects(reference + " garbage");
    assertTrue(e.getMessage().contains("the end of input after the document")
        || e.getMessage().contains("well-formed JSON"), e.getMessage());
    rejects(reference + "{}");
    rejects(reference + "]");
  }

  @Test
  void wrongDiscriminators() {
    assertEquals("/sources/2/type", rejects(StrictReadingTest.mutate("/sources/2/type", "\"Organisation\"")).pointer());
    assertEquals("/sources/2/type", rejects(StrictReadingTest.mutate("/sources/2/type", "1")).pointer());
    assertEquals("/statements/0/about/0/kind", rejects(StrictReadingTest.mutate("/statements/0/about/0/kind", "\"report\"")).pointer());
    assertEquals("/prisoners/0/particulars", rejects(StrictReadingTest.mutate("/prisoners/0/particulars",
        "{\"type\":\"person\"}")).pointer().substring(0, "/prisoners/0/particulars".length()));
  }

  @Test
  void cyclicAndSelfReferencingIds() {
    DispatchJsonException self = rejects(StrictReadingTest.mutate("/sources/2/parent", "\"sbu\""));
    assertTrue(self.getMessage().contains("Organisation.parent: must not be the organisation itself"), self.getMessage());
    assertEquals("/sources/2", self.pointer());
    String cycle = StrictReadingTest.mutate("/sources/7/parent", "\"ukraine\"");
    cycle = cycle.replace("\"id\":\"ukraine\",\"name\":\"Ukraine\",\"kind\":\"government\",\"country\":\"UA\"",
        "\"id\":\"ukraine\",\"name\":\"Ukraine\",\"kind\":\"government\",\"country\":\"UA\",\"parent\":\"ukrainian-military\"");
    String finalCycle = cycle;
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(finalCycle));
    assertTrue(e.getMessage().contains("cycles back to"), e.getMessage());
    DispatchJsonException aboutItself = rejects(StrictReadingTest.mutate("/statements/0/about/0",
        "{\"kind\":\"statement\",\"id\":\"captured\"}"));
    assertTrue(aboutItself.getMessage().contains("must not refer to the statement itself"), aboutItself.getMessage());
  }

  @Test
  void noFailureQuotesAProtectedValue() {
    Report r = Fixtures.withKnownProtectedValues();
    String internal = json.write(r, View.INTERNAL);
    String[] breaks = {
        internal.replace("\"state\":\"known\",\"value\":\"Pak Testname\"", "\"state\":\"known\",\"value\":\"Pak Testname\",\"x\":1"),
        internal.replace("\"value\":\"1999-04-05\"", "\"value\":\"Pak Testname-1999\""),
        internal.replace("\"state\":\"known\",\"value\":\"Pak Testname\"", "\"state\":\"withheld\",\"value\":\"Pak Testname\""),
        internal.replace("\"value\":\"Pak Testname\"", "\"value\":Pak Testname"),
        internal.substring(0, internal.indexOf("Pak Testname") + 5)};
    for (String broken : breaks) {
      DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(broken));
      assertFalse(e.getMessage().contains("Testname"), e.getMessage());
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        assertFalse(String.valueOf(c.getMessage()).contains("Testname"), c.getMessage());
      }
    }
  }
}
