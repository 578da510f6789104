package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.id.EventId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.person.Individual;
import dev.dispatch.id.ReportId;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A pipeline on this version does not strip what a newer version wrote, and changes nothing in transit. */
class PreservationTest {
  private final DispatchJson json = DispatchJson.create();
  private final JsonMapper trees = JsonMapper.builder().build();
  private final Report reference = ReferenceReport.report();
  private final String figure = reference.figures().get(2).id().value();
  private final String statement = reference.statements().get(16).id().value();

  private String newerDocument() {
    String withRoot = StrictReadingTest.mutate("/confidence", "{\"model\":\"v2\",\"score\":0.8}");
    JsonNode tree = trees.readTree(withRoot);
    ((ObjectNode) tree.at("/figures/2/count")).put("standardError", 120);
    ((ObjectNode) tree.at("/statements/16/attribution/1")).putArray("tags").add("relay");
    ((ObjectNode) tree.at("/figures/0/attributions/0/0")).put("weight", 2);
    ((ObjectNode) tree.at("/parties/2")).put("flag", "red");
    ((ObjectNode) tree.at("/events/2/actors/0")).put("confidence", "low");
    return trees.writeValueAsString(tree);
  }

  @Test
  void unknownPropertiesAreWrittenBackUnchangedInTheInternalView() {
    String newer = newerDocument();
    Preserved<Report> read = json.readPreserving(newer);
    assertEquals(reference, read.value());
    // Keyed by the ids of the elements on the way, not by array indexes (issue 12, item 8).
    assertEquals(Map.of("standardError", "120"), read.unknown().get("/figures/@" + figure + "/count"));
    assertEquals(Map.of("tags", "[\"relay\"]"), read.unknown().get("/statements/@" + statement + "/attribution/1"));
    // An element of an array in an array: a figure's first attribution's origin.
    assertEquals(Map.of("weight", "2"), read.unknown().get("/figures/@deployed/attributions/0/0"));
    assertEquals(Map.of("flag", "\"red\""), read.unknown().get("/parties/@north-korean-army"));
    assertEquals(Map.of("confidence", "\"low\""), read.unknown().get("/events/@strike/actors/0"));
    assertEquals(Map.of("confidence", "{\"model\":\"v2\",\"score\":0.8}"), read.unknown().get(""));
    assertEquals(trees.readTree(newer), trees.readTree(json.write(read, View.INTERNAL)));
  }

  /** Issue 12, item 7: an unknown property may be protected data the reader cannot recognise. */
  /**
   * Found by fuzzing {@code writePreserved}: a value equal to its default (an identity with nothing
   * known) is omitted when written, and took the unknown properties kept inside it along.
   */
  @Test
  void anObjectEqualToItsDefaultIsWrittenWhenItCarriesUnknownProperties() {
    String doc = "{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"r\",\"headline\":\"h\","
        + "\"publisher\":\"p\",\"language\":\"en\",\"people\":[{\"id\":\"person0\",\"description\":\"his brother\","
        + "\"identity\":{\"nickname\":\"x\"}}]}";
    Preserved<Report> read = json.readPreserving(doc);
    assertEquals(Map.of("nickname", "\"x\""), read.unknown().get("/people/@person0/identity"));
    String written = json.write(read, View.INTERNAL);
    assertTrue(written.contains("\"identity\":{\"nickname\":\"x\"}"), written);
    assertEquals(read.unknown(), json.readPreserving(written).unknown());
    assertFalse(json.write(read.value(), View.INTERNAL).contains("identity"), "without it, the default is omitted");
  }

  @Test
  void thePublicViewWritesNoUnknownProperty() {
    String newer = newerDocument().replace("\"particulars\":{", "\"particulars\":{\"alias\":{\"state\":\"known\","
        + "\"value\":\"Pak Aliasname\"},");
    Preserved<Report> read = json.readPreserving(newer);
    String publicView = json.write(read, View.PUBLIC);
    assertFalse(publicView.contains("Aliasname"), publicView);
    assertFalse(publicView.contains("standardError"), publicView);
    assertEquals(json.write(read.value()), publicView);
    assertTrue(json.write(read, View.INTERNAL).contains("Aliasname"));
  }

  /**
   * Item 11: a preserved report has a public view of its own, safe to hand on: its report redacted
   * and no unknown property. Redacting only the value (with) keeps unknown properties, which the
   * internal view writes back; toString never shows them either way.
   */
  @Test
  void aPreservedReportHasARedactedView() {
    String doc = json.write(Fixtures.withKnownProtectedValues(), View.INTERNAL)
        .replace("\"state\":\"known\",", "\"latin\":\"PAK ALIASNAME\",\"state\":\"known\",")
        .replace("\"particulars\":{", "\"particulars\":{\"nickname\":{\"state\":\"known\",\"value\":\"Cholie Secret\"},");
    Preserved<Report> read = json.readPreserving(doc);
    List<String> secrets = new ArrayList<>(Fixtures.SECRETS);
    secrets.addAll(List.of("PAK ALIASNAME", "Cholie Secret", "latin", "nickname"));
    // Redacting the value only: the unknown properties are still there for the internal view.
    String valueOnly = json.write(read.with(read.value().redacted()), View.INTERNAL);
    assertTrue(valueOnly.contains("Cholie Secret") && valueOnly.contains("PAK ALIASNAME"), "with keeps them");
    Preserved<Report> redacted = read.redacted();
    assertEquals(read.value().redacted(), redacted.value());
    assertEquals(Map.of(), redacted.unknown());
    String publicView = json.write(read, View.PUBLIC);
    assertEquals(publicView, json.write(redacted, View.INTERNAL));
    assertEquals(publicView, json.write(redacted, View.PUBLIC));
    for (String text : List.of(json.write(redacted, View.INTERNAL), redacted.toString(), read.toString(),
        redacted.unknown().toString())) {
      for (String secret : secrets) {
        assertFalse(text.contains(secret), () -> "shows " + secret + ": " + text);
      }
    }
    assertTrue(read.toString().contains("unknown properties at "), read.toString());
  }

  @Test
  void withoutPreservationTheyAreRejected() {
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.read(newerDocument()));
    assertTrue(e.getMessage().contains("unknown property"), e.getMessage());
  }

  @Test
  void anEditedValueKeepsTheUnknownPropertiesOfObjectsThatRemain() {
    Preserved<Report> read = json.readPreserving(newerDocument());
    Report edited = read.value().withHeadline("Corrected headline");
    JsonNode written = trees.readTree(json.write(read.with(edited), View.INTERNAL));
    assertEquals("Corrected headline", written.at("/headline").asString());
    assertEquals(120, written.at("/figures/2/count/standardError").asInt());
    assertEquals("v2", written.at("/confidence/model").asString());
  }

  /**
   * Issue 12, item 8: each prisoner's unknown properties (here before its {@code "id"}, and inside
   * its particulars) follow it when the list is reordered, and leave with it when it is removed.
   */
  @Test
  void reorderingOrRemovingElementsKeepsEachOnesOwnUnknownProperties() {
    List<Prisoner> prisoners = new ArrayList<>();
    for (String id : List.of("p1", "p2", "p3")) {
      prisoners.add(Prisoner.builder().id(PrisonerId.of(id)).particulars(Particulars.builder().addInjuries("leg").build())
          .build());
    }
    Report three = Report.builder().id(ReportId.of("r")).headline("H").publisher("P").language("en")
        .prisoners(prisoners).build();
    String doc = json.write(three);
    for (Prisoner p : prisoners) {
      String id = p.id().value();
      String open = "{\"id\":\"" + id + "\",\"particulars\":{";
      assertTrue(doc.contains(open), doc);
      doc = doc.replace(open, "{\"note\":\"about " + id + "\",\"particulars\":{\"grade\":\"R" + id + "\",\"injuries\":[\"leg\"]},"
          + "\"id\":\"" + id + "\",\"x\":{");
    }
    doc = doc.replace(",\"x\":{\"injuries\":[\"leg\"]}", "");
    Preserved<Report> read = json.readPreserving(doc);
    assertEquals(three, read.value());
    assertEquals(Map.of("grade", "\"Rp2\""), read.unknown().get("/prisoners/@p2/particulars"));
    List<Prisoner> reversed = new ArrayList<>(prisoners);
    Collections.reverse(reversed);
    JsonNode written = trees.readTree(json.write(read.with(Copies.report(three).prisoners(reversed).build()),
        View.INTERNAL));
    assertEquals("p3", written.at("/prisoners/0/id").asString());
    for (JsonNode p : written.at("/prisoners")) {
      assertEquals("about " + p.at("/id").asString(), p.at("/note").asString());
      assertEquals("R" + p.at("/id").asString(), p.at("/particulars/grade").asString());
    }
    String removed = json.write(read.with(Copies.report(three).prisoners(List.of(prisoners.get(0),
        prisoners.get(2))).build()), View.INTERNAL);
    assertFalse(removed.contains("p2"), removed);
    assertTrue(removed.contains("about p3") && removed.contains("Rp3"), removed);
  }

  /**
   * Parties, people and events are elements with ids too: each keeps its own unknown properties
   * (and those of what it holds) when the lists are reordered.
   */
  @Test
  void partiesPeopleAndEventsKeepTheirOwnWhenReordered() {
    Report exchange = java.util.Objects.requireNonNull(dev.dispatch.testkit.Fixtures.all().get("prisonerExchange"));
    Report report = Copies.report(exchange).addEvents(Event.builder().id(EventId.of("talks")).kind(EventKind.OTHER)
            .label("talks").build())
        .addPeople(Individual.builder().id(PersonId.of("mother")).description("a mother").build(),
            Individual.builder().id(PersonId.of("lawyer")).description("a lawyer").build())
        .build();
    JsonNode tree = trees.readTree(json.write(report, View.INTERNAL));
    for (String list : List.of("parties", "events", "people")) {
      int i = 0;
      for (JsonNode element : tree.at("/" + list)) {
        ((ObjectNode) element).put("tag", list + ":" + element.at("/id").asString() + ":" + i++);
      }
    }
    Preserved<Report> read = json.readPreserving(trees.writeValueAsString(tree));
    Report reordered = Copies.report(report).parties(reversed(report.parties())).events(reversed(report.events()))
        .people(reversed(report.people())).build();
    JsonNode written = trees.readTree(json.write(read.with(reordered), View.INTERNAL));
    int tagged = 0;
    for (String list : List.of("parties", "events", "people")) {
      for (JsonNode element : written.at("/" + list)) {
        assertTrue(element.at("/tag").asString().startsWith(list + ":" + element.at("/id").asString() + ":"),
            element.toString());
        tagged++;
      }
    }
    assertEquals(report.parties().size() + report.events().size() + report.people().size(), tagged);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /** Issue 12, item 10: unknown numbers keep their decimal text, not a double's. */
  @Test
  void unknownNumbersAreKeptExactly() {
    List<String> numbers = List.of("1e400", "0.10000000000000000555111512312", "-1e-400", "-0.0",
        "123456789012345678901234567890", "1.0", "7.03448e5", "-0");
    StringBuilder extra = new StringBuilder("\"numbers\":[");
    for (int i = 0; i < numbers.size(); i++) {
      extra.append(i == 0 ? "" : ",").append(numbers.get(i));
    }
    extra.append("],\"nested\":{\"a\":[{\"b\":1E+2}],\"c\":null,\"d\":true,\"e\":false},");
    String doc = "{" + extra + json.write(reference).substring(1);
    Preserved<Report> read = json.readPreserving(doc);
    String back = json.write(read, View.INTERNAL);
    assertTrue(back.contains("\"numbers\":[" + String.join(",", numbers) + "]"), back);
    assertTrue(back.contains("\"nested\":{\"a\":[{\"b\":1E+2}],\"c\":null,\"d\":true,\"e\":false}"), back);
    assertEquals(read.unknown(), json.readPreserving(back).unknown());
  }

  /** Issue 12, item 11: a lone surrogate in an unknown string is written back, escaped, and reads back the same. */
  @Test
  void loneSurrogatesAndEscapesAreWrittenBack() {
    String doc = "{\"x\":\"\\ud800\",\"y\":\"\\udc00a\\\"q\\u0001\\n\\u2028\","
        + json.write(reference).substring(1);
    Preserved<Report> read = json.readPreserving(doc);
    String back = json.write(read, View.INTERNAL);
    assertTrue(back.contains("\"x\":\"\\ud800\""), back);
    assertEquals(read.unknown(), json.readPreserving(back).unknown());
    assertEquals("\"\\ud800\"", java.util.Objects.requireNonNull(read.unknown().get("")).get("x"));
    // In a property name, Jackson's parser refuses one: a located error, never a raw exception.
    DispatchJsonException name = assertThrows(DispatchJsonException.class,
        () -> json.readPreserving("{\"\\ud801\":1," + json.write(reference).substring(1)));
    assertTrue(name.line().isPresent(), name.getMessage());
  }

  /**
   * Item 12: what a preserved document holds is proportional to the document. A hundred thousand
   * links thirty parts deep, each with an unknown property, are read and written back in a JVM with
   * a 128 MB heap; with one key string per object (each about 650 chars here) the keys alone took
   * 130 MB. Looking a deep key up, and iterating the keys, still work.
   */
  @Test
  void preservedKeysShareTheirPrefixes() throws Exception {
    assertEquals("kept 100000 objects' unknown properties, wrote true",
        NdjsonMemoryTest.run(PreservedMemoryCheck.class, "128m", "100000", "30"));
    Preserved<Report> small = json.readPreserving(PreservedMemoryCheck.document(3, 30));
    String key = "/figures/@f/breakdowns/0/parts/0" + "/breakdowns/0/parts/0".repeat(30) + "/attributions/0/2";
    assertEquals(Map.of("u", "1"), small.unknown().get(key));
    assertEquals(List.of(key.substring(0, key.length() - 1) + "0", key.substring(0, key.length() - 1) + "1", key),
        new ArrayList<>(small.unknown().keySet()));
    assertEquals(null, small.unknown().get(key + "/x"));
    assertEquals(null, small.unknown().get("figures"));
    assertThrows(UnsupportedOperationException.class, () -> small.unknown().clear());
  }

  @Test
  void duplicateNamesInsideUnknownValuesAreRejected() {
    String doc = "{\"x\":{\"a\":1,\"b\":2,\"a\":3}," + json.write(reference).substring(1);
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> json.readPreserving(doc));
    assertEquals("", e.pointer(), "an unknown name is not shown: the pointer is the object's");
    assertEquals(19, e.column().getAsLong(), e.getMessage());
    assertTrue(e.getMessage().contains("each property at most once"), e.getMessage());
  }
}
