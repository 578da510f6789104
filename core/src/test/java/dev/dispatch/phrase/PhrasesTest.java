package dev.dispatch.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.CountGen;
import dev.dispatch.count.Unit;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

/** Table-driven: every phrase in counts.csv and dates.csv reads to its expected value. */
class PhrasesTest {

  static Stream<String[]> rows(String file) throws IOException {
    try (InputStream in = PhrasesTest.class.getResourceAsStream(file)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\\|", -1));
        }
      }
      return rows.stream();
    }
  }

  static Stream<String[]> counts() throws IOException {
    return rows("counts.csv");
  }

  static Stream<String[]> dates() throws IOException {
    return rows("dates.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void countPhrase(String phrase, String expected) {
    if (expected.equals("ERROR")) {
      PhraseException e = assertThrows(PhraseException.class, () -> CountPhrases.parse(phrase));
      assertFalse(e.isAmbiguous());
      return;
    }
    Count c = CountPhrases.parse(phrase);
    assertEquals("Count[" + expected + "]", c.withoutPhrase().toString());
    assertEquals(Optional.of(phrase), c.phrase(), "the phrase is kept as printed");
  }

  @ParameterizedTest(name = "{0} @ {1}")
  @MethodSource("dates")
  void datePhrase(String phrase, String reference, String expected) {
    Optional<LocalDate> ref = reference.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(reference));
    if (expected.equals("ERROR") || expected.equals("AMBIGUOUS")) {
      PhraseException e = assertThrows(PhraseException.class,
          () -> ref.map(r -> DatePhrases.resolve(phrase, r)).orElseGet(() -> DatePhrases.resolve(phrase)));
      assertEquals(expected.equals("AMBIGUOUS"), e.isAmbiguous(), e.getMessage());
      return;
    }
    DateMention m = ref.map(r -> DatePhrases.resolve(phrase, r)).orElseGet(() -> DatePhrases.resolve(phrase));
    assertEquals(Optional.of(phrase), m.phrase());
    if (expected.equals("unresolved")) {
      assertEquals(Optional.empty(), m.value());
    } else {
      assertEquals(expected, m.value().orElseThrow().toEdtf());
      assertEquals(DateValue.parse(expected), m.value().orElseThrow());
    }
    m.resolvedAgainst().ifPresent(r -> assertEquals(reference, r.toEdtf(), "the reference is kept"));
  }

  @Test
  void theTablesHaveAtLeast150Phrases() throws IOException {
    assertTrue(counts().count() + dates().count() >= 150);
  }

  @Test
  void errorsSayWhereAndWhat() {
    PhraseException e = assertThrows(PhraseException.class, () -> CountPhrases.parse("more thn 1,000"));
    assertEquals("\"more thn 1,000\" at index 0: expected a number, in digits (\"11,000\") or words (\"three hundred\"), "
        + "got \"more thn 1,000\"", e.getMessage());
    e = assertThrows(PhraseException.class, () -> CountPhrases.parse("between 60 or 93"));
    assertEquals(11, e.index());
    assertTrue(e.getMessage().contains("expected \"and\""), e.getMessage());
    e = assertThrows(PhraseException.class, () -> DatePhrases.resolve("1/9", LocalDate.of(2026, 3, 18)));
    assertTrue(e.isAmbiguous());
    assertTrue(e.getMessage().startsWith("\"1/9\" is ambiguous"), e.getMessage());
  }

  @Test
  void durationsAreCounts() {
    assertEquals(Count.nearly(3).in(Unit.of("years")), DatePhrases.duration("nearly three years").withoutPhrase());
    assertThrows(PhraseException.class, () -> DatePhrases.duration("about 11,000 troops"));
  }

  /** The reference report's phrases read to the values its model uses. */
  @Test
  void theReferenceReportsPhrases() {
    assertEquals(Count.about(11_000), CountPhrases.parse("about 11,000").withoutPhrase());
    assertEquals(Count.moreThan(1_000), CountPhrases.parse("more than 1,000").withoutPhrase());
    assertEquals("Count[hundreds km2]", CountPhrases.parse("hundreds of square kilometers").withoutPhrase().toString());
    assertEquals(Optional.empty(), DatePhrases.resolve("on Saturday").value());
    assertEquals(Optional.empty(), DatePhrases.resolve("Last week").value());
    assertEquals("XXXX-01-09", DatePhrases.resolve("on January 9").value().orElseThrow().toEdtf());
    assertEquals("XXXX-23", DatePhrases.resolve("last fall").value().orElseThrow().toEdtf());
    assertEquals("XXXX-08", DatePhrases.resolve("last August").value().orElseThrow().toEdtf());
    assertEquals("XXXX-12-25/XXXX-12-31", DatePhrases.resolve("in the last week of December").value().orElseThrow().toEdtf());
  }

  /** A day printed as "March 5" within the year before the reference resolves to that day. */
  @Test
  void propertyDaysWithinTheYearBeforeTheReferenceResolveExactly() {
    qt().withExamples(1_000).forAll(Generate.range(0, 20_000), Generate.range(0, 364)).checkAssert((r, back) -> {
      LocalDate reference = LocalDate.of(1990, 1, 1).plusDays(r);
      LocalDate day = reference.minusDays(back);
      String phrase = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
          + day.getDayOfMonth();
      assertEquals(day.toString(), DatePhrases.resolve(phrase, reference).value().orElseThrow().toEdtf(), phrase);
    });
  }

  @Test
  void propertyFormatThenParseGivesTheCountBack() {
    Unit[] units = {Unit.PERSONS, Unit.SQUARE_KILOMETRES, Unit.DAYS, Unit.WEEKS, Unit.of("years"), Unit.of("tanks")};
    qt().withExamples(1_000).forAll(CountGen.counts(), Generate.range(0, units.length - 1)).checkAssert((c, u) -> {
      Count count = c.in(units[u]);
      String phrase = CountPhrases.format(count);
      assertEquals(count, CountPhrases.parse(phrase).withoutPhrase(), phrase);
      assertEquals(phrase, CountPhrases.format(CountPhrases.parse(phrase)));
    });
  }
}
