package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.id.ReportId;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NdjsonTest {
  private final DispatchJson json = DispatchJson.create();

  private static Report numbered(int i) {
    return Copies.report(ReferenceReport.report()).id(ReportId.of("r" + i)).build();
  }

  private byte[] stream(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out, View.PUBLIC)) {
      for (int i = 0; i < count; i++) {
        w.write(numbered(i));
      }
      assertEquals(count, w.lines());
    }
    return out.toByteArray();
  }

  @Test
  void writesOneReportALineAndReadsThemBack() {
    byte[] bytes = stream(5);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(5, text.split("\n", -1).length - 1);
    assertTrue(text.endsWith("}\n"));
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(bytes), NdjsonReader.OnError.STOP)) {
      List<Report> back = r.stream().collect(Collectors.toList());
      assertEquals(List.of(numbered(0), numbered(1), numbered(2), numbered(3), numbered(4)), back);
    }
  }

  private byte[] withBadLines() {
    String good = new String(stream(3), StandardCharsets.UTF_8);
    String[] lines = good.split("\n", -1);
    return (lines[0] + "\n{\"format\":\"dispatch.report\",\"version\":7}\n\n" + lines[1] + "\nnot json\n" + lines[2] + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBadLineStopsReadingAndNamesTheLine() {
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(withBadLines()), NdjsonReader.OnError.STOP)) {
      assertEquals(ReportId.of("r0"), r.next().id());
      DispatchJsonException e = assertThrows(DispatchJsonException.class, r::next);
      assertEquals(2, e.line().getAsLong());
      assertEquals("/version", e.pointer());
      assertTrue(e.getMessage().contains("NDJSON line 2"), e.getMessage());
    }
  }

  @Test
  void badLinesCanBeCollectedAndSkipped() {
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(withBadLines()), NdjsonReader.OnError.COLLECT)) {
      List<String> ids = new ArrayList<>();
      r.forEachRemaining(report -> ids.add(report.id().value()));
      assertEquals(List.of("r0", "r1", "r2"), ids);
      assertEquals(List.of(2L, 5L), r.errors().stream().map(e -> e.line().getAsLong()).collect(Collectors.toList()));
      assertEquals(2, r.errorCount());
      assertEquals(6, r.lineNumber());
    }
  }

  /**
   * Item 3: collecting keeps the first {@value NdjsonReader#MAX_ERRORS} errors, each light (no cause,
   * no stack trace: nothing but its strings), and counts the rest; good lines among them still read.
   */
  @Test
  void collectedErrorsAreCappedAndLight() {
    String good = new String(stream(1), StandardCharsets.UTF_8);
    StringBuilder lines = new StringBuilder();
    int bad = NdjsonReader.MAX_ERRORS + 1_500;
    for (int i = 0; i < bad; i++) {
      lines.append(i % 2 == 0 ? "not json " + i : "{\"format\":\"dispatch.report\",\"x\":" + i + "}").append('\n');
      if (i == bad / 2) {
        lines.append(good);
      }
    }
    lines.append(good);
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
        NdjsonReader.OnError.COLLECT)) {
      assertEquals(2, r.stream().count());
      assertEquals(NdjsonReader.MAX_ERRORS, r.errors().size());
      assertEquals(bad, r.errorCount());
      assertEquals(1, r.errors().get(0).line().getAsLong());
      for (DispatchJsonException e : r.errors()) {
        assertEquals(null, e.getCause(), e.getMessage());
        assertEquals(0, e.getStackTrace().length, e.getMessage());
        assertTrue(e.getMessage().contains("(NDJSON line " + e.line().getAsLong() + ")"), e.getMessage());
      }
    }
  }

  @Test
  void aLineBeyondTheDocumentLimitIsSkippedWithoutBeingHeld() {
    DispatchJson small = DispatchJson.create(new Limits(64, 1_024, 4_096, 20, 32, 10_000));
    String longLine = "{\"headline\":\"" + "x".repeat(10_000) + "\"}";
    byte[] bytes = (longLine + "\n" + new String(stream(1), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    try (NdjsonReader r = small.ndjsonReader(new ByteArrayInputStream(bytes), NdjsonReader.OnError.COLLECT)) {
      assertEquals(0, r.stream().count(), "the reference report itself is beyond 4,096 bytes");
      assertEquals(2, r.errors().size());
      assertTrue(r.errors().get(0).getMessage().contains("a line of at most 4096 bytes"), r.errors().get(0).getMessage());
    }
  }

  /** A report the writer refuses writes no part of its line: the stream stays one report a line. */
  @Test
  void aRefusedReportWritesNothing() {
    DispatchJson small = DispatchJson.create(new Limits(64, 1_024, 16_000_000, 32, 256, 1_000_000));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = small.ndjsonWriter(out, View.PUBLIC)) {
      w.write(numbered(0));
      DispatchJsonException e = assertThrows(DispatchJsonException.class,
          () -> w.write(ReferenceReport.report().withHeadline("x".repeat(2_000))));
      assertTrue(e.getMessage().contains("the limit on string length (1024 chars)"), e.getMessage());
      assertEquals("/headline", e.pointer());
      w.write(numbered(1));
      assertEquals(2, w.lines());
    }
    try (NdjsonReader r = small.ndjsonReader(new ByteArrayInputStream(out.toByteArray()), NdjsonReader.OnError.STOP)) {
      assertEquals(List.of(numbered(0), numbered(1)), r.stream().collect(Collectors.toList()));
    }
  }
}
