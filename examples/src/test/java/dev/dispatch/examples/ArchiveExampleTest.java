package dev.dispatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.Randomness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExampleTest {

  @Test
  void writesStreamsAndSummarises(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArchiveExample.Summary s = ArchiveExample.run(2_500, dir.resolve("a.ndjson"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2_500, s.reports);
    assertEquals(0, s.errors);
    // The same seed, counted directly, gives the same summary.
    Randomness random = Randomness.seeded(2026);
    long figures = 0;
    long prisoners = 0;
    for (int i = 0; i < 2_500; i++) {
      Report r = Generators.reports(6).generate(random);
      figures += r.figures().size();
      prisoners += r.prisoners().size();
    }
    assertEquals(figures, s.figures);
    assertEquals(prisoners, s.prisoners);
    assertTrue(out.contains("... read 2,000 reports"), out);
    assertTrue(out.contains(String.format("  figures: %,d", figures)), out);
    assertTrue(out.contains(String.format("  prisoner records: %,d", prisoners)), out);
  }
}
