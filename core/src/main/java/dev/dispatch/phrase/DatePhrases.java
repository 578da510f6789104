package dev.dispatch.phrase;

import dev.dispatch.count.Count;
import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.Season;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves English date phrases against a reference date (usually the publication date) into
 * {@link DateMention}s that keep the phrase as printed and the reference used.
 *
 * <p>The rules, each listed with an example in {@code docs/phrases.md}:
 * <ul>
 *   <li>a weekday ("on Saturday", "Tuesday") is the latest such day on or before the reference;
 *       "last Saturday" the latest strictly before it;
 *   <li>"last week" is the Monday-to-Sunday week before the reference's; "this week" the
 *       reference's; "this month", "last month" likewise;
 *   <li>"last August", "last fall" are the latest such month or season that ended before the
 *       reference's; "this summer" the season of the reference;
 *   <li>"January 9", "9 January", "mid-January", "early December", "late December", "the last
 *       week of December" fall in the latest such month on or before the reference's month, unless
 *       a year is printed; early is days 1-10, mid 11-20, late 21 to the end, the last week the
 *       last seven days;
 *   <li>"2024", "August 2024", "early 2024" (January-April), "mid-2024" (May-August), "late 2024"
 *       (September-December) state their year and need no reference.
 * </ul>
 * Without a reference, a phrase resolves only as far as it states on its own: "January 9" is
 * {@code XXXX-01-09}, "last fall" is {@code XXXX-23}, and "on Saturday" stays unresolved; nothing
 * is guessed. A numeric date such as "1/9" is ambiguous (day first or month first) and rejected.
 * Durations ("nearly three years") are counts: see {@link #duration(String)}. Stateless and
 * thread-safe.
 */
public final class DatePhrases {
  private DatePhrases() {}

  /**
   * Resolves a phrase against a reference date.
   *
   * @param phrase the phrase as printed
   * @param reference the date to resolve against, usually the publication date
   * @return the mention: phrase, value, and the reference when one was needed
   * @throws PhraseException if the phrase is not a supported form, or is ambiguous
   */
  public static DateMention resolve(String phrase, LocalDate reference) {
    return resolve(phrase, Optional.of(Checks.notNull(reference, "reference")));
  }

  /**
   * Resolves a phrase without a reference: only as far as the phrase states on its own.
   *
   * @param phrase the phrase as printed
   * @return the mention; relative phrases ("on Saturday") stay unresolved
   * @throws PhraseException if the phrase is not a supported form, or is ambiguous
   */
  public static DateMention resolve(String phrase) {
    return resolve(phrase, Optional.empty());
  }

  /**
   * Reads a duration phrase as a count in days, weeks, months or years: "nearly three years" is
   * nearly 3 years.
   *
   * @throws PhraseException if the phrase is not a count of a time unit
   */
  public static Count duration(String phrase) {
    Count c = CountPhrases.parse(phrase);
    String unit = c.unit().code();
    if (!unit.equals("days") && !unit.equals("weeks") && !unit.equals("months") && !unit.equals("years")) {
      throw PhraseException.expected(phrase, phrase.length(), "a unit of time (days, weeks, months, years)");
    }
    return c;
  }

  private static DateMention resolve(String phrase, Optional<LocalDate> reference) {
    Checks.notNull(phrase, "phrase");
    Tokens t = new Tokens(phrase);
    if (t.done()) {
      throw t.expected("a date phrase");
    }
    Resolved r = read(t, reference);
    if (!t.done()) {
      throw t.expected("the end of the date phrase");
    }
    DateMention.Builder b = DateMention.builder().phrase(phrase);
    r.value.ifPresent(b::value);
    if (r.value.isPresent() && r.usedReference) {
      b.reference(Reference.of(PartialDate.of(reference.orElseThrow()), ReferenceOrigin.PUBLICATION));
    }
    return b.build();
  }

  /** A value, if any, and whether the reference was needed for it. */
  private static final class Resolved {
    final Optional<DateValue> value;
    final boolean usedReference;

    Resolved(Optional<DateValue> value, boolean usedReference) {
      this.value = value;
      this.usedReference = usedReference;
    }
  }

  private static Resolved stated(DateValue v) {
    return new Resolved(Optional.of(v), false);
  }

  private static Resolved relative(Optional<LocalDate> reference, java.util.function.Function<LocalDate, DateValue> f) {
    return reference.map(r -> new Resolved(Optional.of(f.apply(r)), true)).orElse(new Resolved(Optional.empty(), false));
  }

  private static Resolved read(Tokens t, Optional<LocalDate> ref) {
    String first = t.peek();
    if (first.matches("\\d{1,2}") && "/".equals(t.peek(1))) {
      throw PhraseException.ambiguous(t.phrase, t.index(),
          "a numeric date may be day/month or month/day; write the month's name (\"January 9\")");
    }
    String iso = t.phrase.strip();
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      while (!t.done()) {
        t.next();
      }
      try {
        return stated(PartialDate.of(LocalDate.parse(iso)));
      } catch (java.time.DateTimeException e) {
        throw PhraseException.expected(t.phrase, 0, "a calendar date that exists");
      }
    }
    t.accept("on");
    t.accept("in");
    t.accept("the");
    if (t.accept("last week of")) {
      Month m = month(t);
      Optional<Integer> year = year(t);
      return inMonth(m, year, ref, ym -> DateInterval.of(day(ym, ym.lengthOfMonth() - 6), day(ym, ym.lengthOfMonth())),
          md -> DateInterval.of(PartialDate.of(MonthDay.of(m, m.maxLength() - 6)), PartialDate.of(MonthDay.of(m, m.maxLength()))));
    }
    if (t.accept("last week")) {
      return relative(ref, r -> {
        LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return DateInterval.of(PartialDate.of(monday), PartialDate.of(monday.plusDays(6)));
      });
    }
    if (t.accept("this week")) {
      return relative(ref, r -> {
        LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return DateInterval.of(PartialDate.of(monday), PartialDate.of(monday.plusDays(6)));
      });
    }
    if (t.accept("this month")) {
      return relative(ref, r -> PartialDate.of(YearMonth.from(r)));
    }
    if (t.accept("last month")) {
      return relative(ref, r -> PartialDate.of(YearMonth.from(r).minusMonths(1)));
    }
    if (t.accept("last year")) {
      return relative(ref, r -> PartialDate.ofYear(r.getYear() - 1));
    }
    if (t.accept("this year")) {
      return relative(ref, r -> PartialDate.ofYear(r.getYear()));
    }
    boolean last = t.accept("last");
    boolean thisOne = !last && t.accept("this");
    Optional<DayOfWeek> weekday = weekday(t.peek());
    if (weekday.isPresent()) {
      t.next();
      DayOfWeek d = weekday.get();
      return relative(ref, r -> PartialDate.of(last ? r.minusDays(1).with(TemporalAdjusters.previousOrSame(d))
          : r.with(TemporalAdjusters.previousOrSame(d))));
    }
    Optional<Season> season = season(t.peek());
    if (season.isPresent() && (last || thisOne)) {
      t.next();
      Season s = season.get();
      if (ref.isEmpty()) {
        return stated(PartialDate.of(s));
      }
      LocalDate r = ref.get();
      int current = seasonYear(r);
      Season now = seasonOf(r);
      int year = thisOne ? (s == now ? current : s.ordinal() < now.ordinal() ? current : current - 1)
          : s.ordinal() < now.ordinal() ? current : current - 1;
      if (thisOne && s != now) {
        throw PhraseException.ambiguous(t.phrase, 0, "\"this " + s.name().toLowerCase(Locale.ROOT)
            + "\" in " + now.name().toLowerCase(Locale.ROOT) + " may mean the coming or the past one");
      }
      return new Resolved(Optional.of(PartialDate.of(year, s)), true);
    }
    if (last) {
      Optional<Month> lastMonth = monthName(t.peek());
      if (lastMonth.isEmpty()) {
        throw t.expected("a weekday, month, season or \"week\" after \"last\"");
      }
      t.next();
      Month m = lastMonth.get();
      if (ref.isEmpty()) {
        return stated(PartialDate.of(m));
      }
      YearMonth r = YearMonth.from(ref.get());
      int year = m.getValue() < r.getMonthValue() ? r.getYear() : r.getYear() - 1;
      return new Resolved(Optional.of(PartialDate.of(year, m.getValue())), true);
    }
    String part = null;
    if (t.accept("early")) {
      part = "early";
    } else if (t.accept("late")) {
      part = "late";
    } else if (t.accept("mid") || t.accept("mid-")) {
      part = "mid";
      t.accept("-");
    } else if (t.peek() != null && t.peek().startsWith("mid-")) {
      part = "mid";
      String month = t.peek().substring(4);
      if (monthName(month).isEmpty()) {
        throw t.expected("a month after \"mid-\"");
      }
      t.next();
      return partOfMonth(t, "mid", monthName(month).get(), ref);
    }
    if (t.peek() != null && t.peek().matches("\\d{4}")) {
      int year = Integer.parseInt(t.next());
      if (part == null) {
        return stated(PartialDate.ofYear(year));
      }
      int from = part.equals("early") ? 1 : part.equals("mid") ? 5 : 9;
      return stated(DateInterval.of(PartialDate.of(year, from), PartialDate.of(year, from + 3)));
    }
    Optional<Month> month = monthName(t.peek());
    if (month.isPresent()) {
      t.next();
      if (part != null) {
        return partOfMonth(t, part, month.get(), ref);
      }
      if (t.peek() != null && t.peek().matches("\\d{1,2}")) {
        int day = Integer.parseInt(t.next());
        return dayOf(t, month.get(), day, ref);
      }
      Optional<Integer> year = year(t);
      return inMonth(month.get(), year, ref, PartialDate::of, md -> PartialDate.of(month.get()));
    }
    if (part == null && t.peek() != null && t.peek().matches("\\d{1,2}")) {
      int day = Integer.parseInt(t.next());
      Optional<Month> m = monthName(t.peek());
      if (m.isEmpty()) {
        throw t.expected("a month after the day");
      }
      t.next();
      return dayOf(t, m.get(), day, ref);
    }
    throw t.expected("a date phrase such as \"on Saturday\", \"last fall\", \"January 9\" or \"late 2024\"");
  }

  private static Resolved partOfMonth(Tokens t, String part, Month m, Optional<LocalDate> ref) {
    Optional<Integer> year = year(t);
    int from = part.equals("early") ? 1 : part.equals("mid") ? 11 : 21;
    return inMonth(m, year, ref,
        ym -> DateInterval.of(day(ym, from), day(ym, part.equals("late") ? ym.lengthOfMonth() : from + 9)),
        none -> DateInterval.of(PartialDate.of(MonthDay.of(m, from)),
            PartialDate.of(MonthDay.of(m, part.equals("late") ? m.maxLength() : from + 9))));
  }

  private static Resolved dayOf(Tokens t, Month m, int day, Optional<LocalDate> ref) {
    Optional<Integer> year = year(t);
    try {
      MonthDay.of(m, day);
    } catch (java.time.DateTimeException e) {
      throw PhraseException.expected(t.phrase, 0, "a day that exists in " + m.getDisplayName(java.time.format.TextStyle.FULL,
          Locale.ENGLISH));
    }
    if (year.isEmpty() && ref.isPresent()) {
      // A day: the latest such day on or before the reference, not merely in or before its month.
      LocalDate r = ref.get();
      MonthDay md = MonthDay.of(m, day);
      int y = md.isAfter(MonthDay.from(r)) ? r.getYear() - 1 : r.getYear();
      if (!md.isValidYear(y)) {
        y = y - 1;
        while (!md.isValidYear(y)) {
          y--;
        }
      }
      return new Resolved(Optional.of(PartialDate.of(md.atYear(y))), true);
    }
    return inMonth(m, year, ref, ym -> day(ym, day), none -> PartialDate.of(MonthDay.of(m, day)));
  }

  private static PartialDate day(YearMonth ym, int day) {
    return PartialDate.of(ym.getYear(), ym.getMonthValue(), day);
  }

  /** A month of a printed year, else the latest on or before the reference's, else with no year. */
  private static Resolved inMonth(Month m, Optional<Integer> year, Optional<LocalDate> ref,
      java.util.function.Function<YearMonth, DateValue> withYear, java.util.function.Function<Month, DateValue> without) {
    try {
      if (year.isPresent()) {
        return stated(withYear.apply(YearMonth.of(year.get(), m)));
      }
      if (ref.isEmpty()) {
        return stated(without.apply(m));
      }
      YearMonth r = YearMonth.from(ref.get());
      int y = m.getValue() <= r.getMonthValue() ? r.getYear() : r.getYear() - 1;
      return new Resolved(Optional.of(withYear.apply(YearMonth.of(y, m))), true);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw PhraseException.expected(m.toString(), 0, "a date that exists (" + e.getMessage() + ")");
    }
  }

  private static Optional<Integer> year(Tokens t) {
    if (t.peek() != null && t.peek().matches("\\d{4}")) {
      return Optional.of(Integer.parseInt(t.next()));
    }
    return Optional.empty();
  }

  private static Month month(Tokens t) {
    Optional<Month> m = monthName(t.peek());
    if (m.isEmpty()) {
      throw t.expected("a month's name");
    }
    t.next();
    return m.get();
  }

  static Optional<Month> monthName(String word) {
    if (word == null || word.length() < 3) {
      return Optional.empty();
    }
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      if (name.equals(word) || word.length() >= 3 && word.equals(name.substring(0, 3)) && !word.equals("may")
          || word.equals("sept")) {
        return Optional.of(word.equals("sept") ? Month.SEPTEMBER : m);
      }
    }
    return Optional.empty();
  }

  private static Optional<DayOfWeek> weekday(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Season> season(String word) {
    if (word == null) {
      return Optional.empty();
    }
    switch (word) {
      case "spring":
        return Optional.of(Season.SPRING);
      case "summer":
        return Optional.of(Season.SUMMER);
      case "fall":
      case "autumn":
        return Optional.of(Season.AUTUMN);
      case "winter":
        return Optional.of(Season.WINTER);
      default:
        return Optional.empty();
    }
  }

  /** The season a day falls in (winter of Y is December Y to February Y + 1). */
  private static Season seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    return m >= 3 && m <= 5 ? Season.SPRING : m >= 6 && m <= 8 ? Season.SUMMER : m >= 9 && m <= 11 ? Season.AUTUMN
        : Season.WINTER;
  }

  private static int seasonYear(LocalDate d) {
    return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
  }
}
