package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A pipeline on this version does not strip what a newer version wrote. */
class PreservationTest {
  private final DispatchJson json = DispatchJson.create();
  private final JsonMapper trees = JsonMapper.builder().build();

  private String newerDocument() {
    String json1 = json.write(ReferenceReport.report());
    String withRoot = StrictReadingTest.mutate("/confidence", "{\"model\":\"v2\",\"score\":0.8}");
    JsonNode tree = trees.readTree(withRoot);
    ((tools.jackson.databind.node.ObjectNode) tree.at("/figures/2/count")).put("standardError", 120);
    ((tools.jackson.databind.node.ObjectNode) tree.at("/statements/16/attribution/via")).putArray("tags").add("relay");
    assertTrue(json1.length() > 0);
    return trees.writeValueAsString(tree);
  }

  @Test
  void unknownPropertiesAreWrittenBackUnchanged() {
    String newer = newerDocument();
    Preserved<Report> read = json.readPreserving(newer);
    assertEquals(ReferenceReport.report(), read.value());
    assertEquals(Map.of("standardError", "120"), read.unknown().get("/figures/2/count"));
    String written = json.write(read, View.PUBLIC);
    assertEquals(trees.readTree(newer), trees.readTree(written));
  }

  @Test
  void withoutPreservationTheyAreRejected() {
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(newerDocument()));
    assertTrue(e.getMessage().contains("unknown property"), e.getMessage());
  }

  @Test
  void anEditedValueKeepsTheUnknownPropertiesOfObjectsThatRemain() {
    Preserved<Report> read = json.readPreserving(newerDocument());
    Report edited = Report.builder().from(read.value()).headline("Corrected headline").build();
    JsonNode written = trees.readTree(json.write(read.with(edited), View.PUBLIC));
    assertEquals("Corrected headline", written.at("/headline").asString());
    assertEquals(120, written.at("/figures/2/count/standardError").asInt());
    assertEquals("v2", written.at("/confidence/model").asString());
  }
}
