package dev.dispatch.testkit;

import dev.dispatch.count.Count;
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
import dev.dispatch.time.Season;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws dates, date mentions and durations within a span of days, so that what a generated report
 * dates never falls after its publication and sequences (capture, detention, release) keep their
 * order.
 */
final class Dates {
  private Dates() {}

  /** The first day any generated date may fall on. */
  static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  /** A span of days, both ends included. */
  record Span(LocalDate lo, LocalDate hi) {
    Span {
      if (hi.isBefore(lo)) {
        throw new IllegalArgumentException("Span: " + hi + " is before " + lo);
      }
    }

    long days() {
      return ChronoUnit.DAYS.between(lo, hi);
    }

    LocalDate day(Randomness r) {
      return lo.plusDays(r.next(0, days()));
    }

    /**
     * {@code k} consecutive, disjoint spans that cover this one in order; when it has fewer days
     * than {@code k}, the last spans repeat its last day.
     */
    List<Span> split(int k) {
      List<Span> spans = new ArrayList<>(k);
      long len = Math.max(1, (days() + 1) / k);
      for (int i = 0; i < k; i++) {
        LocalDate from = lo.plusDays(Math.min(days(), i * len));
        LocalDate to = i == k - 1 ? hi : lo.plusDays(Math.min(days(), (i + 1) * len - 1));
        spans.add(new Span(from, to.isBefore(from) ? from : to));
      }
      return spans;
    }
  }

  /**
   * A publication date as the copy at hand gives it: a day, a day flagged approximate, or known
   * only to two days; its first day is {@code day}.
   */
  static DateValue publication(Randomness r, LocalDate day) {
    return switch (r.nextInt(0, 2)) {
      case 1 -> PartialDate.of(day).withApproximate(true);
      case 2 -> DateInterval.of(PartialDate.of(day), PartialDate.of(day.plusDays(1)));
      default -> PartialDate.of(day);
    };
  }

  /**
   * What relative phrases resolve against: the publication date when there is one (printed or
   * dateline), otherwise a date of another origin (the archive's capture, an editor's estimate, an
   * update, another date of the report), itself possibly uncertain. Its first day is {@code day}.
   */
  static Reference reference(Randomness r, Optional<DateValue> published, LocalDate day) {
    if (published.isPresent()) {
      return Reference.of(published.get(), r.nextBoolean() ? ReferenceOrigin.DATELINE : ReferenceOrigin.PUBLICATION);
    }
    ReferenceOrigin origin = r.pick(ReferenceOrigin.RETRIEVAL, ReferenceOrigin.EDITOR, ReferenceOrigin.CONTEXT,
        ReferenceOrigin.UPDATE);
    return Reference.of(publication(r, day), origin);
  }

  /**
   * A mention whose value, when it has one with a year, lies within {@code span}: every form a
   * report prints, from "on 9 January 2024" to "since the spring", "as of 18:00 GMT", "on
   * Saturday" resolved against {@code reference}, "earlier", or a phrase left unresolved.
   */
  static DateMention mention(Randomness r, Span span, Reference reference) {
    LocalDate d = span.day(r);
    DateMention m = switch (r.nextInt(0, 13)) {
      case 1 -> DateMention.unresolved(r.pick("on Saturday", "last week", "last fall", "earlier this month"));
      case 2 -> DateMention.of("on " + month(d) + " " + d.getDayOfMonth(), PartialDate.of(MonthDay.from(d)));
      case 3 -> DateMention.of("in " + month(d) + " " + d.getYear(), PartialDate.of(YearMonth.from(d)));
      case 4 -> {
        PartialDate season = season(d);
        yield DateMention.of("in the " + season.season().orElseThrow().name().toLowerCase(Locale.ROOT) + " of "
            + season.year().orElseThrow(), season);
      }
      case 5 -> DateMention.of("in " + d.getYear(), PartialDate.ofYear(d.getYear()));
      case 6 -> DateMention.of("around " + day(d), PartialDate.of(d).withApproximate(true));
      case 7 -> {
        LocalDate to = d.plusDays(r.next(0, Math.min(30, new Span(d, span.hi()).days())));
        yield DateMention.of("between " + day(d) + " and " + day(to), DateInterval.of(PartialDate.of(d),
            PartialDate.of(to)));
      }
      case 8 -> {
        PartialDate season = season(d);
        yield DateMention.of("since the " + season.season().orElseThrow().name().toLowerCase(Locale.ROOT),
            DateInterval.from(season));
      }
      case 9 -> DateMention.of("by " + day(d), DateInterval.until(PartialDate.of(d)));
      case 10 -> relative(r, reference);
      case 11 -> clock(r, d);
      case 12 -> r.pick(DateMention.relative("earlier", RelativeTerm.EARLIER),
          DateMention.relative("later", RelativeTerm.LATER), DateMention.relative("recently", RelativeTerm.RECENTLY));
      case 13 -> DateMention.builder().phrase("at 06:30 local time").time(ClockTime.of(LocalTime.of(6, 30))).build();
      default -> DateMention.of("on " + day(d), PartialDate.of(d));
    };
    return m.value().isEmpty() || within(m.value().get(), span) ? m : DateMention.of("on " + day(d), PartialDate.of(d));
  }

  /** A mention that always has a value with a year within {@code span}: for dates whose order matters. */
  static DateMention dated(Randomness r, Span span, Reference reference) {
    DateMention m = mention(r, span, reference);
    if (m.value().isPresent() && m.value().get().earliest().isPresent()) {
      return m;
    }
    LocalDate d = span.day(r);
    return DateMention.of("on " + day(d), PartialDate.of(d));
  }

  /** Whether every day the value may denote lies within the span (open or unspecified ends aside). */
  static boolean within(DateValue value, Span span) {
    return value.earliest().map(e -> !e.isBefore(span.lo())).orElse(true)
        && value.latest().map(l -> !l.isAfter(span.hi())).orElse(true);
  }

  /** "On Saturday", "yesterday", "last week", resolved against a reference that may span days. */
  private static DateMention relative(Randomness r, Reference reference) {
    LocalDate e = reference.date().earliest().orElseThrow();
    LocalDate l = reference.date().latest().orElseThrow();
    return switch (r.nextInt(0, 2)) {
      case 1 -> DateMention.resolved("yesterday", span(e.minusDays(1), l.minusDays(1)), reference);
      case 2 -> DateMention.resolved("last week", span(e.minusWeeks(1).with(DayOfWeek.MONDAY),
          l.minusWeeks(1).with(DayOfWeek.SUNDAY)), reference);
      default -> {
        DayOfWeek day = r.pick(DayOfWeek.values());
        yield DateMention.resolved("on " + WEEKDAYS.get(day.getValue() - 1),
            span(before(e, day), before(l, day)), reference);
      }
    };
  }

  /** A day with a time of day, with or without a zone: "as of 18:00 GMT on 9 January 2024". */
  private static DateMention clock(Randomness r, LocalDate d) {
    DateMention.Builder b = DateMention.builder().value(PartialDate.of(d));
    return switch (r.nextInt(0, 2)) {
      case 1 -> b.phrase("at 06:30 Kyiv time on " + day(d))
          .time(ClockTime.of(LocalTime.of(6, 30), ZoneOffset.ofHours(2))).build();
      case 2 -> b.phrase("at 9 a.m. on " + day(d)).time(ClockTime.of(LocalTime.of(9, 0))).build();
      default -> b.phrase("as of 18:00 GMT on " + day(d)).time(ClockTime.of(LocalTime.of(18, 0), ZoneOffset.UTC))
          .build();
    };
  }

  /** The last {@code day} strictly before {@code date}. */
  private static LocalDate before(LocalDate date, DayOfWeek day) {
    int back = (date.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    return date.minusDays(back == 0 ? 7 : back);
  }

  private static DateValue span(LocalDate from, LocalDate to) {
    return from.equals(to) ? PartialDate.of(from) : DateInterval.of(PartialDate.of(from), PartialDate.of(to));
  }

  /** The meteorological season {@code d} falls in: January is in the winter of the year before. */
  static PartialDate season(LocalDate d) {
    int m = d.getMonthValue();
    if (m == 12 || m <= 2) {
      return PartialDate.of(m == 12 ? d.getYear() : d.getYear() - 1, Season.WINTER);
    }
    return PartialDate.of(d.getYear(), m <= 5 ? Season.SPRING : m <= 8 ? Season.SUMMER : Season.AUTUMN);
  }

  /** "9 January 2024". */
  static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
  }

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  private static String month(LocalDate d) {
    return MONTHS.get(d.getMonthValue() - 1);
  }

  /** A duration as printed: "within two weeks", "after two years in captivity", "in its third year". */
  static DurationMention duration(Randomness r) {
    return switch (r.nextInt(0, 6)) {
      case 1 -> DurationMention.of("within two weeks", Count.atMost(2).withUnit(Unit.WEEKS));
      case 2 -> DurationMention.of("a war now in its third year", Count.between(2, 3).withUnit(Unit.YEARS));
      case 3 -> DurationMention.of("over the past 24 hours", Count.exactly(24).withUnit(Unit.HOURS));
      case 4 -> DurationMention.of("nearly 18 months", Count.nearly(18).withUnit(Unit.MONTHS));
      case 5 -> {
        long days = r.next(1, 900);
        yield DurationMention.of("more than " + days + " days", Count.moreThan(days).withUnit(Unit.DAYS));
      }
      case 6 -> DurationMention.of(Count.about(r.next(1, 30)).withUnit(Unit.MONTHS));
      default -> DurationMention.of("after two years in captivity", Count.exactly(2).withUnit(Unit.YEARS));
    };
  }
}
