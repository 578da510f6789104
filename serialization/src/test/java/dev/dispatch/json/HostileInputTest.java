package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.id.FigureId;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken input: each case fails with the documented exception, a location, and
 * within the documented limits, or (a byte-order mark) is read as RFC 8259 allows.
 *
 * <p>Every case runs under a generous {@link Timeout}: a hang guard, far above each case's fixed
 * cost, and the only timing check in the tests. Whether costs are linear is measured, not
 * asserted, by {@code dev.dispatch.benchmarks.Linearity} (docs/quality.md).
 */
@Timeout(120)
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
    // The strict reader stops at the unknown property before descending; the pointer is its
    // object's, since an unknown name is never shown.
    assertEquals("", rejects(deep).pointer());
    // Kept as an unknown property, the value is read as a tree: the nesting limit stops it.
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.readPreserving(deep));
    assertTrue(e.getMessage().contains("input within the read limits"), e.getMessage());
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    assertEquals("", e.pointer(), "inside an unknown property: its object");
    assertTrue(e.column().getAsLong() > 256, "located where the limit was crossed: " + e.getMessage());
    // Where a value is expected, deep nesting is a wrong type at once.
    DispatchJsonException nested = rejects(reference.replace("\"contributors\":[", "\"contributors\":[" + "[".repeat(10_000)));
    assertEquals("/contributors/0", nested.pointer());
    // Deep but within what the model holds: parts nested Breakdown.MAX_DEPTH deep still read.
    Report parts = json.read(nestedParts(Breakdown.MAX_DEPTH));
    assertEquals(Breakdown.MAX_DEPTH, parts.figures().get(0).breakdowns().get(0).depth());
    // Deeper than the model holds, within the nesting limit: the model's refusal, located at the part.
    DispatchJsonException beyond = rejects(nestedParts(Breakdown.MAX_DEPTH + 1));
    assertTrue(beyond.getMessage().contains("expected parts nested at most 32 deep"), beyond.getMessage());
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
    // Found by the fuzzer: an exponent beyond 32 bits has no BigDecimal, and Jackson said so with a
    // NumberFormatException that escaped the reader. (Text, not mutate(): a tree would round it.)
    for (String huge : new String[] {"1e2222222222", "1e-2222222222", "-9.5e2147483648"}) {
      DispatchJsonException h = rejects(reference.replace("\"number\":11000", "\"number\":" + huge));
      assertEquals("/figures/0/count/number", h.pointer());
      assertTrue(h.getMessage().contains("expected an integer within 64 bits"), h.getMessage());
    }
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
    // Names are matched by the parser against the table (PropertyNameMatcher): an escaped spelling
    // is the same name, a discriminator given twice is a duplicate, and so is an unknown name.
    DispatchJsonException escaped = rejects(reference.replace("\"measure\":\"force_strength\"",
        "\"measure\":\"force_strength\",\"\\u006deasure\":\"people\""));
    assertEquals("/figures/0/measure", escaped.pointer());
    DispatchJsonException type = rejects(reference.replaceFirst("\"type\":\"([a-z_]+)\"", "\"type\":\"$1\",\"type\":\"$1\""));
    assertTrue(type.getMessage().contains("a duplicate property \"type\""), type.getMessage());
    DispatchJsonException unknown = assertThrows(DispatchJsonException.class, () -> json.readPreserving(
        reference.replace("\"measure\":\"force_strength\"", "\"measure\":\"force_strength\",\"x\":1,\"x\":2")));
    assertTrue(unknown.getMessage().contains("a duplicate property"), unknown.getMessage());
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
    assertEquals("/figures/2/timeframe/type", rejects(StrictReadingTest.mutate("/figures/2/timeframe/type", "\"During\""))
        .pointer());
    assertEquals("/figures/2/timeframe", rejects(StrictReadingTest.mutate("/figures/2/timeframe",
        "{\"period\":{\"phrase\":\"in May\"}}")).pointer());
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

  // --- issue 12: input within every limit that used to stall a worker --------------------

  /** A document's head, with the given sources; {@code tail} is the rest (closing brace included). */
  static String report(String sources, String tail) {
    return "{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"r\",\"headline\":\"H\",\"publisher\":\"P\","
        + "\"language\":\"en\",\"sources\":[" + sources + "]" + tail;
  }

  /** Item 1: 40 collectives each listing the previous two (2^40 member paths, 16 KB, schema-valid). */
  static String sharedCollectives(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"type\":\"collective\",\"id\":\"c").append(i)
          .append("\",\"description\":\"assessments\"");
      if (i >= 2) {
        s.append(",\"members\":[\"c").append(i - 1).append("\",\"c").append(i - 2).append("\"]");
      }
      s.append('}');
    }
    return report(s.toString(), "}");
  }

  /** Item 2: an organisation-parent chain; closed into a cycle when asked. */
  static String parentChain(int n, boolean cycle) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"type\":\"organisation\",\"id\":\"o").append(i)
          .append("\",\"name\":\"Unit\",\"kind\":\"military\"");
      if (i > 0 || cycle) {
        s.append(",\"parent\":\"o").append(i > 0 ? i - 1 : n - 1).append('"');
      }
      s.append('}');
    }
    return report(s.toString(), "}");
  }

  /** An attribution chain of {@code links} links: one array, nested no deeper for its length. */
  static String attributionChain(int links) {
    StringBuilder s = new StringBuilder(links * 40).append('[');
    for (int i = 0; i < links; i++) {
      s.append(i == 0 ? "" : ",").append("{\"source\":\"s\",\"mode\":\"paraphrase\"}");
    }
    s.append(']');
    return report("{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}",
        ",\"statements\":[{\"id\":\"st\",\"attribution\":" + s + ",\"text\":\"t\"}]}");
  }

  /**
   * A figure whose parts nest {@code levels} deep, each part a partial breakdown of the one above:
   * the deepest JSON the format has. The innermost facet stands at depth {@code 4 * levels + 5}.
   */
  static String nestedParts(int levels) {
    String count = "\"count\":{\"qualifier\":\"exactly\",\"number\":1}";
    String open = "{\"completeness\":\"partial\",\"parts\":[{\"facets\":[{\"type\":\"label\",\"name\":\"level\","
        + "\"value\":\"x\"}]," + count;
    StringBuilder s = new StringBuilder(levels * (open.length() + 24));
    for (int i = 0; i < levels; i++) {
      s.append(",\"breakdowns\":[").append(open);
    }
    s.append("}]}]".repeat(levels));
    return report("", ",\"figures\":[{\"id\":\"deep\",\"measure\":\"people\",\"outcomes\":[\"killed\"]," + count + s + "}]}");
  }

  /** A figure whose parts nest {@code levels} deep, built with the model. */
  static Figure deepFigure(int levels) {
    Part part = Part.of(Count.exactly(1), Facet.label("level", "0"));
    for (int i = 1; i < levels; i++) {
      part = Part.builder().addFacets(Facet.label("level", Integer.toString(i))).count(Count.exactly(1))
          .addBreakdowns(Breakdown.partial(part)).build();
    }
    return Figure.builder().id(FigureId.of("deep")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(1)).addBreakdowns(Breakdown.partial(part)).build();
  }

  @Test
  void sharedMembersAreCheckedOnce() {
    assertEquals(41, json.read(sharedCollectives(40)).sources().size() + 1);
    assertEquals(List.of(), StrictReadingTest.schemaErrors(sharedCollectives(40)));
  }

  @Test
  void longParentChainsNeedNoStack() {
    assertEquals(20_000, json.read(parentChain(20_000, false)).sources().size());
    DispatchJsonException e = rejects(parentChain(20_000, true));
    assertTrue(e.getMessage().contains("cycles back to"), e.getMessage());
  }

  /**
   * Item 2: at the deepest nesting any limits allow, reading fits a 512 KB thread stack (half the
   * 1 MB default of 64-bit JVMs): the codecs' recursion is bounded before it starts. Parts nested
   * 123 deep reach depth 497; the reader recurses all the way down before the model refuses parts
   * deeper than 32. The deepest report the model holds writes and reads back in that stack too.
   */
  @Test
  void theDeepestNestingAllowedFitsHalfADefaultStack() throws Exception {
    DispatchJson deepest = DispatchJson.create(new Limits(Limits.MAX_NESTING_DEPTH, 1_000_000, 16_000_000, 32, 256,
        1_000_000));
    int levels = (Limits.MAX_NESTING_DEPTH - 5) / 4;
    String doc = nestedParts(levels);
    Report model = Copies.report(ReferenceReport.report()).addFigures(deepFigure(Breakdown.MAX_DEPTH)).build();
    Throwable[] failure = new Throwable[3];
    Report[] back = new Report[1];
    Thread t = new Thread(null, () -> {
      try {
        deepest.read(doc);
      } catch (Throwable x) {
        failure[0] = x;
      }
      try {
        deepest.read(nestedParts(levels + 1));
      } catch (Throwable x) {
        failure[1] = x;
      }
      try {
        back[0] = deepest.read(deepest.write(model, View.INTERNAL));
      } catch (Throwable x) {
        failure[2] = x;
      }
    }, "half-default-stack", 512 * 1024);
    t.start();
    t.join();
    DispatchJsonException model32 = assertInstanceOf(DispatchJsonException.class, failure[0]);
    assertTrue(model32.getMessage().contains("expected parts nested at most 32 deep"), model32.getMessage());
    // One level deeper is refused by the limit, before any recursion.
    DispatchJsonException limit = assertInstanceOf(DispatchJsonException.class, failure[1]);
    assertTrue(limit.getMessage().contains("the limit on nesting depth (500)"), limit.getMessage());
    assertEquals(null, failure[2]);
    assertEquals(model, back[0]);
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> new Limits(1_000_001,
        1_000_000, 16_000_000, 32, 256, 1_000_000));
    assertEquals("Limits.maxNestingDepth: expected 16 to 500, got 1000001", range.getMessage());
  }

  /** Parts nested as deep as the model allows write and read back with the default limits. */
  @Test
  void thePartsTheModelHoldsReadBackWithTheDefaultLimits() {
    Report model = Copies.report(ReferenceReport.report()).addFigures(deepFigure(Breakdown.MAX_DEPTH)).build();
    assertEquals(model, json.read(json.write(model, View.INTERNAL)));
    assertEquals(List.of(), StrictReadingTest.schemaErrors(json.write(model)));
    assertThrows(IllegalArgumentException.class, () -> deepFigure(Breakdown.MAX_DEPTH + 1));
  }

  /** Attribution chains nest no deeper for their length: ten thousand links read and write back. */
  @Test
  void longChainsDoNotNest() {
    Report chained = json.read(attributionChain(10_000));
    assertEquals(10_000, chained.statements().get(0).attribution().links().size());
    assertEquals(chained, json.read(json.write(chained)));
  }

  /** Item 2: in collect mode a line deep or long enough to have overflowed the stack is that line's error. */
  @Test
  void ndjsonCollectsEveryHostileLineAsAnError() {
    String good = reference;
    String lines = good + "\n" + parentChain(20_000, false) + "\n" + parentChain(20_000, true) + "\n"
        + nestedParts(2_000) + "\n" + sharedCollectives(40) + "\n" + attributionChain(6_000) + "\n" + good + "\n";
    try (NdjsonReader r = json.ndjsonReader(new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        NdjsonReader.OnError.COLLECT)) {
      assertEquals(5, r.stream().count());
      assertEquals(List.of(3L, 4L), r.errors().stream().map(e -> e.line().getAsLong()).toList());
      assertTrue(r.errors().get(1).getMessage().contains("nesting depth"), r.errors().get(1).getMessage());
    }
  }

  /**
   * An id of 16 blocks, each {@code Aa} or {@code BB} by the bits of {@code i}: every such id has
   * the same {@link String#hashCode()}, so ids of one kind and another share one hash bin.
   */
  static String collidingId(int i) {
    StringBuilder s = new StringBuilder(32);
    for (int b = 0; b < 16; b++) {
      s.append(((i >> b) & 1) == 0 ? "Aa" : "BB");
    }
    return s.toString();
  }

  /**
   * Places and prisoners with the same 32,768 colliding ids. Ids of one kind order, so a hash set
   * of them keeps a crowded bin as a tree; a set of both kinds could not order a place id against
   * a prisoner id and scanned the bin at each look-up (about 150 s here, against a few seconds).
   */
  @Test
  void collidingIdsOfTwoKindsCostLinearTime() {
    int n = 32_768;
    StringBuilder places = new StringBuilder();
    StringBuilder prisoners = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String id = collidingId(i);
      places.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"printedName\":\"x\"}");
      prisoners.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    String doc = report("", ",\"places\":[" + places + "],\"prisoners\":[" + prisoners + "]}");
    Report read = json.read(doc);
    assertEquals(n, read.places().size());
    assertEquals(n, read.prisoners().size());
    // A repeated id among the colliding ones is still found, at its place.
    String twice = report("", ",\"places\":[" + places + ",{\"id\":\"" + collidingId(n - 1)
        + "\",\"printedName\":\"x\"}]}");
    assertEquals("/places/" + n + "/id", rejects(twice).pointer());
  }

  /** Item 3: a hundred and sixty thousand unknown names at the root, kept, and a duplicate among them found. */
  @Test
  void manyUnknownNamesCostLinearTime() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < 160_000; i++) {
      s.append("\"k").append(i).append("\":").append(i).append(',');
    }
    String many = s + reference.substring(1);
    assertEquals(160_000, java.util.Objects.requireNonNull(json.readPreserving(many).unknown().get("")).size());
    DispatchJsonException dup = assertThrows(DispatchJsonException.class,
        () -> json.readPreserving(s + "\"k159999\":0," + reference.substring(1)));
    assertEquals("", dup.pointer());
    assertFalse(dup.getMessage().contains("k159999"), dup.getMessage());
    // Past the scan's few names the hash set finds duplicates of known names too.
    String known = reference.replace("\"language\":\"en\"", "\"language\":\"en\",\"headline\":\"again\"");
    assertTrue(rejects(known).getMessage().contains("a duplicate property \"headline\""));
  }

  /** Item 4: an endless stream fails at the document limit as its bytes arrive, never buffered whole. */
  @Test
  void anEndlessStreamStopsAtTheDocumentLimit() {
    java.io.InputStream endless = new java.io.InputStream() {
      private long n;

      @Override
      public int read() {
        return n++ == 0 ? '{' : ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(endless));
    assertTrue(e.getMessage().contains("the limit on document length (16000000 bytes)"), e.getMessage());
  }

  /** Item 12: what the limits cannot read back is not written either, and the failure is ours. */
  @Test
  void theWriterNestsNoDeeperThanTheReader() {
    Report deep = Copies.report(ReferenceReport.report()).addFigures(deepFigure(20)).build();
    DispatchJson shallow = DispatchJson.create(new Limits(64, 1_000_000, 16_000_000, 32, 256, 1_000_000));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> shallow.write(deep));
    assertTrue(e.getMessage().contains("nests at most 64 deep"), e.getMessage());
    assertEquals(deep, json.read(json.write(deep)));
    DispatchJsonException stream = assertThrows(DispatchJsonException.class,
        () -> shallow.write(deep, View.PUBLIC, new ByteArrayOutputStream()));
    assertTrue(stream.getMessage().contains("nests at most 64 deep"), stream.getMessage());
  }

  /** Item 11: a lone surrogate in a model string is written (escaped) and reads back. */
  @Test
  void loneSurrogatesInModelStringsAreWritten() {
    Report r = ReferenceReport.report().withHeadline("a\ud800b\udc00");
    String written = json.write(r);
    assertTrue(written.contains("a\\uD800b\\uDC00"), written.substring(0, 200));
    assertEquals(r, json.read(written));
  }

  /**
   * Item 7: a lone surrogate in the string given to read(String) has no UTF-8 form; it was turned
   * into '?' and read as such. It is an error where it stands; a pair, and an escaped lone
   * surrogate (JSON's to allow), still read.
   */
  @Test
  void aLoneSurrogateInTheStringReadIsAnError() {
    for (String lone : new String[] {"\ud800", "\udc00", "x\ud800", "\ud800\ud800", "\udc00\ud800"}) {
      String doc = reference.replace("\"headline\":\"", "\"headline\":\"" + lone);
      DispatchJsonException e = rejects(doc);
      assertEquals("/headline", e.pointer(), e.getMessage());
      assertTrue(e.getMessage().contains("expected Unicode text (RFC 8259), got a lone surrogate"), e.getMessage());
      assertEquals(1, e.line().getAsLong());
      assertEquals(doc.indexOf("\"headline\":\"") + 12 + (lone.startsWith("x") ? 2 : 1), e.column().getAsLong(),
          e.getMessage());
      assertEquals("/headline", assertThrows(DispatchJsonException.class, () -> json.readPreserving(doc)).pointer());
    }
    DispatchJsonException between = rejects(reference.replace(",\"headline\"", ",\n\ud800\"headline\""));
    assertEquals(2, between.line().getAsLong());
    assertEquals(1, between.column().getAsLong());
    Report paired = json.read(reference.replace("\"headline\":\"", "\"headline\":\"\ud83d\ude00"));
    assertTrue(paired.headline().orElseThrow().startsWith("\ud83d\ude00"));
    Report escaped = json.read(reference.replace("\"headline\":\"", "\"headline\":\"\\ud800"));
    assertTrue(escaped.headline().orElseThrow().startsWith("\ud800"));
  }

  /** A report with one place at these coordinates, as JSON text (not a tree, which would round them). */
  static String placeAt(String latitude, String longitude) {
    return report("", ",\"places\":[{\"id\":\"k\",\"printedName\":\"Kyiv\",\"coordinates\":{\"latitude\":" + latitude
        + ",\"longitude\":" + longitude + ",\"precision\":\"locality\"}}]}");
  }

  /**
   * Item 8: a latitude or longitude out of range, an overflow to infinity included, is an error at
   * the number; digits beyond a double's are rounded as documented (to the nearest double, written
   * back as Java prints it), and a value that rounds to zero is zero.
   */
  @Test
  void coordinatesAreInRangeAndRoundedAsDocumented() {
    for (String[] bad : new String[][] {{"90.0000001", "0", "latitude"}, {"-90.5", "0", "latitude"},
        {"0", "180.000001", "longitude"}, {"0", "-181", "longitude"}, {"1e400", "0", "latitude"},
        {"0", "-1e400", "longitude"}, {"1" + "0".repeat(31), "0", "latitude"}}) {
      DispatchJsonException e = rejects(placeAt(bad[0], bad[1]));
      assertEquals("/places/0/coordinates/" + bad[2], e.pointer(), e.getMessage());
      assertTrue(e.getMessage().contains("expected a number from -" + (bad[2].equals("latitude") ? "90 to 90" : "180 to 180")),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("got one outside that range"), e.getMessage());
    }
    Report read = json.read(placeAt("50.450000000000000000001", "1e-400"));
    dev.dispatch.place.Coordinates at = read.places().get(0).coordinates().orElseThrow();
    assertEquals(50.45, at.latitude());
    assertEquals(0.0, at.longitude());
    assertTrue(json.write(read).contains("\"latitude\":50.45,\"longitude\":0.0,"), json.write(read));
    assertEquals(-90.0, json.read(placeAt("-90", "180")).places().get(0).coordinates().orElseThrow().latitude());
  }

  /**
   * Item 9: -00:00 is RFC 3339's unknown offset, not UTC: refused, by the reader and the schema,
   * with the reason; +00:00 is read and written back as Z, and an offset's zero seconds are dropped.
   */
  @Test
  void anUnknownOffsetIsRefusedAndZeroIsWrittenAsZ() {
    String at = "/statements/16/eventTime";
    for (String unknown : new String[] {"18:00-00:00", "18:00:30-00:00:00"}) {
      String doc = StrictReadingTest.mutate(at, "{\"phrase\":\"at six\",\"time\":\"" + unknown + "\"}");
      DispatchJsonException e = rejects(doc);
      assertEquals(at + "/time", e.pointer());
      assertTrue(e.getMessage().endsWith("got a string that is not one (the offset -00:00, RFC 3339's unknown offset: "
          + "write Z for UTC, or no offset)"), e.getMessage());
      assertFalse(StrictReadingTest.schemaErrors(doc).isEmpty(), "the schema refuses it too");
    }
    for (String[] same : new String[][] {{"18:00+00:00", "18:00Z"}, {"07:30+05:30:00", "07:30+05:30"},
        {"07:30-00:30", "07:30-00:30"}, {"07:30-00:00:30", "07:30-00:00:30"}, {"23:59:59+18:00", "23:59:59+18:00"}}) {
      String doc = StrictReadingTest.mutate(at, "{\"phrase\":\"at six\",\"time\":\"" + same[0] + "\"}");
      assertEquals(List.of(), StrictReadingTest.schemaErrors(doc), same[0]);
      String back = json.write(json.read(doc));
      assertTrue(back.contains("\"time\":\"" + same[1] + "\""), same[0] + " written back as " + same[1]);
    }
  }

  /** Item 14: UTF-8 exactly. */
  @Test
  void onlyUtf8IsRead() {
    for (java.nio.charset.Charset other : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16, java.nio.charset.Charset.forName("UTF-32BE"), java.nio.charset.Charset.forName("UTF-32LE"))) {
      DispatchJsonException e = rejects(reference.getBytes(other));
      assertTrue(e.getMessage().contains("expected UTF-8 text (RFC 8259)"), other + ": " + e.getMessage());
      assertThrows(DispatchJsonException.class, () -> json.read(new java.io.ByteArrayInputStream(reference.getBytes(other))));
    }
    // A string whose first characters are NULs would be decoded as UTF-32 (a fuzzing find).
    assertTrue(rejects("\u0000\u0000\u0000{}").getMessage().contains("a zero byte at the start"));
    assertThrows(DispatchJsonException.class, () -> json.readPreserving("\u0000\u0000\u0000\u000f" + reference));
    // Overlong "/" (C0 AF), an encoded surrogate, a code point beyond U+10FFFF, a truncated sequence.
    for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
      byte[] doc = reference.replace("\"headline\":\"", "\"headline\":\"\u0001").getBytes(StandardCharsets.UTF_8);
      int at = new String(doc, StandardCharsets.UTF_8).indexOf('\u0001');
      byte[] withBad = new byte[doc.length - 1 + bad.length];
      System.arraycopy(doc, 0, withBad, 0, at);
      System.arraycopy(bad, 0, withBad, at, bad.length);
      System.arraycopy(doc, at + 1, withBad, at + bad.length, doc.length - at - 1);
      DispatchJsonException e = rejects(withBad);
      assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
      assertThrows(DispatchJsonException.class, () -> json.read(new java.io.ByteArrayInputStream(withBad)));
    }
  }
}
