package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/validation-rules.md, {@link Validator#defaultRules()} and {@link Rules} agree: every rule is
 * documented, every documented code exists, severities match, and each constant names a rule.
 */
class CatalogTest {

  private static Path doc() {
    Path doc = Path.of("..", "docs", "validation-rules.md");
    assertTrue(Files.isRegularFile(doc), "run from the module directory of a checkout: " + doc.toAbsolutePath());
    return doc;
  }

  /** Code to severity, from the rows of the rules table: {@code | `code` | SEVERITY | ...}. */
  static Map<String, String> documented() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| (ERROR|WARNING|INFO) \\|")
        .matcher(Files.readString(doc(), StandardCharsets.UTF_8));
    while (row.find()) {
      assertEquals(null, documented.put(row.group(1), row.group(2)), "documented twice: " + row.group(1));
    }
    return documented;
  }

  @Test
  void theCatalogListsExactlyTheBuiltInRulesWithTheirSeverities() throws IOException {
    Map<String, String> implemented = new TreeMap<>();
    Validator.defaultRules().forEach(r -> implemented.put(r.code(), r.defaultSeverity().name()));
    assertEquals(implemented, documented());
  }

  @Test
  void theCatalogRowsHaveEveryColumn() throws IOException {
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| (ERROR|WARNING|INFO) \\|(.*)$")
        .matcher(Files.readString(doc(), StandardCharsets.UTF_8));
    while (row.find()) {
      String[] rest = row.group(3).split(" \\| ", -1);
      assertEquals(3, rest.length, () -> row.group(1) + ": expected what it finds, why, example");
      for (String cell : rest) {
        assertTrue(cell.replace("|", "").trim().length() > 10, () -> row.group(1) + ": a cell is empty");
      }
    }
  }

  @Test
  void everyConstantOfRulesIsABuiltInCodeAndEveryCodeHasAConstant() throws IllegalAccessException {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field f : Rules.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.put((String) f.get(null), f.getName());
      }
    }
    Map<String, String> codes = new LinkedHashMap<>();
    for (Rule r : Validator.defaultRules()) {
      codes.put(r.code(), r.code().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    assertEquals(new TreeMap<>(codes), new TreeMap<>(constants), "constant names are the codes in upper case");
  }
}
