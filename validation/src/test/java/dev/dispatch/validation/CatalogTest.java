package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/validation-rules.md lists exactly the built-in rules, with their default severities. */
class CatalogTest {

  @Test
  void theCatalogAndTheCodeAgree() throws IOException {
    Path doc = Path.of("..", "docs", "validation-rules.md");
    assumeTrue(Files.isRegularFile(doc), "run from the module directory of a checkout");
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\| (ERROR|WARNING|INFO) \\|")
        .matcher(Files.readString(doc, StandardCharsets.UTF_8));
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }
    Map<String, String> implemented = new LinkedHashMap<>();
    Validator.defaultRules().forEach(r -> implemented.put(r.code(), r.defaultSeverity().name()));
    assertEquals(implemented, documented);
  }
}
