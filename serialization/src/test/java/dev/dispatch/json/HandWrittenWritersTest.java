package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.ReferenceReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tables written by hand ({@link Table.Writer}) write exactly what their loops over the rows
 * write, byte for byte: in both views, and with unknown properties preserved inside every object,
 * including objects equal to their defaults, which are written only because they carry some.
 */
class HandWrittenWritersTest {
  private final DispatchJson json = DispatchJson.create();

  @Test
  void propertyHandWrittenTablesWriteWhatTheirRowsWrite() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      for (View view : View.values()) {
        assertEquals(write(r, view, Unknowns.NONE, true), write(r, view, Unknowns.NONE, false));
      }
      Preserved<Report> preserved = json.readPreserving(withUnknownsEverywhere(json.write(r, View.INTERNAL)));
      assertEquals(write(r, View.INTERNAL, preserved.unknowns(), true),
          write(r, View.INTERNAL, preserved.unknowns(), false));
    });
  }

  @Test
  void theReferenceReportToo() {
    Report r = ReferenceReport.report();
    String byRows = write(r, View.PUBLIC, Unknowns.NONE, true);
    assertEquals(byRows, write(r, View.PUBLIC, Unknowns.NONE, false));
    assertEquals(json.write(r), byRows);
    Preserved<Report> preserved = json.readPreserving(withUnknownsEverywhere(json.write(r, View.INTERNAL)));
    String kept = write(r, View.INTERNAL, preserved.unknowns(), false);
    assertEquals(write(r, View.INTERNAL, preserved.unknowns(), true), kept);
    assertNotEquals(json.write(r, View.INTERNAL), kept, "the unknown properties are written back");
    assertTrue(kept.contains("\"identity\":{\"x-kept\":1}"), "a default identity carrying one is written");
  }

  @Test
  void aWriterThatNamesAPropertyNotInItsTableIsRefusedWhenTheTableIsBuilt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Table.of("a test", Object::new,
            (Object o) -> "x")
        .required("a", (String s) -> s, Codec.STRING, (o, v) -> { })
        .writtenBy(n -> {
          n.of("b");
          return (s, g, w) -> { };
        })
        .build());
    assertEquals("a test: its writer names \"b\", which is not in its table", e.getMessage());
  }

  /** Written through the codecs with a plain generator, the rows' loop forced or not. */
  private String write(Report r, View view, Unknowns unknowns, boolean byRows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = json.mapper().createGenerator(out)) {
      ReportCodec.INSTANCE.write(r, g, new WriteState(view, unknowns, byRows));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The document with an unknown property in every object, and in a default identity and
   * particulars added to every prisoner that has none.
   */
  private String withUnknownsEverywhere(String document) {
    JsonNode root = json.mapper().readTree(document);
    root.path("prisoners").forEach(p -> {
      for (String name : new String[] {"identity", "particulars"}) {
        if (!p.has(name)) {
          ((ObjectNode) p).set(name, json.mapper().createObjectNode());
        }
      }
    });
    mark(root);
    return json.mapper().writeValueAsString(root);
  }

  private static void mark(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        mark(e.getValue());
      }
      o.put("x-kept", 1);
    } else if (node instanceof ArrayNode a) {
      a.forEach(HandWrittenWritersTest::mark);
    }
  }
}
