package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/json-format.md documents every property of the schema, and docs/ carries the shipped schema. */
class FormatDocumentationTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void everySchemaPropertyIsDocumented() throws IOException {
    assumeTrue(Files.isDirectory(DOCS), "run from the module directory of a checkout");
    String doc = Files.readString(DOCS.resolve("json-format.md"), StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    collect(JsonMapper.builder().build().readTree(DispatchJson.schema()), names);
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!doc.contains("`" + name + "`")) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, "properties in the schema but not in docs/json-format.md");
    assertEquals(true, names.size() > 60, names.toString());
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("properties")) {
          e.getValue().propertyNames().forEach(names::add);
        }
        collect(e.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names));
    }
  }

  @Test
  void theSchemaInDocsIsTheShippedOne() throws IOException {
    assumeTrue(Files.isDirectory(DOCS), "run from the module directory of a checkout");
    assertEquals(DispatchJson.schema(), Files.readString(DOCS.resolve("report-v1.schema.json"), StandardCharsets.UTF_8));
  }
}
