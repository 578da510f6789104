package dev.dispatch.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.RelativeTerm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: every phrase in counts.csv, proportions.csv, dates.csv and durations.csv reads to
 * its expected value, or fails where and as the table says; then the cases a table cannot say.
 */
class PhrasesTest {

  /** The rows of a table, each padded to {@code width} cells; "#" lines are comments. */
  static Stream<String[]> rows(String file, int width) throws IOException {
    try (InputStream in = Objects.requireNonNull(PhrasesTest.class.getResourceAsStream(file), file)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(Arrays.copyOf(line.split("\\|", -1), width));
        }
      }
      return rows.stream().map(r -> Arrays.stream(r).map(c -> c == null ? "" : c).toArray(String[]::new));
    }
  }

  static Stream<String[]> counts() throws IOException {
    return rows("counts.csv", 4);
  }

  static Stream<String[]> proportions() throws IOException {
    return rows("proportions.csv", 4);
  }

  static Stream<String[]> dates() throws IOException {
    return rows("dates.csv", 5);
  }

  static Stream<String[]> durations() throws IOException {
    return rows("durations.csv", 4);
  }

  /** Asserts that reading fails where the table says, as ambiguous or not, with the expected words. */
  private static void assertFails(Executable read, String phrase, String kind, String index, String message) {
    PhraseException e = assertThrows(PhraseException.class, read, phrase);
    String said = message(e);
    assertEquals(kind.equals("AMBIGUOUS"), e.isAmbiguous(), said);
    assertEquals(Integer.parseInt(index), e.index(), said);
    assertTrue(said.contains(message), () -> said + " should say " + message);
    assertTrue(said.startsWith("\"" + phrase + "\""), said);
    assertEquals(phrase, e.phrase());
  }

  /** The message of an exception the parsers throw: never null. */
  static String message(Exception e) {
    return Objects.requireNonNull(e.getMessage(), "every exception here has a message");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void countPhrase(String phrase, String expected, String index, String message) {
    if (expected.equals("ERROR")) {
      assertFails(() -> CountPhrases.parse(phrase), phrase, expected, index, message);
      return;
    }
    Count c = CountPhrases.parse(phrase);
    assertEquals("Count[" + expected + "]", c.withoutPhrase().toString());
    assertEquals(Optional.of(phrase), c.phrase(), "the phrase is kept as printed");
    String canonical = CountPhrases.format(c);
    assertEquals(c.withPhrase(canonical), CountPhrases.parse(canonical), canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proportions")
  void proportionPhrase(String phrase, String expected, String index, String message) {
    if (expected.equals("ERROR")) {
      assertFails(() -> CountPhrases.parseProportion(phrase), phrase, expected, index, message);
      return;
    }
    Proportion p = CountPhrases.parseProportion(phrase);
    assertEquals("Proportion[" + expected + "]",
        Proportion.of(p.qualifier(), p.numerator(), p.denominator()).toString());
    assertEquals(Optional.of(phrase), p.phrase(), "the phrase is kept as printed");
    String canonical = CountPhrases.format(p);
    assertEquals(p.withPhrase(canonical), CountPhrases.parseProportion(canonical), canonical);
  }

  @ParameterizedTest(name = "{0} @ {1}")
  @MethodSource("dates")
  void datePhrase(String phrase, String reference, String expected, String index, String message) {
    if (expected.equals("ERROR") || expected.equals("AMBIGUOUS")) {
      assertFails(() -> Mentions.resolve(phrase, reference), phrase, expected, index, message);
      return;
    }
    DateMention m = Mentions.resolve(phrase, reference);
    assertEquals(Optional.of(phrase), m.phrase(), "the phrase is kept as printed");
    assertEquals(expected, Mentions.describe(m));
    m.value().ifPresent(v -> assertEquals(v, DateValue.parse(v.toEdtf()), "the value is in the EDTF subset"));
    if (reference.equals("-")) {
      assertEquals(Optional.empty(), m.reference());
      return;
    }
    // The reference is recorded exactly when the value needed it: when resolving without one differs.
    DateMention alone = DatePhrases.resolve(phrase);
    boolean needed = m.value().isPresent() && !m.value().equals(alone.value());
    assertEquals(needed ? Optional.of(Mentions.reference(reference)) : Optional.empty(), m.reference());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void durationPhrase(String phrase, String expected, String index, String message) {
    if (expected.equals("ERROR")) {
      assertFails(() -> DatePhrases.duration(phrase), phrase, expected, index, message);
      return;
    }
    DurationMention d = DatePhrases.duration(phrase);
    assertEquals(Optional.of(phrase), d.phrase(), "the phrase is kept as printed");
    assertEquals("Count[" + expected + "]", d.length().toString(), "the length keeps no phrase of its own");
  }

  @Test
  void theTablesCoverEnoughPhrases() throws IOException {
    assertTrue(counts().count() >= 170, "counts");
    assertTrue(proportions().count() >= 65, "proportions");
    assertTrue(dates().count() >= 210, "dates");
    assertTrue(durations().count() >= 40, "durations");
    assertTrue(counts().filter(r -> r[1].equals("ERROR")).count() >= 25, "rejected counts");
    assertTrue(dates().filter(r -> r[2].equals("ERROR")).count() >= 15, "rejected dates");
  }

  @Test
  void blankPhrasesSayWhatWasExpected() {
    for (String blank : List.of("", "  ", ",")) {
      assertFails(() -> CountPhrases.parse(blank), blank, "ERROR", Integer.toString(blank.length()),
          "expected a count phrase, got the end of the phrase");
      assertFails(() -> CountPhrases.parseProportion(blank), blank, "ERROR", Integer.toString(blank.length()),
          "expected a share phrase");
      assertFails(() -> DatePhrases.resolve(blank), blank, "ERROR", Integer.toString(blank.length()),
          "expected a date phrase");
      assertFails(() -> DatePhrases.duration(blank), blank, "ERROR", Integer.toString(blank.length()),
          "expected a duration phrase");
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreRejectedByName() {
    LocalDate day = LocalDate.of(2026, 3, 18);
    Reference reference = Reference.of(PartialDate.of(day), ReferenceOrigin.PUBLICATION);
    List<Executable> calls = List.of(() -> CountPhrases.parse(null), () -> CountPhrases.parseProportion(null),
        () -> DatePhrases.resolve(null), () -> DatePhrases.resolve(null, day), () -> DatePhrases.resolve(null, reference),
        () -> DatePhrases.duration(null));
    for (Executable call : calls) {
      assertEquals("phrase must not be null", assertThrows(NullPointerException.class, call).getMessage());
    }
    assertEquals("reference must not be null",
        assertThrows(NullPointerException.class, () -> DatePhrases.resolve("on Saturday", (LocalDate) null))
            .getMessage());
    assertEquals("reference must not be null",
        assertThrows(NullPointerException.class, () -> DatePhrases.resolve("on Saturday", (Reference) null))
            .getMessage());
    assertEquals("count must not be null",
        assertThrows(NullPointerException.class, () -> CountPhrases.format((Count) null)).getMessage());
    assertEquals("proportion must not be null",
        assertThrows(NullPointerException.class, () -> CountPhrases.format((Proportion) null)).getMessage());
  }

  /** The v1 bug: "at least 100 deaths" was in unit "deaths" and never compared with persons. */
  @Test
  void aTrailingNounSaysWhatIsCountedAndKeepsThePersonsUnit() {
    Count deaths = CountPhrases.parse("at least 100 deaths");
    assertEquals(Unit.PERSONS, deaths.unit());
    assertEquals(Optional.of("deaths"), deaths.noun());
    assertTrue(deaths.overlaps(Count.exactly(150)), "compares with a persons count");
    assertTrue(deaths.contradicts(Count.atMost(99)));
    Count aid = CountPhrases.parse("50 tonnes of aid");
    assertEquals(Unit.TONNES, aid.unit());
    assertEquals(Optional.of("aid"), aid.noun());
    assertEquals(Optional.of("North Korean troops"), CountPhrases.parse("more than 1,000 North Korean troops").noun());
  }

  @Test
  void aBestEstimateIsReadInBothForms() {
    Count expected = Count.between(60, 93).withEstimate(80);
    assertEquals(expected, CountPhrases.parse("between 60 and 93, most likely 80").withoutPhrase());
    assertEquals(expected, CountPhrases.parse("60 to 93 (best estimate 80)").withoutPhrase());
    assertEquals("between 60 and 93, most likely 80", CountPhrases.format(expected));
    assertEquals(java.util.OptionalLong.of(80), expected.best());
  }

  @Test
  void formatWritesTheCanonicalPhrase() {
    assertEquals("1 day", CountPhrases.format(Count.exactly(1).withUnit(Unit.DAYS)));
    assertEquals("nearly 1 year", CountPhrases.format(Count.nearly(1).withUnit(Unit.YEARS)));
    assertEquals("between 1 and 1 days", CountPhrases.format(Count.between(1, 1).withUnit(Unit.DAYS)));
    assertEquals("1,000,000 square kilometres", CountPhrases.format(Count.exactly(1_000_000)
        .withUnit(Unit.SQUARE_KILOMETRES)));
    assertEquals("an unspecified number of civilians", CountPhrases.format(Count.unquantified().withNoun("civilians")));
    assertEquals("an unknown number of days", CountPhrases.format(Count.unknown().withUnit(Unit.DAYS)));
    assertEquals("a handful of tonnes of aid", CountPhrases.format(Count.of(Magnitude.HANDFUL).withUnit(Unit.TONNES)
        .withNoun("aid")));
    assertEquals("several deaths", CountPhrases.format(Count.of(Magnitude.SEVERAL).withNoun("deaths")));
    assertEquals("approaching 500 deaths, most likely 480",
        CountPhrases.format(Count.approaching(500).withNoun("deaths").withEstimate(480)));
    assertEquals("about 11,000", CountPhrases.format(CountPhrases.parse("some 11000")), "the kept phrase is ignored");
  }

  @Test
  void formatRefusesWhatWouldNotReadBack() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CountPhrases.format(Count.exactly(40).withUnit(Unit.of("tanks"))));
    assertTrue(message(e).startsWith("Count.unit: expected persons or a unit with an English name"), message(e));
    for (String noun : List.of(" deaths", "deaths ", "of war", "killed,wounded", "100 dead", "more deaths", "days",
        "square kilometres", "dead (mostly civilians)", "prisoners of")) {
      e = assertThrows(IllegalArgumentException.class, () -> CountPhrases.format(Count.exactly(3).withNoun(noun)),
          noun);
      assertTrue(message(e).startsWith("Count.noun: expected words of letters"), message(e));
      assertFalse(CountPhrases.readsBackAsNoun(noun), noun);
    }
    for (String noun : PhraseGen.NOUNS) {
      assertTrue(CountPhrases.readsBackAsNoun(noun), noun);
    }
  }

  @Test
  void formatWritesProportionsCanonically() {
    assertEquals("40%", CountPhrases.format(Proportion.percent(40)));
    assertEquals("12.5%", CountPhrases.format(Proportion.exactly(125, 1_000)));
    assertEquals("12.50%", CountPhrases.format(Proportion.exactly(1_250, 10_000)), "the printed decimals are kept");
    assertEquals("0.0001%", CountPhrases.format(Proportion.exactly(1, 1_000_000)));
    assertEquals("more than half", CountPhrases.format(Proportion.most()));
    assertEquals("less than a third", CountPhrases.format(Proportion.of(Qualifier.FEWER_THAN, 1, 3)));
    assertEquals("nearly two-thirds", CountPhrases.format(Proportion.of(Qualifier.NEARLY, 2, 3)));
    assertEquals("3 in 11", CountPhrases.format(Proportion.exactly(3, 11)));
    assertEquals("0 in 3", CountPhrases.format(Proportion.exactly(0, 3)));
    assertEquals("3 in 3", CountPhrases.format(Proportion.exactly(3, 3)));
    assertEquals("1 in 1", CountPhrases.format(Proportion.exactly(1, 1)));
    assertEquals("10 in 20", CountPhrases.format(Proportion.exactly(10, 20)), "not reduced: kept as printed");
  }

  @Test
  void aShareKeepsItsPhraseAndAppliesToAWhole() {
    Proportion quarter = CountPhrases.parseProportion("nearly a quarter");
    assertEquals(Proportion.of(Qualifier.NEARLY, 1, 4).withPhrase("nearly a quarter"), quarter);
    assertEquals(Count.between(0, 750).withEstimate(750), quarter.of(Count.exactly(3_000)));
    assertEquals(Proportion.most().withPhrase("most"), CountPhrases.parseProportion("most"));
  }

  @Test
  void aRelativeTermIsTypedAndUnresolvedEvenWithAReference() {
    DateMention m = DatePhrases.resolve("earlier", LocalDate.of(2026, 3, 18));
    assertEquals(DateMention.relative("earlier", RelativeTerm.EARLIER), m);
    assertEquals(Optional.empty(), m.reference());
    assertEquals(DateMention.relative("later in the year", RelativeTerm.LATER), DatePhrases.resolve("later in the year"));
  }

  @Test
  void aTimeHasAnOffsetOnlyForAFixedZone() {
    assertEquals(Optional.of(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC)),
        DatePhrases.resolve("as of 18:00 GMT").time());
    assertEquals(Optional.of(ClockTime.of(LocalTime.of(18, 0))), DatePhrases.resolve("at 6 p.m. Kyiv time").time());
    assertEquals(Optional.of(ClockTime.of(LocalTime.of(18, 0))), DatePhrases.resolve("at 6 p.m. local time").time());
    assertEquals(Optional.of(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.ofHours(2))),
        DatePhrases.resolve("18:00 UTC+2").time());
    DateMention cutOff = DatePhrases.resolve("as of 18:00 GMT on 12 March", LocalDate.of(2026, 3, 18));
    assertEquals(Optional.of(PartialDate.of(2026, 3, 12)), cutOff.value());
    assertEquals(Optional.of(ZoneOffset.UTC), cutOff.time().orElseThrow().offset());
    assertEquals(Optional.empty(), DatePhrases.resolve("as of 18:00 GMT", LocalDate.of(2026, 3, 18)).value(),
        "a time with no date names no day");
  }

  @Test
  void anUncertainReferenceIsRecordedWithItsOrigin() {
    Reference archive = Reference.of(DateInterval.until(PartialDate.of(2025, 1, 13)), ReferenceOrigin.RETRIEVAL);
    DateMention m = DatePhrases.resolve("on Saturday", archive);
    assertEquals(Optional.of(archive), m.reference());
    assertEquals(Optional.of(DateInterval.until(PartialDate.of(2025, 1, 11))), m.value());
    Reference twoDays = Reference.of(DateInterval.of(PartialDate.of(2025, 1, 11), PartialDate.of(2025, 1, 12)),
        ReferenceOrigin.EDITOR);
    assertEquals(DateMention.resolved("on Saturday", PartialDate.of(2025, 1, 11), twoDays),
        DatePhrases.resolve("on Saturday", twoDays));
    Reference day = Reference.of(PartialDate.of(2026, 3, 18), ReferenceOrigin.PUBLICATION);
    assertEquals(Optional.of(day), DatePhrases.resolve("on Saturday", LocalDate.of(2026, 3, 18)).reference(),
        "a day is a publication reference");
  }

  @Test
  void aReferenceWithNoKnownDayIsRefused() {
    Reference noYear = Reference.of(PartialDate.of(java.time.MonthDay.of(1, 12)), ReferenceOrigin.EDITOR);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatePhrases.resolve("on Saturday", noYear));
    assertFalse(e instanceof PhraseException);
    assertEquals("Reference.date: expected a date with a known year to resolve against, got XXXX-01-12",
        e.getMessage());
  }

  @Test
  void datesOutsideTheYearsAPartialDateHoldsFailAsPhrases() {
    Supplier<DateMention> early = () -> DatePhrases.resolve("last year", LocalDate.of(0, 6, 1));
    PhraseException e = assertThrows(PhraseException.class, early::get);
    assertTrue(message(e).contains("expected a date between the years 0 and 9999"), message(e));
  }

  /** The reference report's phrases read to the values its model uses. */
  @Test
  void theReferenceReportsPhrases() {
    assertEquals(Count.about(11_000), CountPhrases.parse("about 11,000").withoutPhrase());
    assertEquals(Count.moreThan(1_000), CountPhrases.parse("more than 1,000").withoutPhrase());
    assertEquals(Count.of(Magnitude.HUNDREDS).withUnit(Unit.SQUARE_KILOMETRES),
        CountPhrases.parse("hundreds of square kilometers").withoutPhrase());
    assertEquals(DateMention.unresolved("on Saturday"), DatePhrases.resolve("on Saturday"));
    assertEquals(Optional.empty(), DatePhrases.resolve("Last week").value());
    assertEquals("XXXX-01-09", DatePhrases.resolve("on January 9").value().orElseThrow().toEdtf());
    assertEquals("XXXX-23", DatePhrases.resolve("last fall").value().orElseThrow().toEdtf());
    assertEquals("XXXX-08", DatePhrases.resolve("last August").value().orElseThrow().toEdtf());
    assertEquals("XXXX-12-25/XXXX-12-31",
        DatePhrases.resolve("in the last week of December").value().orElseThrow().toEdtf());
  }
}
