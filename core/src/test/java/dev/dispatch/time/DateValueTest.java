package dev.dispatch.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DateValueTest {

  static Gen<PartialDate> partialDates() {
    Gen<Integer> year = Generate.range(0, 9999);
    Gen<Optional<Integer>> maybeYear = year.toOptionals(20);
    Gen<PartialDate> days = maybeYear.zip(Generate.range(1, 12), Generate.range(1, 31), (y, m, d) -> {
      int max = y.isPresent() ? java.time.YearMonth.of(y.get(), m).lengthOfMonth() : Month.of(m).maxLength();
      PartialDate.Builder b = PartialDate.builder().month(m).day(Math.min(d, max));
      y.ifPresent(b::year);
      return b.build();
    });
    Gen<PartialDate> months = maybeYear.zip(Generate.range(1, 12), (y, m) -> {
      PartialDate.Builder b = PartialDate.builder().month(m);
      y.ifPresent(b::year);
      return b.build();
    });
    Gen<PartialDate> seasons = maybeYear.zip(Generate.enumValues(Season.class), (y, s) -> {
      PartialDate.Builder b = PartialDate.builder().season(s);
      y.ifPresent(b::year);
      return b.build();
    });
    Gen<PartialDate> years = year.map((Integer y) -> PartialDate.ofYear(y));
    Gen<PartialDate> any = Generate.oneOf(days, months, seasons, years);
    return any.zip(Generate.booleans(), Generate.booleans(),
        (d, approximate, uncertain) -> PartialDate.builder().from(d).approximate(approximate).uncertain(uncertain).build());
  }

  static Gen<DateValue> dateValues() {
    Gen<DateValue> single = partialDates().map((PartialDate d) -> d);
    // Order the ends by their first day; dates with an unspecified year are not compared.
    Gen<DateValue> closed = partialDates().zip(partialDates(), (a, b) -> {
      boolean ordered = a.earliest().isEmpty() || b.earliest().isEmpty() || !a.earliest().get().isAfter(b.earliest().get());
      PartialDate start = ordered ? a : b;
      PartialDate end = ordered ? b : a;
      return start.earliest().isPresent() && end.latest().isPresent() && start.earliest().get().isAfter(end.latest().get())
          ? DateInterval.from(start) : DateInterval.of(start, end);
    });
    Gen<DateValue> from = partialDates().map((PartialDate d) -> DateInterval.from(d));
    Gen<DateValue> until = partialDates().map((PartialDate d) -> DateInterval.until(d));
    return Generate.oneOf(single, closed, from, until);
  }

  @ParameterizedTest
  @CsvSource({
      "2025, YEAR",
      "2025-01, MONTH",
      "2025-01-09, DAY",
      "2024-23, SEASON",
      "XXXX-01-09, DAY",
      "XXXX-08, MONTH",
      "XXXX-23~, SEASON",
      "2024-12%, MONTH",
      "2025?, YEAR"})
  void parsesAndFormatsPartialDates(String edtf, Precision precision) {
    PartialDate d = (PartialDate) DateValue.parse(edtf);
    assertEquals(precision, d.precision());
    assertEquals(edtf, d.toEdtf());
  }

  @Test
  void parsesIntervalsWithOpenEnds() {
    assertEquals(DateInterval.of(PartialDate.of(2024, 12, 25), PartialDate.of(2024, 12, 31)),
        DateValue.parse("2024-12-25/2024-12-31"));
    assertEquals(DateInterval.until(PartialDate.of(2025, 1)), DateValue.parse("../2025-01"));
    assertEquals(DateInterval.from(PartialDate.of(MonthDay.of(1, 9))), DateValue.parse("XXXX-01-09/.."));
  }

  @Test
  void flagsAreKept() {
    PartialDate d = PartialDate.of(2024, Season.AUTUMN).asApproximate();
    assertEquals("2024-23~", d.toEdtf());
    assertEquals("2024-23%", d.asUncertain().toEdtf());
    assertEquals("XXXX-08", PartialDate.of(Month.AUGUST).toEdtf());
  }

  @Test
  void seasonsAndMonthsSpanTheirDays() {
    PartialDate winter = PartialDate.of(2024, Season.WINTER);
    assertEquals(LocalDate.of(2024, 12, 1), winter.earliest().orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 28), winter.latest().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.of(2024, 2).latest().orElseThrow());
    assertEquals(Optional.empty(), PartialDate.of(MonthDay.of(1, 9)).earliest());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-13     | EDTF \"2025-13\" at index 5: expected a month 01-12 or a season 21-24",
      "25          | EDTF \"25\" at index 0: expected a four-digit year or XXXX",
      "2025-02-30  | EDTF \"2025-02-30\" at index 0: expected a calendar date that exists (PartialDate.day: day 30 does not exist in month 2 of 2025)",
      "2025-01-09T10:00 | EDTF \"2025-01-09T10:00\" at index 10: expected '/' or end of input",
      "201X        | EDTF \"201X\" at index 3: expected a four-digit year or XXXX",
      "2025/2024   | EDTF \"2025/2024\" at index 5: expected an end not before the start (DateInterval.end: expected not before the start 2025, got 2024)",
      "../..       | EDTF \"../..\" at index 3: expected a four-digit year or XXXX",
      "''          | EDTF \"\" at index 0: expected a four-digit year or XXXX"})
  void rejectsWhatIsNotInTheSubset(String edtf, String message) {
    EdtfParseException e = assertThrows(EdtfParseException.class, () -> DateValue.parse(edtf));
    assertEquals(message, e.getMessage());
    assertEquals(edtf, e.input());
  }

  @Test
  void invariantsNameTheField() {
    assertMessage("PartialDate.day: needs a month", () -> PartialDate.builder().year(2025).day(9).build());
    assertMessage("PartialDate.season: excludes month and day",
        () -> PartialDate.builder().year(2025).month(1).season(Season.WINTER).build());
    assertMessage("PartialDate.year: a year, a month or a season is required", () -> PartialDate.builder().build());
    assertMessage("PartialDate.year: expected 0 to 9999, got 10000", () -> PartialDate.ofYear(10_000));
    assertMessage("PartialDate.month: expected 1 to 12, got 0", () -> PartialDate.of(2025, 0));
    assertMessage("DateInterval.end: expected not before the start 2025-02, got 2025-01",
        () -> DateInterval.of(PartialDate.of(2025, 2), PartialDate.of(2025, 1)));
    assertMessage("DateMention.phrase: must not be blank", () -> DateMention.unresolved(""));
    assertMessage("Season.code: expected 21 to 24, got 25", () -> Season.ofCode(25));
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void mentionsKeepPhraseValueAndReference() {
    DateMention saturday = DateMention.unresolved("on Saturday");
    assertEquals(Optional.empty(), saturday.value());
    DateMention resolved = DateMention.resolved("on Saturday", PartialDate.of(2025, 1, 11), PartialDate.of(2025, 1, 12));
    assertEquals("DateMention[\"on Saturday\" = 2025-01-11 against 2025-01-12]", resolved.toString());
  }

  @Test
  void propertyFormatThenParseIsIdentity() {
    qt().withExamples(2_000).forAll(dateValues()).checkAssert(v -> assertEquals(v, DateValue.parse(v.toEdtf())));
  }
}
