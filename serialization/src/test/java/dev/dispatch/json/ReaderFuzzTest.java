package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dispatch.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * For any input, the reader returns a report or throws {@link DispatchJsonException}: never
 * another exception, never an error such as {@code StackOverflowError} or {@code OutOfMemoryError}.
 * Four targets: the strict reader, the preserving reader, the NDJSON reader (whose collect mode
 * must collect every bad line, never throw), and writing a preserved document back (which must
 * never throw, and must read back to what was read).
 *
 * <p>Under {@code ./mvnw verify} each target runs in regression mode over its saved inputs in
 * {@code src/test/resources/dev/dispatch/json/ReaderFuzzTestInputs/<target>} (seeds, and any
 * crasher found). To fuzz, see docs/quality.md.
 */
class ReaderFuzzTest {
  private static final DispatchJson JSON = DispatchJson.create();

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    try {
      JSON.read(input);
    } catch (DispatchJsonException expected) {
      // The documented failure.
    }
    try {
      JSON.read(new ByteArrayInputStream(input));
    } catch (DispatchJsonException expected) {
      // The documented failure.
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readPreserving(byte[] input) {
    try {
      JSON.readPreserving(new String(input, StandardCharsets.UTF_8));
    } catch (DispatchJsonException expected) {
      // The documented failure.
    }
  }

  @FuzzTest(maxDuration = "5m")
  void ndjson(byte[] input) {
    try (NdjsonReader collect = JSON.ndjsonReader(new ByteArrayInputStream(input), NdjsonReader.OnError.COLLECT)) {
      collect.forEachRemaining(r -> { });
    }
    try (NdjsonReader stop = JSON.ndjsonReader(new ByteArrayInputStream(input), NdjsonReader.OnError.STOP)) {
      stop.forEachRemaining(r -> { });
    } catch (DispatchJsonException expected) {
      // The documented failure of a bad line.
    }
  }

  @FuzzTest(maxDuration = "5m")
  void writePreserved(byte[] input) {
    Preserved<Report> read;
    try {
      read = JSON.readPreserving(new String(input, StandardCharsets.UTF_8));
    } catch (DispatchJsonException expected) {
      return;
    }
    String internal = JSON.write(read, View.INTERNAL);
    Preserved<Report> again = JSON.readPreserving(internal);
    assertEquals(read.value(), again.value());
    assertEquals(read.unknown(), again.unknown());
    assertEquals(read.value().redacted(), JSON.read(JSON.write(read, View.PUBLIC)));
  }

  /**
   * The seeds are documents of the current format, so that fuzzing starts from inputs that reach
   * every codec: each seed of the strict reader but the broken ones reads, and writing it back gives
   * the same bytes.
   */
  @Test
  void theSeedsAreDocumentsOfTheCurrentFormat() throws Exception {
    Path seeds = Path.of(Objects.requireNonNull(ReaderFuzzTest.class.getResource("ReaderFuzzTestInputs/read")).toURI());
    int read = 0;
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("truncated") || name.startsWith("empty")) {
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Report report = JSON.read(text);
        assertEquals(text, name.contains("public") ? JSON.write(report) : JSON.write(report, View.INTERNAL), name);
        read++;
      }
    }
    assertTrue(read >= 10, "seeds read: " + read);
  }
}
