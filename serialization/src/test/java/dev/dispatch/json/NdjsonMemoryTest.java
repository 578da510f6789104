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
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path")));
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null) {
      command.set(3, System.getProperty("java.class.path") + File.pathSeparator + modulePath);
    }
    command.add(NdjsonMemoryCheck.class.getName());
    command.add("200000");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "finished");
    assertEquals(0, process.exitValue(), output);
    assertEquals("read 200000 reports, 600000 figures", output.trim());
  }
}
