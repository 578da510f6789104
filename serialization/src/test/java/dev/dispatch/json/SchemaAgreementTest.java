package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.figure.Breakdown;
import dev.dispatch.place.CountryCode;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generator;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.time.DateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipped schema and the reader agree (issue 12, item 13): on every example the issue lists,
 * on generated language tags and EDTF strings, and on a set of schema-valid documents that the
 * reader rejects for exactly the reasons docs/json-format.md lists under "Checks the schema
 * cannot express". That everything the writer produces is schema-valid is the property in
 * {@link GeneratedRoundTripTest}.
 */
class SchemaAgreementTest {
  private static final DispatchJson JSON = DispatchJson.create();
  private static final JsonNode SCHEMA = StrictReadingTest.TREES.readTree(DispatchJson.schema());

  private static Pattern pattern(String def) {
    return Pattern.compile(SCHEMA.at("/$defs/" + def + "/pattern").asString());
  }

  private static boolean readerAccepts(String json) {
    try {
      JSON.read(json);
      return true;
    } catch (DispatchJsonException e) {
      return false;
    }
  }

  static Stream<Arguments> bothDecide() {
    return Stream.of(
        Arguments.of("an integral decimal is an integer", "/figures/0/count/number", "11000.0", true),
        Arguments.of("in exponent form too", "/figures/0/count/number", "7.03448e5", true),
        Arguments.of("the version as a decimal", "/version", "1.0", true),
        Arguments.of("a fraction is not", "/figures/0/count/number", "11000.5", false),
        Arguments.of("an unassigned country", "/places/0/country", "\"ZZ\"", false),
        Arguments.of("Kosovo's user-assigned code", "/places/0/country", "\"XK\"", true),
        Arguments.of("an ill-formed language tag", "/language", "\"en-12\"", false),
        Arguments.of("an empty language tag", "/language", "\"\"", false),
        Arguments.of("a day February never has", "/published", "\"2025-02-30\"", false),
        Arguments.of("nor in an unprinted year", "/published", "\"XXXX-02-30\"", false),
        Arguments.of("a day April never has", "/published", "\"2025-04-31\"", false),
        Arguments.of("an interval open at both ends", "/published", "\"../..\"", false),
        Arguments.of("an open end alone", "/published", "\"..\"", false),
        Arguments.of("a date of birth that is not a date", "/prisoners/0/identity",
            "{\"dateOfBirth\":{\"state\":\"known\",\"value\":\"soon\"}}", false),
        Arguments.of("a headline of a no-break space", "/headline", "\"\\u00a0\"", true),
        Arguments.of("a headline of spaces", "/headline", "\" \\u2003 \"", false),
        Arguments.of("a time of day in UTC", "/statements/0/attribution/0/when/time", "\"18:00Z\"", true),
        Arguments.of("a time of day with seconds and an offset", "/statements/0/attribution/0/when/time",
            "\"07:30:15-03:30\"", true),
        Arguments.of("a time of day with a fraction", "/statements/0/attribution/0/when/time", "\"18:00:00.5\"", false),
        Arguments.of("an offset beyond 18 hours", "/statements/0/attribution/0/when/time", "\"18:00+18:30\"", false),
        Arguments.of("an unquantified count", "/figures/2/count", "{\"qualifier\":\"unquantified\"}", true),
        Arguments.of("an unknown count with an estimate", "/figures/2/count",
            "{\"qualifier\":\"unknown\",\"estimate\":5}", false),
        Arguments.of("fewer than none", "/figures/2/count", "{\"qualifier\":\"fewer_than\",\"number\":0}", false),
        Arguments.of("a default written out", "/statements/0/attribution/0/status", "\"stated\"", true),
        Arguments.of("a holder described on a document issued to its carrier",
            "/unlinked/2/shares/0/documents/0/issuedTo", "\"carrier\"", false),
        Arguments.of("injuries of the wounded", "/prisoners/0/particulars",
            "{\"wounded\":\"wounded\",\"injuries\":[\"leg\"]}", true),
        Arguments.of("injuries of the unwounded", "/prisoners/0/particulars",
            "{\"wounded\":\"not_wounded\",\"injuries\":[\"leg\"]}", false),
        Arguments.of("documents of one who carried none", "/prisoners/0/particulars",
            "{\"carriedNoDocuments\":true,\"documents\":[{\"kind\":\"passport\"}]}", false),
        Arguments.of("a reason for an anonymity not given", "/sources/6/reason", "\"policy\"", false),
        Arguments.of("a relative term with a value", "/statements/16/eventTime/relative", "\"earlier\"", false),
        Arguments.of("a duration in persons", "/events/2/duration",
            "{\"length\":{\"qualifier\":\"exactly\",\"number\":2}}", false),
        Arguments.of("a duration in weeks", "/events/2/duration",
            "{\"length\":{\"qualifier\":\"exactly\",\"number\":2,\"unit\":\"weeks\"}}", true),
        Arguments.of("an exchange on a strike", "/events/2/exchange",
            "{\"sides\":[{\"party\":\"russia\"},{\"party\":\"ukraine\"}]}", false),
        Arguments.of("outcomes unspecified and killed", "/figures/2/outcomes", "[\"unspecified\",\"killed\"]", false),
        Arguments.of("a share between two fractions", "/figures/2/relations", "[{\"type\":\"share_of\",\"share\":"
            + "{\"qualifier\":\"between\",\"numerator\":1,\"denominator\":4},\"baseDescription\":\"the troops\"}]",
            false),
        Arguments.of("a share with its whole described", "/figures/2/relations", "[{\"type\":\"share_of\",\"share\":"
            + "{\"qualifier\":\"about\",\"numerator\":1,\"denominator\":4},\"baseDescription\":\"the troops\"}]",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void bothDecide(String name, String pointer, String value, boolean accepted) {
    String json = StrictReadingTest.mutate(pointer, value);
    assertEquals(accepted, StrictReadingTest.schemaErrors(json).isEmpty(), "the schema on " + name);
    assertEquals(accepted, readerAccepts(json), "the reader on " + name);
  }

  /** The writer's output for a headline the model accepts, a no-break space, is schema-valid. */
  @Test
  void whatTheModelAcceptsTheSchemaAccepts() {
    Report r = ReferenceReport.report().withHeadline("\u00a0");
    assertEquals(List.of(), StrictReadingTest.schemaErrors(JSON.write(r)));
  }

  static Stream<Arguments> onlyTheReaderRejects() {
    String breakdown = "[{\"completeness\":\"partial\",\"parts\":[{\"facets\":[%s],\"count\":%s}%s]}]";
    String killed = "{\"type\":\"outcome\",\"outcomes\":[\"killed\"]}";
    String hundred = "{\"qualifier\":\"at_least\",\"number\":100}";
    return Stream.of(
        Arguments.of("references: a dangling id", "/statements/0/attribution/0/source", "\"ghost\"",
            "not there"),
        Arguments.of("references: an id of another kind", "/statements/0/about/0", "{\"kind\":\"figure\",\"id\":\"p1\"}",
            "the id of a figure in this report"),
        Arguments.of("references: an id declared twice", "/statements/1/id", "\"captured\"", "a unique statement id"),
        Arguments.of("references: an organisation its own parent", "/sources/2/parent", "\"sbu\"",
            "must not be the organisation itself"),
        Arguments.of("references: a statement about itself", "/statements/0/about/0",
            "{\"kind\":\"statement\",\"id\":\"captured\"}", "must not refer to the statement itself"),
        Arguments.of("references: a place within itself", "/places/3/within", "\"tuva\"", "must not be the place itself"),
        Arguments.of("references: a place placed relative to itself", "/places/3/position",
            "{\"relation\":\"near\",\"places\":[\"tuva\"]}", "must not place the place relative to itself"),
        Arguments.of("references: a party related to itself", "/parties/0/relations",
            "[{\"kind\":\"allied_with\",\"party\":\"russia\"}]", "must not relate the party to itself"),
        Arguments.of("references: a figure related to itself", "/figures/2/relations",
            "[{\"type\":\"revises\",\"earlier\":\"killed-or-wounded\"}]", "must not relate the figure to itself"),
        Arguments.of("references: a person related to themselves", "/people", "[{\"id\":\"x\",\"description\":"
            + "\"a relative\",\"relationships\":[{\"kind\":\"relative\",\"to\":{\"kind\":\"person\",\"id\":\"x\"}}]}]",
            "must not relate the person to itself"),
        Arguments.of("cycles: a parent chain", null, HostileInputTest.parentChain(3, true), "cycles back to"),
        Arguments.of("cycles: collectives members of each other", null, HostileInputTest.report(
            "{\"type\":\"collective\",\"id\":\"c1\",\"description\":\"some\",\"members\":[\"c2\"]},"
                + "{\"type\":\"collective\",\"id\":\"c2\",\"description\":\"others\",\"members\":[\"c1\"]}", "}"),
            "member chain cycles back to"),
        Arguments.of("cycles: places within each other", null, StrictReadingTest.mutate(
            StrictReadingTest.mutate("/places/2/within", "\"tuva\""), "/places/3/within", "\"russia\""),
            "\"within\" chain cycles back to"),
        Arguments.of("cycles: parties members of each other", null, StrictReadingTest.mutate(StrictReadingTest.mutate(
            "/parties/0/relations", "[{\"kind\":\"member_of\",\"party\":\"ukraine\"}]"), "/parties/1/relations",
            "[{\"kind\":\"part_of\",\"party\":\"russia\"}]"), "chain cycles back to"),
        Arguments.of("cycles: figures revising each other", null, StrictReadingTest.mutate(StrictReadingTest.mutate(
            "/figures/0/relations", "[{\"type\":\"revises\",\"earlier\":\"territory\"}]"), "/figures/1/relations",
            "[{\"type\":\"revises\",\"earlier\":\"deployed\"}]"), "chain cycles back to"),
        Arguments.of("counts: a range upside down", "/figures/0/count",
            "{\"qualifier\":\"between\",\"number\":93,\"rangeEnd\":60}", "Count.rangeEnd"),
        Arguments.of("counts: an estimate outside the bounds", "/figures/0/count",
            "{\"qualifier\":\"between\",\"number\":60,\"rangeEnd\":93,\"estimate\":100}", "Count.estimate"),
        Arguments.of("counts: a noun of more than 64 chars in fewer code points", "/figures/0/count",
            "{\"qualifier\":\"about\",\"number\":1,\"noun\":\"" + "\\ud83d\\ude00".repeat(40) + "\"}", "Count.noun"),
        Arguments.of("counts: a share above its whole", "/figures/2/relations", "[{\"type\":\"share_of\",\"base\":"
            + "\"deployed\",\"share\":{\"qualifier\":\"exactly\",\"numerator\":5,\"denominator\":4}}]",
            "Proportion.numerator"),
        Arguments.of("counts: more than the whole as a share", "/figures/2/relations", "[{\"type\":\"share_of\","
            + "\"base\":\"deployed\",\"share\":{\"qualifier\":\"more_than\",\"numerator\":1,\"denominator\":1}}]",
            "Proportion.numerator"),
        Arguments.of("dates: February 29 of a common year", "/published", "\"2025-02-29\"", "EDTF date"),
        Arguments.of("dates: a date of birth on February 29 of a common year", "/prisoners/0/identity",
            "{\"dateOfBirth\":{\"state\":\"known\",\"value\":\"2023-02-29\"}}", "a date as YYYY-MM-DD"),
        Arguments.of("dates: an interval that ends before it starts", "/published", "\"2025-03-01/2025-02-01\"",
            "EDTF date"),
        Arguments.of("unlinked facts: more shares than prisoners", "/unlinked/0/shares",
            "[{\"wounded\":\"wounded\"},{\"wounded\":\"wounded\"},{\"wounded\":\"wounded\"}]", "UnlinkedFacts.shares"),
        Arguments.of("parts: a part above its whole", "/figures/1/breakdowns",
            String.format(breakdown, "{\"type\":\"status\",\"status\":\"civilians\"}",
                "{\"qualifier\":\"at_least\",\"number\":2000,\"unit\":\"km2\"}", ""),
            "exceeds the whole's upper bound"),
        Arguments.of("parts: a part in another unit than its whole", "/figures/1/breakdowns",
            String.format(breakdown, killed, hundred, ""), "expected the whole's unit"),
        Arguments.of("parts: two parts with the same facets", "/figures/2/breakdowns",
            String.format(breakdown, killed, hundred, ",{\"facets\":[" + killed + "],\"count\":" + hundred + "}"),
            "must not hold two parts with the same facets"),
        Arguments.of("parts: two facets of one dimension", "/figures/2/breakdowns",
            String.format(breakdown, killed + "," + killed.replace("killed", "wounded"), hundred, ""),
            "must not hold two facets of dimension OUTCOME"),
        Arguments.of("parts: nested deeper than 32", null, HostileInputTest.nestedParts(Breakdown.MAX_DEPTH + 1),
            "expected parts nested at most 32 deep"),
        Arguments.of("parts: more than 10,000 in a figure", "/figures/2/breakdowns", manyParts(Breakdown.MAX_PARTS + 1),
            "expected at most 10000 parts"),
        Arguments.of("texts: duplicates only the model sees: a default written out", "/figures/0/attributions",
            "[[{\"source\":\"assessments\",\"mode\":\"assessment\"}],"
                + "[{\"source\":\"assessments\",\"mode\":\"assessment\",\"status\":\"stated\"}]]",
            "Figure.attributions: must be distinct"),
        Arguments.of("events: an exchange between a party and itself", "/events/2",
            "{\"id\":\"swap\",\"kind\":\"prisoner_exchange\",\"exchange\":{\"sides\":[{\"party\":\"russia\"},"
                + "{\"party\":\"russia\"}]}}", "Exchange.sides"),
        Arguments.of("a URL that java.net.URI does not parse", "/url", "\"https://exa mple.org/\"", "expected a URI"),
        Arguments.of("read limits: a string longer than the limit", "/headline",
            "\"" + "x".repeat(Limits.defaults().maxStringLength() + 1) + "\"", "the limit on string length"));
  }

  /** A partial breakdown of {@code n} parts, each a label of its own and a count the text does not give. */
  private static String manyParts(int n) {
    StringBuilder s = new StringBuilder("[{\"completeness\":\"partial\",\"parts\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"facets\":[{\"type\":\"label\",\"name\":\"n\",\"value\":\"")
          .append(i).append("\"}],\"count\":{\"qualifier\":\"unknown\"}}");
    }
    return s.append("]}]").toString();
  }

  /**
   * Each document is valid under the schema, and the reader rejects it for the listed reason
   * (docs/json-format.md, "Checks the schema cannot express"). A null pointer means the value is
   * the whole document.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void onlyTheReaderRejects(String name, String pointer, String value, String reason) {
    String json = pointer == null ? value : StrictReadingTest.mutate(pointer, value);
    assertEquals(List.of(), StrictReadingTest.schemaErrors(json), name);
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> JSON.read(json), name);
    assertTrue(e.getMessage().contains(reason), e.getMessage().substring(0, Math.min(300, e.getMessage().length())));
  }

  /** Random tags from real subtag shapes: the schema's pattern and the model agree on each. */
  @Test
  void propertyLanguageTagsAgree() {
    String[] pieces = {"en", "EN", "zh", "deu", "x", "i", "Latn", "GB", "419", "12", "1996", "fonipa", "a", "u", "ca",
        "gregory", "abcdefghi", "klingon", "oed", "yue", "ab1", "", "-", "sl", "rozaj", "biske", "Q", "0", "sgn", "BE"};
    Pattern tag = pattern("languageTag");
    Generator<String> tags = r -> {
      int n = (int) r.next(1, 5);
      StringBuilder s = new StringBuilder(pieces[(int) r.next(0, pieces.length - 1)]);
      for (int i = 1; i < n; i++) {
        s.append('-').append(pieces[(int) r.next(0, pieces.length - 1)]);
      }
      return s.toString();
    };
    List<String> disagree = new ArrayList<>();
    qt().withExamples(20_000).forAll(gen(tags)).checkAssert(t -> {
      boolean model = modelAccepts(t);
      if (model != tag.matcher(t).matches() && !duplicateSubtag(t)) {
        disagree.add(t + (model ? " (model accepts)" : " (schema accepts)"));
      }
    });
    assertEquals(List.of(), disagree.stream().distinct().limit(20).toList());
  }

  /** The one difference, documented: a variant or extension given twice ("de-1996-1996") only the reader refuses. */
  private static boolean duplicateSubtag(String tag) {
    Set<String> seen = new TreeSet<>();
    String[] parts = tag.toLowerCase(Locale.ROOT).split("-", -1);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() >= 4 || parts[i].length() == 1) {
        if (!seen.add(parts[i])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean modelAccepts(String tag) {
    try {
      Copies.report(ReferenceReport.report()).language(tag).build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Random strings of EDTF's shapes: where the schema rejects, the reader rejects; where only the reader does, for a listed reason. */
  @Test
  void propertyEdtfAgrees() {
    String[] dates = {"2025", "0000", "9999", "XXXX", "2024-02-29", "2025-02-29", "2025-02-28", "2025-02-30", "2025-04-31",
        "2025-04-30", "2025-12-31", "2025-13", "2025-00", "2025-21", "2025-24", "2025-25", "XXXX-02-29", "XXXX-12-25",
        "2025-01-32", "2025-1", "202", "..", "2025-06"};
    String[] marks = {"", "", "?", "~", "%", "!"};
    Pattern edtf = pattern("edtf");
    Generator<String> values = r -> {
      String a = dates[(int) r.next(0, dates.length - 1)] + marks[(int) r.next(0, marks.length - 1)];
      if (r.next(0, 1) == 0) {
        return a;
      }
      return a + "/" + dates[(int) r.next(0, dates.length - 1)] + marks[(int) r.next(0, marks.length - 1)];
    };
    List<String> disagree = new ArrayList<>();
    qt().withExamples(20_000).forAll(gen(values)).checkAssert(v -> {
      boolean schema = edtf.matcher(v).matches();
      boolean reader = parses(v);
      if ((reader && !schema) || (schema && !reader && !v.contains("02-29") && !reversed(v))) {
        disagree.add(v + (reader ? " (reader accepts)" : " (schema accepts)"));
      }
    });
    assertEquals(List.of(), disagree.stream().distinct().limit(20).toList());
  }

  private static boolean parses(String v) {
    try {
      DateValue.parse(v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An interval both of whose ends parse alone: it was refused for its order. */
  private static boolean reversed(String v) {
    String[] ends = v.split("/", -1);
    return ends.length == 2 && !ends[0].equals("..") && !ends[1].equals("..") && parses(ends[0]) && parses(ends[1]);
  }

  @Test
  void theSchemaUsesTheReadersOwnDefinitions() {
    assertEquals(ProtectedCodec.DATE_PATTERN,
        SCHEMA.at("/$defs/protectedDate/allOf/1/properties/value/pattern").asString());
    assertEquals(DateCodec.TIME_PATTERN, SCHEMA.at("/$defs/clockTime/pattern").asString());
    Set<String> countries = new TreeSet<>();
    SCHEMA.at("/$defs/country/enum").forEach(c -> countries.add(c.asString()));
    assertEquals(new TreeSet<>(CountryCode.codes()), countries);
    assertTrue(countries.contains("XK"));
    assertFalse(pattern("text").matcher("\u2003 \t").find());
    assertTrue(pattern("text").matcher("\u00a0").find());
  }

  /** Random times of day and offsets: the schema's pattern and the reader agree on each. */
  @Test
  void propertyTimesOfDayAgree() {
    String[] times = {"00:00", "18:00", "23:59", "24:00", "7:30", "07:30:15", "07:30:60", "12:60", "18:00:00.5", "18",
        "", "18:00:00"};
    String[] offsets = {"", "", "Z", "z", "+00:00", "-00:00", "+02:00", "-03:30", "+18:00", "-18:00", "+18:01", "+19:00",
        "+05:30:15", "+2", "+0200", "UTC", "+01:60"};
    Pattern time = pattern("clockTime");
    Generator<String> values = r -> times[(int) r.next(0, times.length - 1)] + offsets[(int) r.next(0, offsets.length - 1)];
    List<String> disagree = new ArrayList<>();
    qt().withExamples(5_000).forAll(gen(values)).checkAssert(v -> {
      boolean reader = readerAccepts(StrictReadingTest.mutate("/statements/0/attribution/0/when/time", "\"" + v + "\""));
      if (reader != time.matcher(v).matches()) {
        disagree.add(v + (reader ? " (reader accepts)" : " (schema accepts)"));
      }
    });
    assertEquals(List.of(), disagree.stream().distinct().limit(20).toList());
  }
}
