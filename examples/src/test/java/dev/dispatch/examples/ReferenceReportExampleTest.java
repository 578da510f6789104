package dev.dispatch.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceReportExampleTest {

  @Test
  void printsTheFactsOfTheReferenceReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferenceReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String expected : List.of("about 11,000", "more than 1,000 [1001..", "killed or wounded",
        "on January 9", "Ukrainian paratroopers", "from Tuva", "a captured soldier -> Security Service of Ukraine -> the report",
        "injury to his jaw | broken leg", "(date not printed)", "Update: This story has been updated.")) {
      assertTrue(out.contains(expected), () -> "missing \"" + expected + "\" in:\n" + out);
    }
  }
}
