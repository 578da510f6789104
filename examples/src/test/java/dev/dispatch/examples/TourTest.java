package dev.dispatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;

class TourTest {

  @Test
  void theTourRunsAndRoundTrips() {
    String out = Tour.run();
    assertTrue(out.startsWith("no violations\n"), out);
    assertTrue(out.contains("\"qualifier\":\"more_than\",\"number\":1000"), out);
    assertTrue(out.endsWith("\ntrue troops"), out);
  }

  /** Every line of the README's tour is in Tour.java, so the README shows code that compiles and runs. */
  @Test
  void theReadmeShowsTheTour() throws IOException {
    Path readme = Path.of("..", "README.md");
    assumeTrue(Files.isRegularFile(readme), "run from the module directory of a checkout");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("```java", text.indexOf("## A short tour"));
    String block = text.substring(start + 7, text.indexOf("```", start + 7));
    String tour = Files.readString(Path.of("src/main/java/dev/dispatch/examples/Tour.java"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String line : block.lines().toList()) {
      if (!line.isBlank() && !tour.contains(line.strip())) {
        missing.add(line.strip());
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(block.split("\n").length > 20);
  }

  /** On the class path, Jackson finds the module through its services file. */
  @Test
  void serviceLoaderFindsTheModule() {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(JacksonModule.class).forEach(m -> found.add(m.getClass().getName()));
    assertTrue(found.contains("dev.dispatch.json.DispatchModule"), found.toString());
  }
}
