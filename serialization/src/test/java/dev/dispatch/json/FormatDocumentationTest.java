package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs, the JSON Schema and docs/json-format.md describe the same format: every object the
 * codecs write has, at the same place in the schema, the same properties, the same required ones
 * and the same enumeration values; every property and enumeration value of the schema is
 * documented; docs/ carries the shipped schema.
 */
class FormatDocumentationTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(DispatchJson.schema());

  @Test
  void everySchemaPropertyAndValueIsDocumented() throws IOException {
    assumeTrue(Files.isDirectory(DOCS), "run from the module directory of a checkout");
    String doc = Files.readString(DOCS.resolve("json-format.md"), StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    Set<String> values = new TreeSet<>();
    collect(SCHEMA, names, values);
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!doc.contains("`" + name + "`")) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, "properties in the schema but not in docs/json-format.md");
    List<String> undocumented = new ArrayList<>();
    for (String value : values) {
      if (!doc.contains("`" + value + "`")) {
        undocumented.add(value);
      }
    }
    assertEquals(List.of(), undocumented, "enumeration values in the schema but not in docs/json-format.md");
    assertTrue(names.size() > 150, names.toString());
  }

  /** Property names anywhere under "properties"; enumeration values but country codes (listed by reference). */
  private static void collect(JsonNode node, Set<String> names, Set<String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("properties")) {
          e.getValue().propertyNames().forEach(names::add);
        }
        if (e.getKey().equals("enum") && !node.equals(SCHEMA.at("/$defs/country"))) {
          e.getValue().forEach(v -> values.add(v.asString()));
        }
        collect(e.getValue(), names, values);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names, values));
    }
  }

  @Test
  void theSchemaInDocsIsTheShippedOne() throws IOException {
    assumeTrue(Files.isDirectory(DOCS), "run from the module directory of a checkout");
    assertEquals(DispatchJson.schema(), Files.readString(DOCS.resolve("report-v1.schema.json"), StandardCharsets.UTF_8));
  }

  /**
   * Walks the codecs from the report's table and the schema from its root side by side: each
   * table's property names and required names are the schema object's at the same place, each
   * union's variants are the schema's branches by discriminator value, each enumeration's wire
   * names are the schema's enum. So no property, variant or value is in one and not the other.
   */
  @Test
  void theCodecsAndTheSchemaDescribeTheSameObjects() {
    List<String> problems = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    walk(ReportCodec.INSTANCE, SCHEMA, "", problems, visited);
    assertEquals(List.of(), problems);
    assertTrue(visited.size() > 60, "walked " + visited.size() + " objects");
  }

  private static void walk(Codec<?> codec, JsonNode at, String path, List<String> problems, Set<String> visited) {
    JsonNode node = resolve(at);
    if (!visited.add(System.identityHashCode(codec) + "@" + System.identityHashCode(node))) {
      return;
    }
    if (codec instanceof Table<?, ?> table) {
      object(table, node, node.path("properties"), node.path("required"), Set.of(), path, problems, visited);
    } else if (codec instanceof Union<?, ?> union) {
      Map<String, JsonNode> branches = new LinkedHashMap<>();
      for (JsonNode branch : node.path("oneOf")) {
        branches.put(branch.at("/properties/" + union.discriminator() + "/const").asString(), branch);
      }
      if (!branches.keySet().equals(union.variants().keySet())) {
        problems.add(path + ": variants " + union.variants().keySet() + ", in the schema " + branches.keySet());
      }
      union.variants().forEach((tag, table) -> {
        JsonNode branch = branches.get(tag);
        if (branch != null) {
          Set<String> required = new TreeSet<>();
          node.path("required").forEach(r -> required.add(r.asString()));
          branch.path("required").forEach(r -> required.add(r.asString()));
          // Strictness is said in each branch (sources, facets) or once for all (protected values).
          object(table, branch.has("additionalProperties") ? branch : node, branch.path("properties"), required,
              Set.of(union.discriminator()), path + "(" + tag + ")", problems, visited);
        }
      });
    } else if (codec.inner() != null) {
      Codec<?> inner = codec.inner();
      walk(inner, "array".equals(node.path("type").asString()) ? node.path("items") : node, path, problems, visited);
    } else if (codec.constants() != null) {
      Set<String> schema = new TreeSet<>();
      node.path("enum").forEach(v -> schema.add(v.asString()));
      if (!schema.equals(new TreeSet<>(codec.constants()))) {
        problems.add(path + ": values " + codec.constants() + ", in the schema " + schema);
      }
    }
  }

  private static void object(Table<?, ?> table, JsonNode strictness, JsonNode properties, Iterable<?> required,
      Set<String> discriminator, String path, List<String> problems, Set<String> visited) {
    Set<String> names = new TreeSet<>(table.names());
    names.addAll(discriminator);
    Set<String> schemaNames = new TreeSet<>();
    properties.propertyNames().forEach(schemaNames::add);
    if (!names.equals(schemaNames)) {
      problems.add(path + ": properties " + names + ", in the schema " + schemaNames);
    }
    if (!strictness.path("additionalProperties").isBoolean() || strictness.path("additionalProperties").asBoolean()) {
      problems.add(path + ": the schema allows properties the reader does not know");
    }
    Set<String> requiredNames = new TreeSet<>(table.requiredNames());
    requiredNames.addAll(discriminator);
    Set<String> schemaRequired = new TreeSet<>();
    required.forEach(r -> schemaRequired.add(r instanceof JsonNode n ? n.asString() : r.toString()));
    if (!requiredNames.equals(schemaRequired)) {
      problems.add(path + ": required " + requiredNames + ", in the schema " + schemaRequired);
    }
    for (Table.Row<?, ?, ?> row : table.rows()) {
      JsonNode property = properties.path(row.name());
      if (property.isMissingNode()) {
        continue;
      }
      if (row.isArray()) {
        JsonNode array = resolve(property);
        if (!"array".equals(array.path("type").asString())) {
          problems.add(path + "/" + row.name() + ": an array, in the schema not one");
          continue;
        }
        property = array.path("items");
      }
      walk(row.codec(), property, path + "/" + row.name(), problems, visited);
    }
  }

  /** Follows "$ref", and the first part of an "allOf" (the schema's way to narrow a shared definition). */
  private static JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 10; i++) {
      if (n.has("$ref")) {
        n = SCHEMA.at(n.get("$ref").asString().substring(1));
      } else if (n.has("allOf") && !n.has("properties")) {
        n = n.get("allOf").get(0);
      } else {
        return n;
      }
    }
    return n;
  }
}
