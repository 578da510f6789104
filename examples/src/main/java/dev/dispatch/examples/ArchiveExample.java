package dev.dispatch.examples;

import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.NdjsonReader;
import dev.dispatch.json.NdjsonWriter;
import dev.dispatch.json.View;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.Randomness;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * An archive: writes generated reports to an NDJSON file, then streams them back one at a time,
 * with a progress line, computing a summary as it goes. Memory stays flat however long the file.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am package -DskipTests -Pexample -Dexample=ArchiveExample}
 * or with arguments {@code [count] [file]}.
 */
public final class ArchiveExample {
  private ArchiveExample() {}

  /**
   * Runs the example.
   *
   * @param args optional: the number of reports (default 3,000) and the file (default a temporary one)
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    Path file;
    if (args.length > 1) {
      file = Path.of(args[1]);
    } else {
      file = Files.createTempFile("dispatch-archive", ".ndjson");
      file.toFile().deleteOnExit();
    }
    run(count, file, System.out);
  }

  static Summary run(int count, Path file, PrintStream out) {
    DispatchJson json = DispatchJson.create();
    Randomness random = Randomness.seeded(2026);
    try (NdjsonWriter writer = json.ndjsonWriter(new BufferedOutputStream(Files.newOutputStream(file)), View.PUBLIC)) {
      for (int i = 0; i < count; i++) {
        writer.write(Generators.reports(6).generate(random));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("== Archive ==");
    out.printf("  wrote %,d reports (%,d bytes) to %s%n", count, size(file), file);

    Summary summary = new Summary();
    try (NdjsonReader reader = json.ndjsonReader(new BufferedInputStream(Files.newInputStream(file)),
        NdjsonReader.OnError.COLLECT)) {
      while (reader.hasNext()) {
        summary.add(reader.next());
        if (summary.reports % 1_000 == 0) {
          out.printf("  ... read %,d reports%n", summary.reports);
        }
      }
      summary.errors = reader.errors().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("== Summary ==");
    out.printf("  reports: %,d (%d unreadable lines)%n", summary.reports, summary.errors);
    out.printf("  figures: %,d%n", summary.figures);
    summary.byOutcome.forEach((o, n) -> out.printf("    counting %-10s %,d%n", o.name().toLowerCase(java.util.Locale.ROOT) + ":", n));
    out.printf("  prisoner records: %,d%n", summary.prisoners);
    return summary;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the example counts while streaming. */
  static final class Summary {
    long reports;
    long figures;
    long prisoners;
    long errors;
    final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);

    void add(Report r) {
      reports++;
      prisoners += r.prisoners().size();
      for (Figure f : r.figures()) {
        figures++;
        f.outcomes().forEach(o -> byOutcome.merge(o, 1L, Long::sum));
      }
    }
  }
}
