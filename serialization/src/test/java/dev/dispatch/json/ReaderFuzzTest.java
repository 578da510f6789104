package dev.dispatch.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * For any input, the reader returns a report or throws {@link DispatchJsonException}: never
 * another exception, never an error such as {@code StackOverflowError} or {@code OutOfMemoryError}.
 *
 * <p>Under {@code ./mvnw verify} this runs in regression mode over the saved inputs in
 * {@code src/test/resources/dev/dispatch/json/ReaderFuzzTestInputs/read} (seeds from the
 * reference report and generated reports, and any crasher found). To fuzz, see docs/quality.md.
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
      JSON.readPreserving(new String(input, java.nio.charset.StandardCharsets.UTF_8));
    } catch (DispatchJsonException expected) {
      // The documented failure.
    }
  }
}
