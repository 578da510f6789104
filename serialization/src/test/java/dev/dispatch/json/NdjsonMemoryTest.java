package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streams read in constant memory: a child JVM with a 64 MB heap reads 200,000 reports. */
class NdjsonMemoryTest {

  /** 200,000 reports through a JVM with a 64 MB heap: a memory check, not a timing. */
  @Test
  void streamsOfAnyLengthReadInConstantMemory() throws Exception {
    assertEquals("read 200000 reports, 600000 figures", run(NdjsonMemoryCheck.class, "64m", "200000"));
  }

  /**
   * Item 3: a million bad lines collected in a JVM with a 64 MB heap: the first thousand errors are
   * kept, light, and the rest counted. Keeping every error, with its cause and stack traces, ran
   * out of a 256 MB heap.
   */
  @Test
  void collectingAMillionBadLinesHoldsBoundedMemory() throws Exception {
    assertEquals("kept 1000 of 1000000 errors", run(NdjsonMemoryCheck.class, "64m", "1000000", "bad"));
  }

  /** Runs {@code main} in a JVM of its own with the given heap, on this test's class and module path; its output. */
  static String run(Class<?> main, String heap, String... args) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path")));
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null) {
      command.set(3, System.getProperty("java.class.path") + File.pathSeparator + modulePath);
    }
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "finished");
    assertEquals(0, process.exitValue(), output);
    return output.trim();
  }
}
