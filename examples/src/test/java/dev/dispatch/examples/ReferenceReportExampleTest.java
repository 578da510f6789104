package dev.dispatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        "injury to his jaw | broken leg", "(date not printed)", "Update: This story has been updated.",
        "== Validation ==", "No errors: 0 errors", "WARNING attribution.quote-unidentified at statements[translators]",
        "\"number\" : 11000", "\"value\" : \"XXXX-01-09\"", "\"by\" : \"Ukrainian paratroopers\"",
        "\"printedName\" : \"Tuva\"", "\"printedName\" : \"Belaya\"", "Korean translators",
        "toString():        Protected[KNOWN]",
        "public JSON:       \"name\":{\"state\":\"withheld\",\"note\":\"redacted in the public view\"}",
        "internal JSON:     \"name\":{\"state\":\"known\",\"value\":\"<placeholder-7f3a>\"}",
        "ERROR prisoner.protected-exposed at prisoners[p1].identity.name")) {
      assertTrue(out.contains(expected), () -> "missing \"" + expected + "\" in:\n" + out);
    }
    String publicJson = out.substring(out.indexOf("== Public JSON"), out.indexOf("== Protected data"));
    assertTrue(!publicJson.contains("<placeholder-7f3a>"), "the public JSON section holds no protected value");
    assertEquals(1, out.split("<placeholder-7f3a>", -1).length - 1, "only the internal view shows the value");
  }
}
