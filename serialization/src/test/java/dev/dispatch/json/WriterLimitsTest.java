package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.id.ReportId;
import dev.dispatch.id.StatementId;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.Generator;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12, item 12, for what the model does not bound: the facade writes only what its reader,
 * with the same limits, reads back. A report too large for the document or token limit, a string
 * longer than the string limit, preserved unknown values deeper or longer than the limits allow:
 * each is refused with a {@link DispatchJsonException} that names the limit, as the reader would.
 */
@Timeout(300)
class WriterLimitsTest {
  private final DispatchJson json = DispatchJson.create();
  /** The longest text the model takes: by design the default string limit (core's Checks.MAX_TEXT). */
  private static final int MAX_TEXT = Limits.defaults().maxStringLength();

  /** The reference report with {@code n} more statements of the given text. */
  private static Report withStatements(int n, String text) {
    Report.Builder b = Copies.report(ReferenceReport.report());
    Attribution by = Attribution.of(ReferenceReport.report().sources().get(0).id(), Mode.PARAPHRASE);
    for (int i = 0; i < n; i++) {
      b.addStatements(Statement.builder().id(StatementId.of("extra" + i)).attribution(by).text(text).build());
    }
    return b.build();
  }

  /** With the default limits: a report of 17 texts of a million chars (all within the model's cap) is 17 MB. */
  @Test
  void aReportLargerThanTheDocumentLimitIsRefused() {
    Report huge = withStatements(17, "x".repeat(MAX_TEXT));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.write(huge));
    assertEquals("expected a document within the read limits, so that it reads back, got one beyond the limit on "
        + "document length (16000000 bytes)", e.getMessage().substring(e.getMessage().indexOf("expected")));
    // Item 10: it says where: the text that crosses the limit.
    assertEquals("/statements/" + (ReferenceReport.report().statements().size() + 15) + "/text", e.pointer());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(DispatchJsonException.class, () -> json.write(huge, View.INTERNAL, out));
    assertTrue(out.size() <= 16_000_000, "no byte beyond the limit reaches the stream: " + out.size());
    // Sixteen of them fit, and read back with the same limits.
    Report fits = withStatements(15, "x".repeat(MAX_TEXT));
    assertEquals(fits, json.read(json.write(fits)));
  }

  @Test
  void moreTokensThanTheLimitAreRefused() {
    DispatchJson small = DispatchJson.create(new Limits(256, 1_000_000, 16_000_000, 32, 256, 10_000));
    Report many = withStatements(2_000, "t");
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> small.write(many));
    assertTrue(e.getMessage().contains("got one beyond the limit on tokens per document (10000)"), e.getMessage());
    assertTrue(e.pointer().startsWith("/statements/"), e.pointer());
    String written = json.write(many);
    DispatchJsonException read = assertThrows(DispatchJsonException.class, () -> small.read(written));
    assertTrue(read.getMessage().contains("the limit on tokens per document (10000)"), read.getMessage());
  }

  @Test
  void aStringLongerThanTheLimitIsRefusedWhereItStands() {
    DispatchJson small = DispatchJson.create(new Limits(256, 1_024, 16_000_000, 32, 256, 1_000_000));
    Report longHeadline = ReferenceReport.report().withHeadline("h".repeat(1_025));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> small.write(longHeadline));
    assertEquals("/headline", e.pointer());
    assertTrue(e.getMessage().contains("the limit on string length (1024 chars)"), e.getMessage());
    Report exactly = ReferenceReport.report().withHeadline("h".repeat(1_024));
    assertEquals(exactly, small.read(small.write(exactly)));
    // A URI, which the model does not bound, too.
    Report longUrl = ReferenceReport.report().withUrl(java.net.URI.create("https://example.org/" + "u".repeat(2_000)));
    assertEquals("/url", assertThrows(DispatchJsonException.class, () -> small.write(longUrl)).pointer());
  }

  /** Preserved unknown values are counted as the reader counts them: their strings, their tokens, their depth. */
  @Test
  void preservedUnknownValuesAreCountedToo() {
    String doc = json.write(ReferenceReport.report(), View.INTERNAL);
    DispatchJson small = DispatchJson.create(new Limits(64, 1_024, 16_000_000, 32, 64, 10_000));
    Preserved<Report> longString = json.readPreserving("{\"note\":[\"" + "n".repeat(2_000) + "\"]," + doc.substring(1));
    DispatchJsonException s = assertThrows(DispatchJsonException.class, () -> small.write(longString, View.INTERNAL));
    assertTrue(s.getMessage().contains("the limit on string length (1024 chars)"), s.getMessage());
    assertEquals("/note", s.pointer());
    Preserved<Report> deep = json.readPreserving("{\"deep\":" + "[".repeat(70) + "]".repeat(70) + ","
        + doc.substring(1));
    DispatchJsonException d = assertThrows(DispatchJsonException.class, () -> small.write(deep, View.INTERNAL));
    assertTrue(d.getMessage().contains("the limit on nesting depth (64)"), d.getMessage());
    Preserved<Report> longName = json.readPreserving("{\"" + "k".repeat(100) + "\":1," + doc.substring(1));
    DispatchJsonException n = assertThrows(DispatchJsonException.class, () -> small.write(longName, View.INTERNAL));
    assertTrue(n.getMessage().contains("the limit on property name length (64 bytes)"), n.getMessage());
    // Names are measured in UTF-8 bytes, as the reader measures them: 40 chars of two bytes each
    // are 80 bytes, beyond 64, and refused by both.
    Preserved<Report> wideName = json.readPreserving("{\"" + "é".repeat(40) + "\":1," + doc.substring(1));
    assertThrows(DispatchJsonException.class, () -> small.readPreserving(json.write(wideName, View.INTERNAL)));
    assertThrows(DispatchJsonException.class, () -> small.write(wideName, View.INTERNAL));
    Preserved<Report> wideInside = json.readPreserving("{\"u\":{\"" + "é".repeat(40) + "\":1}," + doc.substring(1));
    assertThrows(DispatchJsonException.class, () -> small.write(wideInside, View.INTERNAL));
    Preserved<Report> narrowEnough = json.readPreserving("{\"" + "é".repeat(32) + "\":1," + doc.substring(1));
    assertEquals(narrowEnough.value(), small.readPreserving(small.write(narrowEnough, View.INTERNAL)).value());
    StringBuilder numbers = new StringBuilder("{\"numbers\":[");
    for (int i = 0; i < 10_000; i++) {
      numbers.append(i == 0 ? "" : ",").append(i);
    }
    Preserved<Report> many = json.readPreserving(numbers + "]," + doc.substring(1));
    DispatchJsonException t = assertThrows(DispatchJsonException.class, () -> small.write(many, View.INTERNAL));
    assertTrue(t.getMessage().contains("the limit on tokens per document (10000)"), t.getMessage());
    // The public view writes no unknown property, so it is not refused for them.
    assertEquals(ReferenceReport.report(), small.read(small.write(many, View.PUBLIC)));
  }

  /**
   * The document-length limit is counted token by token as the generator writes, escapes and
   * separators included, so that it fails at the token that crosses it with its pointer: exactly
   * at the limit the report is written, one byte below it is refused there.
   */
  @Test
  void theDocumentLimitIsCountedExactlyAndFailsWhereItIsCrossed() {
    String headline = "a/b \" \\ \u0001 \t é ж 한 \ud83d\ude00 \ud800 \udc00 \u2028 \u007f end";
    // A long URL before it, so that the headline stands past the smallest document limit.
    Report report = ReferenceReport.report().withHeadline(headline)
        .withUrl(java.net.URI.create("https://example.org/" + "u".repeat(5_000)));
    long length = json.write(report).getBytes(StandardCharsets.UTF_8).length;
    DispatchJson exactly = DispatchJson.create(new Limits(256, 1_000_000, length, 32, 256, 1_000_000));
    assertEquals(json.write(report), exactly.write(report));
    DispatchJson below = DispatchJson.create(new Limits(256, 1_000_000, length - 1, 32, 256, 1_000_000));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> below.write(report));
    assertTrue(e.getMessage().contains("document length (" + (length - 1) + " bytes)"), e.getMessage());
    assertTrue(e.pointer().startsWith("/"), "the place it was crossed: " + e.getMessage());
    // The headline itself crosses a limit set just past what comes before it.
    String head = json.write(report).substring(0, json.write(report).indexOf("\"headline\""));
    DispatchJson atHeadline = DispatchJson.create(new Limits(256, 1_000_000,
        head.getBytes(StandardCharsets.UTF_8).length + 20, 32, 256, 1_000_000));
    assertEquals("/headline", assertThrows(DispatchJsonException.class, () -> atHeadline.write(report)).pointer());
  }

  /**
   * The guard counts a string's exact bytes only once they could matter, holding at most 1,024
   * strings until then: with 12,000 short strings, several of whose chars take two bytes, the
   * list fills many times before the bound nears the limit, and the count stays exact: the report
   * is written at its exact length and refused one byte below, on both paths.
   */
  @Test
  void theDocumentLimitStaysExactPastThousandsOfStringsWaitingToBeCounted() {
    Report.Builder b = Report.builder().id(ReportId.of("many")).publisher("Example Wire")
        .language("en");
    for (int i = 0; i < 12_000; i++) {
      b.addContributors("Contribut\u00e9 " + i);
    }
    Report report = b.build();
    String written = json.write(report);
    long length = written.getBytes(StandardCharsets.UTF_8).length;
    DispatchJson exactly = DispatchJson.create(new Limits(256, 1_000_000, length, 32, 256, 1_000_000));
    assertEquals(written, exactly.write(report));
    assertEquals(written, exactly.mapper().writeValueAsString(report));
    DispatchJson below = DispatchJson.create(new Limits(256, 1_000_000, length - 1, 32, 256, 1_000_000));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> below.write(report));
    assertTrue(e.getMessage().contains("document length (" + (length - 1) + " bytes)"), e.getMessage());
    assertThrows(tools.jackson.databind.DatabindException.class, () -> below.mapper().writeValueAsString(report));
  }

  /**
   * Item 10: the public view can be longer than the internal one, where the redaction marker
   * replaces a short value; a report that fits a document limit internally may not publicly, and
   * the refusal says where it was crossed.
   */
  @Test
  void thePublicViewMayBeLongerAndItsRefusalSaysWhere() {
    Report known = Fixtures.withKnownProtectedValues();
    int internal = json.write(known, View.INTERNAL).getBytes(StandardCharsets.UTF_8).length;
    int publicView = json.write(known).getBytes(StandardCharsets.UTF_8).length;
    assertTrue(publicView > internal, publicView + " public bytes, " + internal + " internal");
    DispatchJson limited = DispatchJson.create(new Limits(256, 1_000_000, internal, 32, 256, 1_000_000));
    assertEquals(known, limited.read(limited.write(known, View.INTERNAL)));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> limited.write(known));
    assertTrue(e.getMessage().contains("the limit on document length (" + internal + " bytes)"), e.getMessage());
    assertTrue(e.pointer().matches("/(prisoners|unlinked|people)/.+"), e.getMessage());
  }

  /** A pair of limits, some small enough for generated reports to cross. */
  private record Case(Report report, Limits limits) {}

  private static Generator<Case> cases() {
    Generator<Report> reports = Generators.reports(8);
    return r -> new Case(reports.generate(r), new Limits((int) r.next(16, 40), (int) r.next(1_024, 1_200),
        r.next(4_096, 30_000), (int) r.next(20, 32), (int) r.next(32, 64), r.next(10_000, 12_000)));
  }

  /**
   * Over generated reports and random small limits, the writer with those limits refuses a report
   * exactly when the reader with those limits refuses what a generous writer wrote for it: the
   * writer counts as the reader does, neither more nor less. Documents of 4 to 40 KB against
   * limits of 4 to 30 KB and depths of 16 to 40 cross every limit in turn.
   */
  @Test
  void propertyTheWriterRefusesExactlyWhatTheReaderRefuses() {
    int[] refused = new int[1];
    List<String> disagree = new ArrayList<>();
    qt().withExamples(1_000).forAll(gen(cases())).checkAssert(c -> {
      DispatchJson limited = DispatchJson.create(c.limits());
      String generous = json.write(c.report(), View.INTERNAL);
      boolean readerRefuses;
      try {
        limited.read(generous.getBytes(StandardCharsets.UTF_8));
        readerRefuses = false;
      } catch (DispatchJsonException e) {
        readerRefuses = true;
      }
      boolean writerRefuses;
      try {
        assertEquals(generous, limited.write(c.report(), View.INTERNAL));
        writerRefuses = false;
      } catch (DispatchJsonException e) {
        writerRefuses = true;
        refused[0]++;
      }
      // Item 5: the mapper's serializers refuse exactly what the facade's writer refuses, in the public view.
      boolean publicRefused;
      String publicView = "";
      try {
        publicView = limited.write(c.report());
        publicRefused = false;
      } catch (DispatchJsonException e) {
        publicRefused = true;
      }
      try {
        assertEquals(publicView, limited.mapper().writeValueAsString(c.report()));
        assertTrue(!publicRefused, "only the facade refuses");
      } catch (tools.jackson.databind.DatabindException e) {
        assertTrue(publicRefused, "only the mapper refuses: " + e.getMessage());
      }
      if (readerRefuses != writerRefuses) {
        disagree.add(c.limits() + (writerRefuses ? ": only the writer refuses" : ": only the reader refuses"));
      }
    });
    assertEquals(List.of(), disagree.stream().limit(10).toList());
    assertTrue(refused[0] > 100 && refused[0] < 900, "both outcomes are drawn: " + refused[0] + " refused");
  }
}
