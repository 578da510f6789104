package dev.dispatch.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.fixture.Gens;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValueTest {

  private static final int EXAMPLES = 2_000;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2025, YEAR",
      "0000, YEAR",
      "2025-01, MONTH",
      "2025-01-09, DAY",
      "2024-23, SEASON",
      "XXXX-01-09, DAY",
      "XXXX-08, MONTH",
      "XXXX-23~, SEASON",
      "2024-12%, MONTH",
      "2025?, YEAR",
      "2024-02-29, DAY",
      "XXXX-02-29, DAY"})
  void parsesAndFormatsPartialDates(String edtf, Precision precision) {
    PartialDate d = (PartialDate) DateValue.parse(edtf);
    assertEquals(precision, d.precision());
    assertEquals(edtf, d.toEdtf());
    assertEquals(edtf, d.toString());
  }

  @Test
  void parsesIntervalsWithOpenEnds() {
    assertEquals(DateInterval.of(PartialDate.of(2024, 12, 25), PartialDate.of(2024, 12, 31)),
        DateValue.parse("2024-12-25/2024-12-31"));
    assertEquals(DateInterval.until(PartialDate.of(2025, 1)), DateValue.parse("../2025-01"));
    assertEquals(DateInterval.from(PartialDate.of(MonthDay.of(1, 9))), DateValue.parse("XXXX-01-09/.."));
    assertEquals("2024-23~/2025", DateInterval.of(PartialDate.of(2024, Season.AUTUMN).withApproximate(true),
        PartialDate.ofYear(2025)).toString());
  }

  @Test
  void factoriesAndFlags() {
    PartialDate autumn = PartialDate.of(2024, Season.AUTUMN).withApproximate(true);
    assertEquals("2024-23~", autumn.toEdtf());
    assertEquals("2024-23%", autumn.withUncertain(true).toEdtf());
    assertEquals("2024-23?", autumn.withApproximate(false).withUncertain(true).toEdtf());
    assertEquals("XXXX-08", PartialDate.of(Month.AUGUST).toEdtf());
    assertEquals("XXXX-24", PartialDate.of(Season.WINTER).toEdtf());
    assertEquals(PartialDate.of(2025, 1, 9), PartialDate.of(LocalDate.of(2025, 1, 9)));
    assertEquals(PartialDate.of(2024, 8), PartialDate.of(YearMonth.of(2024, 8)));
    assertEquals(PartialDate.of(2024, 8), PartialDate.builder().year(2024).month(8).build());
  }

  @Test
  void datesSpanTheirDays() {
    PartialDate winter = PartialDate.of(2024, Season.WINTER);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 1)), winter.earliest());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), winter.latest());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), PartialDate.of(2024, 2).latest());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), PartialDate.ofYear(2024).latest());
    assertEquals(Optional.empty(), PartialDate.of(MonthDay.of(1, 9)).earliest());
    assertEquals(Optional.empty(), DateInterval.from(PartialDate.ofYear(2024)).latest());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "2025-13     | 5  | EDTF \"2025-13\" at index 5: expected a month 01-12 or a season 21-24",
      "25          | 0  | EDTF \"25\" at index 0: expected a four-digit year or XXXX",
      "2025-02-30  | 0  | EDTF \"2025-02-30\" at index 0: expected a calendar date that exists (PartialDate.day: day 30 "
          + "does not exist in month 2 of 2025)",
      "XXXX-02-30  | 0  | EDTF \"XXXX-02-30\" at index 0: expected a calendar date that exists (PartialDate.day: day 30 "
          + "does not exist in month 2)",
      "XXXX        | 0  | EDTF \"XXXX\" at index 0: expected a calendar date that exists (PartialDate.year: a year, a "
          + "month or a season is required)",
      "2025-01-09T10:00 | 10 | EDTF \"2025-01-09T10:00\" at index 10: expected '/' or end of input",
      "201X        | 3  | EDTF \"201X\" at index 3: expected a four-digit year or XXXX",
      "2025/2024   | 5  | EDTF \"2025/2024\" at index 5: expected an end not before the start (DateInterval.end: "
          + "expected not before the start 2025, got 2024)",
      "../..       | 3  | EDTF \"../..\" at index 3: expected a four-digit year or XXXX",
      "2025/       | 5  | EDTF \"2025/\" at index 5: expected a four-digit year or XXXX",
      "2025~~      | 5  | EDTF \"2025~~\" at index 5: expected '/' or end of input",
      "''          | 0  | EDTF \"\" at index 0: expected a four-digit year or XXXX"})
  void rejectsWhatIsNotInTheSubsetSayingWhere(String edtf, int index, String message) {
    EdtfParseException e = assertThrows(EdtfParseException.class, () -> DateValue.parse(edtf));
    assertEquals(message, e.getMessage());
    assertEquals(edtf, e.input());
    assertEquals(index, e.errorIndex());
  }

  @Test
  void mentionsKeepPhraseValueTimeAndReference() {
    DateMention saturday = DateMention.unresolved("on Saturday");
    assertFalse(saturday.isResolved());
    assertEquals("DateMention[\"on Saturday\"]", saturday.toString());
    DateMention resolved = DateMention.resolved("on Saturday", PartialDate.of(2025, 1, 11),
        Reference.of(DateValue.parse("2025-01-12/2025-01-13"), ReferenceOrigin.RETRIEVAL));
    assertTrue(resolved.isResolved());
    assertEquals("DateMention[\"on Saturday\" = 2025-01-11 against 2025-01-12/2025-01-13 (RETRIEVAL)]",
        resolved.toString());
    DateMention cutOff = DateMention.unresolved("as of 18:00 GMT on Sunday")
        .withTime(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC));
    assertEquals("DateMention[\"as of 18:00 GMT on Sunday\" at 18:00Z]", cutOff.toString());
    assertEquals("DateMention[\"earlier\" EARLIER]", DateMention.relative("earlier", RelativeTerm.EARLIER).toString());
    assertEquals("DateMention[2024]", DateMention.of(PartialDate.ofYear(2024)).toString());
  }

  @Test
  void durationsAreCountsOfTime() {
    DurationMention thirdYear = DurationMention.of("a war now in its third year", Count.between(2, 3)
        .withUnit(Unit.YEARS));
    assertEquals(2, thirdYear.length().lowerBound());
    assertEquals(OptionalLong.of(3), thirdYear.length().upperBound());
    for (Unit time : new Unit[] {Unit.HOURS, Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS}) {
      assertTrue(time.isTime(), time::toString);
      assertEquals(time, DurationMention.of(Count.atMost(2).withUnit(time)).length().unit());
    }
    assertFalse(Unit.of("tonnes").isTime());
  }

  // --- properties ------------------------------------------------------------------------------

  @Test
  void propertyAPartialDateReadsBackFromItsEdtf() {
    qt().withExamples(EXAMPLES).forAll(Gens.partialDates()).checkAssert(d -> {
      assertEquals(d, DateValue.parse(d.toEdtf()));
      d.earliest().ifPresent(first -> assertFalse(first.isAfter(d.latest().orElseThrow()), d::toEdtf));
    });
  }

  @Test
  void propertyAnIntervalReadsBackFromItsEdtf() {
    qt().withExamples(EXAMPLES).forAll(Gens.dateIntervals()).checkAssert(i -> assertEquals(i, DateValue.parse(i.toEdtf())));
  }

  @Test
  void propertyAnyDateValueReadsBackFromTheCharactersOfItsEdtf() {
    qt().withExamples(EXAMPLES).forAll(Gens.dateValues())
        .checkAssert(v -> assertEquals(v, DateValue.parse(CharBuffer.wrap(v.toEdtf()))));
  }
}
