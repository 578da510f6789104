package dev.dispatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.phrase.CountPhrases;
import dev.dispatch.phrase.DatePhrases;
import dev.dispatch.phrase.PhraseException;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Protected;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Edges of the invariants and helpers, one at a time: each test would fail if the edge moved. */
class BoundariesTest {

  static void rejects(String message, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(message, e.getMessage());
  }

  @Test
  void idSyntaxEdges() {
    assertEquals(64, SourceId.of("a".repeat(64)).value().length());
    assertThrows(IllegalArgumentException.class, () -> SourceId.of("a".repeat(65)));
    assertThrows(IllegalArgumentException.class, () -> SourceId.of(""));
    for (String ok : List.of("a", "z", "A", "Z", "0", "9", "a.b", "a_b", "a:b", "a-b", "Az09")) {
      assertEquals(ok, SourceId.of(ok).value());
    }
    for (String bad : List.of("@", "[", "`", "{", "/", ":", "a/b", "a b", "a@b", "a[b", "a`b", "a{b", "-a", ".a", "é")) {
      assertThrows(IllegalArgumentException.class, () -> SourceId.of(bad), bad);
    }
    assertEquals("report", ReportId.of("r").kind());
    assertEquals("r", ReportId.of("r").toString());
  }

  @Test
  void coordinateEdges() {
    Coordinates.of(90, 180, GeoPrecision.EXACT);
    Coordinates.of(-90, -180, GeoPrecision.EXACT);
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(90.0001, 0, GeoPrecision.EXACT));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(-90.0001, 0, GeoPrecision.EXACT));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(0, 180.0001, GeoPrecision.EXACT));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(0, -180.0001, GeoPrecision.EXACT));
    assertEquals(GeoPrecision.REGION, Coordinates.of(1, 2, GeoPrecision.REGION).precision());
  }

  @Test
  void countEdges() {
    assertEquals(Count.MAX, Count.exactly(Count.MAX).number().getAsLong());
    assertEquals(Count.MAX, Count.between(0, Count.MAX).rangeEnd().getAsLong());
    assertThrows(IllegalArgumentException.class, () -> Count.between(0, Count.MAX + 1));
    assertEquals(5, Count.between(5, 5).upperBound().getAsLong());
    assertTrue(Count.exactly(3).isExact());
    assertFalse(Count.about(3).isExact());
    assertThrows(IllegalArgumentException.class, () -> Count.exactly(1).encloses(Count.exactly(1).in(Unit.DAYS)));
    assertEquals("Count[about 3 persons, printed \"about three\"]", Count.about(3).printedAs("about three").toString());
    assertSame(Unit.PERSONS, Unit.of("persons"));
    assertSame(Unit.SQUARE_KILOMETRES, Unit.of("km2"));
    assertSame(Unit.DAYS, Unit.of("days"));
    assertSame(Unit.WEEKS, Unit.of("weeks"));
    assertEquals("tanks", Unit.of("tanks").code());
  }

  @Test
  void protectedAccessors() {
    Protected<String> known = Protected.known("x");
    assertTrue(known.isKnown());
    assertFalse(Protected.withheld().isKnown());
    assertEquals(Protected.State.KNOWN, known.state());
    assertEquals(Optional.of("blurred"), Protected.withheld("blurred").note());
    assertEquals(Optional.empty(), known.note());
    assertEquals(Optional.of(Protected.Release.CONSENTED), known.released(Protected.Release.CONSENTED).release());
    assertEquals(Optional.empty(), known.release());
    assertEquals(Protected.withheld(Protected.REDACTED), known.redacted());
    assertSame(Protected.absent(), Protected.absent().redacted());
    Protected<String> withheld = Protected.withheld("by CNN");
    assertSame(withheld, withheld.redacted());
  }

  private static Report.Builder base() {
    return Report.builder().id(ReportId.of("r")).headline("h").publisher("p").language("en")
        .addSources(dev.dispatch.source.OwnVoice.of(SourceId.of("own"), dev.dispatch.source.Voice.OBSERVATION));
  }

  @Test
  void reportLookupsRedactionAndBlanks() {
    Document card = Document.builder().kind("ID").issuedToCarrier(false).holderName(Protected.known("Holder"))
        .number(Protected.known("N1")).holderDateOfBirth(Protected.known(LocalDate.of(1990, 1, 1))).build();
    Prisoner p = Prisoner.builder().id(PrisonerId.of("p")).name(Protected.known("Name"))
        .particulars(Particulars.builder().addDocuments(card).build()).build();
    Report r = base().addPlaces(Place.builder().id(PlaceId.of("k")).printedName("Kyiv").build())
        .addFigures(Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).count(Count.exactly(1)).build())
        .addPrisoners(p, Prisoner.builder().id(PrisonerId.of("q")).build())
        .addUnlinked(dev.dispatch.prisoner.UnlinkedFacts.of(List.of(PrisonerId.of("p"), PrisonerId.of("q")),
            List.of(Particulars.builder().addDocuments(card).build(), Particulars.builder().build())))
        .build();
    assertEquals("Kyiv", r.place(PlaceId.of("k")).orElseThrow().printedName());
    assertEquals(Measure.FORCE_STRENGTH, r.figure(FigureId.of("f")).orElseThrow().measure());
    assertEquals(p, r.prisoner(PrisonerId.of("p")).orElseThrow());
    assertTrue(r.contains(PlaceId.of("k")));
    assertFalse(r.contains(PlaceId.of("x")));
    Report redacted = r.redacted();
    Prisoner rp = redacted.prisoner(PrisonerId.of("p")).orElseThrow();
    assertEquals(Protected.withheld(Protected.REDACTED), rp.name());
    Document rd = rp.particulars().documents().get(0);
    assertEquals(Protected.withheld(Protected.REDACTED), rd.holderName());
    assertEquals(Protected.withheld(Protected.REDACTED), rd.number());
    assertEquals(Protected.withheld(Protected.REDACTED), rd.holderDateOfBirth());
    assertEquals(Protected.withheld(Protected.REDACTED),
        redacted.unlinked().get(0).shares().get(0).documents().get(0).holderName());
    assertSame(redacted, redacted.redacted(), "nothing left to redact");
    rejects("Report.credit: must not be blank", () -> base().credit(" ").build());
    rejects("Report.dateline: must not be blank", () -> base().dateline(" ").build());
    rejects("Report.contributors: must not be blank", () -> base().addContributors("a", " ").build());
    rejects("Report.publisher: must not be blank", () -> base().publisher("").build());
  }

  @Test
  void statementEdges() {
    Statement.Builder s = Statement.builder().id(StatementId.of("s")).text("t")
        .attribution(Attribution.of(SourceId.of("own"), Mode.DIRECT_QUOTE));
    assertTrue(s.build().isDirectQuote());
    assertFalse(Statement.builder().from(s.build()).attribution(Attribution.of(SourceId.of("own"), Mode.PARAPHRASE))
        .build().isDirectQuote());
    rejects("Statement.about: must hold distinct ids, got [k, k]",
        () -> Statement.builder().from(s.build()).addAbout(PlaceId.of("k"), PlaceId.of("k")).build());
    rejects("Statement.about: must not refer to a report",
        () -> Statement.builder().from(s.build()).addAbout(ReportId.of("r")).build());
    rejects("Statement.about: must not refer to the statement itself",
        () -> Statement.builder().from(s.build()).addAbout(StatementId.of("s")).build());
    rejects("Statement.text: must not be blank", () -> Statement.builder().from(s.build()).text(" ").build());
    Statement located = Statement.builder().from(s.build()).location(Location.near(PlaceId.of("b"))).build();
    assertTrue(located.references().contains(PlaceId.of("b")));
  }

  @Test
  void particularsAndDocumentEdges() {
    Particulars x = Particulars.builder()
        .capture(Capture.builder().location(Location.in(PlaceId.of("c"))).build())
        .custody(Custody.builder().holder(SourceId.of("h")).location(Location.in(PlaceId.of("l"))).build())
        .addDocuments(Document.builder().kind("ID").issuedToCarrier(false).holderOrigin(PlaceId.of("o")).build())
        .addStatements(StatementId.of("s"))
        .build();
    assertEquals(List.<Id>of(PlaceId.of("c"), SourceId.of("h"), PlaceId.of("l"), PlaceId.of("o"), StatementId.of("s")),
        x.references());
    rejects("Particulars.force: must not be blank", () -> Particulars.builder().force(" ").build());
    rejects("Particulars.injuries: must not be blank", () -> Particulars.builder().addInjuries(" ").build());
    rejects("Particulars.statements: must be distinct, got [s, s]",
        () -> Particulars.builder().addStatements(StatementId.of("s"), StatementId.of("s")).build());
    rejects("Document.issuer: must not be blank", () -> Document.builder().kind("ID").issuer(" ").build());
    rejects("Document.kind: must not be blank", () -> Document.builder().kind(" ").build());
    rejects("Document.holderDescription: must not be blank",
        () -> Document.builder().kind("ID").issuedToCarrier(false).holderDescription(" ").build());
    rejects("Document.holderOrigin: describes a holder other than the carrier, so issuedToCarrier must be false",
        () -> Document.builder().kind("ID").issuedToCarrier(true).holderOrigin(PlaceId.of("o")).build());
    Document.builder().kind("ID").issuedToCarrier(true).build();
  }

  @Test
  void dateMentionEdges() {
    assertTrue(DateMention.of(PartialDate.ofYear(2024)).isResolved());
    assertFalse(DateMention.unresolved("on Saturday").isResolved());
    assertEquals(Optional.of("in 2024"), DateMention.of("in 2024", PartialDate.ofYear(2024)).phrase());
    rejects("DateMention.resolvedAgainst: needs a resolved value",
        () -> DateMention.builder().phrase("x").resolvedAgainst(PartialDate.ofYear(2024)).build());
    rejects("DateMention.phrase: a phrase or a value is required", () -> DateMention.builder().build());
  }

  @Test
  void checksHelpers() {
    List<Integer> nine = IntStream.range(0, 9).boxed().collect(Collectors.toList());
    assertTrue(dev.dispatch.internal.Checks.distinct(nine));
    List<Integer> nineWithTwin = IntStream.range(0, 9).map(i -> i == 8 ? 0 : i).boxed().collect(Collectors.toList());
    assertFalse(dev.dispatch.internal.Checks.distinct(nineWithTwin));
    assertFalse(dev.dispatch.internal.Checks.distinct(List.of(1, 1)));
    assertTrue(dev.dispatch.internal.Checks.distinct(List.of(1)));
    assertEquals("en-GB", dev.dispatch.internal.Checks.languageTag("en-GB", "T", "f"));
    assertEquals("en-GB", dev.dispatch.internal.Checks.languageTag("en-GB", "T", "f"), "cached");
    rejects("T.f: expected a BCP 47 tag such as \"en\", got \"en_GB\"", () -> dev.dispatch.internal.Checks.languageTag("en_GB", "T", "f"));
    NullPointerException e = assertThrows(NullPointerException.class, () -> dev.dispatch.internal.Checks.notNull(null, "thing"));
    assertEquals("thing must not be null", e.getMessage());
  }

  @Test
  void phraseEdges() {
    assertEquals(Count.exactly(1_000), CountPhrases.parse("1000,").withoutPhrase());
    assertEquals(Count.exactly(1_000), CountPhrases.parse(",1000").withoutPhrase());
    assertEquals(Count.exactly(1_234_567_890_123_456L), CountPhrases.parse("1234567890123456").withoutPhrase());
    assertThrows(PhraseException.class, () -> CountPhrases.parse("12345678901234567"));
    assertEquals(Count.exactly(105), CountPhrases.parse("one hundred and five").withoutPhrase());
    assertEquals(Count.exactly(1_001), CountPhrases.parse("a thousand and one").withoutPhrase());
    assertEquals(Count.exactly(1_000_000), CountPhrases.parse("a million").withoutPhrase());
    assertThrows(PhraseException.class, () -> CountPhrases.parse("a lot"));
    assertThrows(PhraseException.class, () -> CountPhrases.parse("one hundred and"));
    assertThrows(PhraseException.class, () -> CountPhrases.parse("twenty-ten"));
    PhraseException e = assertThrows(PhraseException.class, () -> CountPhrases.parse("some"));
    assertEquals(4, e.index());
    assertEquals("some", e.phrase());
  }

  @Test
  void seasonEdges() {
    // "this <season>" on the first and last day of each season.
    assertEquals("2025-21", this_("spring", "2025-03-01"));
    assertEquals("2025-21", this_("spring", "2025-05-31"));
    assertEquals("2025-22", this_("summer", "2025-06-01"));
    assertEquals("2025-22", this_("summer", "2025-08-31"));
    assertEquals("2025-23", this_("fall", "2025-09-01"));
    assertEquals("2025-23", this_("fall", "2025-11-30"));
    assertEquals("2025-24", this_("winter", "2025-12-01"));
    assertEquals("2024-24", this_("winter", "2025-02-28"));
    assertEquals("2024-23", DatePhrases.resolve("last fall", LocalDate.parse("2025-02-28")).value().orElseThrow().toEdtf());
    assertEquals("2024-23", DatePhrases.resolve("last fall", LocalDate.parse("2025-03-01")).value().orElseThrow().toEdtf());
    assertThrows(PhraseException.class, () -> DatePhrases.resolve("this spring", LocalDate.parse("2025-02-28")));
  }

  private static String this_(String season, String reference) {
    return DatePhrases.resolve("this " + season, LocalDate.parse(reference)).value().orElseThrow().toEdtf();
  }
}
