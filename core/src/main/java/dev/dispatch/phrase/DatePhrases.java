package dev.dispatch.phrase;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.internal.Checks;
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
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves English date phrases into {@link DateMention}s that keep the phrase as printed and
 * the {@link Reference} a relative phrase was resolved against, and reads duration phrases into
 * {@link DurationMention}s.
 *
 * <p>The forms, each listed with an example in {@code docs/phrases.md}:
 * <ul>
 *   <li>a weekday ("on Saturday") is the latest such day on or before the reference; "last
 *       Saturday" the latest strictly before it; "last week" the Monday-to-Sunday week before the
 *       reference's, "this week" the reference's; "this month", "last month", "this year", "last
 *       year" likewise;
 *   <li>"last August", "last fall" are the latest such month or season that ended before the
 *       reference's; "this summer" the season of the reference;
 *   <li>"January 9", "Dec. 30, 2024", "mid-January", "the last week of December" fall in the
 *       latest such month on or before the reference's month unless a year is printed; early is
 *       days 1-10, mid 11-20, late 21 to the end; "early 2024" is January to April, "mid-2024" May
 *       to August, "late 2024" September to December; "summer 2024" is that season;
 *   <li>"since X" is an interval from the first day X allows, open at the end ("since the
 *       spring": the latest spring that began on or before the reference); "by X" an interval open
 *       at the start, ending on the last day X allows ("by mid-January": the 20th);
 *   <li>"over the past 24 hours", "in the last two weeks" are the period of that length ending on
 *       the reference day, read widely: it may start up to that length before the reference day;
 *   <li>"earlier this year", "later in the year", "earlier this month", "later this month" are the
 *       part of the reference's year or month before or after the reference;
 *   <li>"earlier", "later", "recently" and their synonyms name no date any reference could
 *       resolve: they give a {@link RelativeTerm}, deliberately unresolved;
 *   <li>a time of day ("as of 18:00 GMT", "at 6 p.m. local time", "on Saturday at 18:00 UTC+2")
 *       gives the mention a {@link ClockTime}, with an offset only for a zone whose offset is
 *       fixed (GMT, UTC, CET, CEST, EET, EEST, an explicit "UTC+2"); a named zone ("Kyiv time",
 *       "local time") keeps no offset, since its offset depends on the date and the zone rules.
 * </ul>
 * Without a reference a phrase resolves only as far as it states on its own: "January 9" is
 * {@code XXXX-01-09}, "last fall" {@code XXXX-23}, and "on Saturday" stays unresolved. A
 * reference that is itself uncertain (an interval, or approximate) is resolved against each day
 * it allows: when all give the same value that is the value, otherwise the value is the interval
 * spanning them all; an approximate or uncertain reference makes the value approximate or
 * uncertain. Nothing is guessed: a numeric date such as "1/9" (day first or month first?) and
 * "midnight" (which day?) fail as ambiguous. Stateless and thread-safe.
 */
public final class DatePhrases {
  private DatePhrases() {}

  // --- tables --------------------------------------------------------------------------------

  /** Whole phrases that name a time relative to another, which no reference resolves. */
  private static final List<Map.Entry<String, RelativeTerm>> RELATIVE_TERMS = List.of(
      Map.entry("earlier", RelativeTerm.EARLIER), Map.entry("previously", RelativeTerm.EARLIER),
      Map.entry("later", RelativeTerm.LATER), Map.entry("afterwards", RelativeTerm.LATER),
      Map.entry("afterward", RelativeTerm.LATER), Map.entry("subsequently", RelativeTerm.LATER),
      Map.entry("recently", RelativeTerm.RECENTLY), Map.entry("lately", RelativeTerm.RECENTLY),
      Map.entry("in recent days", RelativeTerm.RECENTLY), Map.entry("in recent weeks", RelativeTerm.RECENTLY),
      Map.entry("in recent months", RelativeTerm.RECENTLY));

  /**
   * Zones whose offset from UTC is fixed by definition. Region zones ("Kyiv time", "Moscow
   * time", MSK, ET) are not: their offset changed with daylight saving or by law.
   */
  private static final Map<String, ZoneOffset> FIXED_ZONES = Map.of("gmt", ZoneOffset.UTC, "utc", ZoneOffset.UTC,
      "cet", ZoneOffset.ofHours(1), "cest", ZoneOffset.ofHours(2), "eet", ZoneOffset.ofHours(2),
      "eest", ZoneOffset.ofHours(3));

  private static final Map<String, Season> SEASONS = Map.of("spring", Season.SPRING, "summer", Season.SUMMER,
      "fall", Season.AUTUMN, "autumn", Season.AUTUMN, "winter", Season.WINTER);

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

  /** Units a war or a siege is "in its third ..." of. */
  private static final Map<String, Unit> NTH_UNITS = Map.of("hour", Unit.HOURS, "day", Unit.DAYS, "week", Unit.WEEKS,
      "month", Unit.MONTHS, "year", Unit.YEARS);

  /** What time may be spent in: "after two years in captivity". */
  private static final List<String> DURATION_CONTEXTS = List.of("captivity", "custody", "detention", "prison", "jail",
      "hospital");

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(a\\.m\\.?|p\\.m\\.?|am|pm)?");
  private static final Pattern HALF_DAY = Pattern.compile("a\\.m\\.?|p\\.m\\.?|am|pm");
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern ORDINAL = Pattern.compile("(\\d{1,3})(st|nd|rd|th)");
  private static final Pattern ZONE_ABBREVIATION = Pattern.compile("[A-Z]{2,5}");

  // --- what the documentation test reads ----------------------------------------------------

  static List<String> relativeWords() {
    return RELATIVE_TERMS.stream().map(Map.Entry::getKey).toList();
  }

  static List<String> seasonWords() {
    return List.copyOf(SEASONS.keySet());
  }

  static List<String> zoneWords() {
    return List.copyOf(FIXED_ZONES.keySet());
  }

  static List<String> durationContexts() {
    return DURATION_CONTEXTS;
  }

  // --- entry points --------------------------------------------------------------------------

  /**
   * Resolves a phrase against a publication date known to the day.
   *
   * @param phrase the phrase as printed
   * @param reference the publication date
   * @return the mention: phrase, value, time, and the reference (origin
   *     {@link ReferenceOrigin#PUBLICATION}) when it was needed
   * @throws PhraseException if the phrase is not a supported form, or is ambiguous
   */
  public static DateMention resolve(String phrase, LocalDate reference) {
    Checks.notNull(reference, "reference");
    return resolve(phrase, Reference.of(PartialDate.of(reference), ReferenceOrigin.PUBLICATION));
  }

  /**
   * Resolves a phrase against a reference that may itself be uncertain: a day, a month, an
   * interval ("published on the 12th or the 13th": {@code 2025-01-12/2025-01-13}), an interval
   * open at one end ("captured by an archive on the 13th": {@code ../2025-01-13}), or an
   * approximate date.
   *
   * <p>The phrase is resolved against the first and the last day the reference allows (every
   * rule gives a later or equal value for a later reference, so the days between fall in
   * between). When both give the same value, that is the value: "on Saturday" against
   * {@code 2025-01-11/2025-01-12} (a Saturday and a Sunday) is 2025-01-11. Otherwise the value is
   * the interval from the start of the first to the end of the last: "on Saturday" against
   * {@code 2025-01-10/2025-01-11} (a Friday and a Saturday) is {@code 2025-01-04/2025-01-11},
   * since either Saturday may be meant; an open end of the reference leaves that end open. When
   * the reference is approximate ({@code ~}) or uncertain ({@code ?}) anywhere, every date of the
   * value is flagged the same way. The reference is recorded on the mention whenever it was
   * needed for the value.
   *
   * @param phrase the phrase as printed
   * @param reference the date to resolve against and where it came from
   * @return the mention: phrase, value, time, and the reference when it was needed
   * @throws PhraseException if the phrase is not a supported form, or is ambiguous against some
   *     day the reference allows
   * @throws IllegalArgumentException if the reference's date has no known day at all (an
   *     unspecified year such as {@code XXXX-01-12})
   */
  public static DateMention resolve(String phrase, Reference reference) {
    Checks.notNull(phrase, "phrase");
    Checks.notNull(reference, "reference");
    DateValue date = reference.date();
    Optional<LocalDate> first = date.earliest();
    Optional<LocalDate> last = date.latest();
    Checks.check(first.isPresent() || last.isPresent(), "Reference", "date",
        () -> "expected a date with a known year to resolve against, got " + date.toEdtf());
    Reading low = first.isPresent() ? read(phrase, first.get()) : null;
    Reading high = last.isEmpty() ? null : last.equals(first) ? low : read(phrase, last.get());
    Reading any = Objects.requireNonNull(low != null ? low : high);
    DateValue lowValue = low == null ? null : low.value();
    DateValue highValue = high == null ? null : high.value();
    if (!any.usedReference() || any.value() == null) {
      return mention(phrase, any, null);
    }
    DateValue value;
    if (lowValue != null && lowValue.equals(highValue)) {
      value = lowValue;
    } else {
      Optional<PartialDate> start = lowValue == null ? Optional.empty() : startOf(lowValue);
      Optional<PartialDate> end = highValue == null ? Optional.empty() : endOf(highValue);
      if (start.isEmpty() && end.isEmpty()) {
        // "since the spring" against a reference open at its start: nothing is bounded.
        return mention(phrase, new Reading(null, false, any.time(), null), null);
      }
      value = new DateInterval(start, end);
    }
    return mention(phrase, new Reading(flagged(value, date), true, any.time(), null), reference);
  }

  /**
   * Resolves a phrase without a reference: only as far as the phrase states on its own.
   *
   * @param phrase the phrase as printed
   * @return the mention; relative phrases ("on Saturday") stay unresolved
   * @throws PhraseException if the phrase is not a supported form, or is ambiguous
   */
  public static DateMention resolve(String phrase) {
    Checks.notNull(phrase, "phrase");
    return mention(phrase, read(phrase, null), null);
  }

  /**
   * Reads a duration phrase: "nearly three years", "for 24 hours", "within two weeks" (at most 2
   * weeks), "after two years in captivity" (2 years), "in just two weeks", "over the past 24
   * hours" (24 hours), "a war now in its third year" (between 2 and 3 years: its third year began
   * after two years, and has lasted at most one more). The length keeps no phrase of its own:
   * the mention keeps the phrase as printed.
   *
   * @param phrase the phrase as printed, kept verbatim in the result
   * @return the duration: the phrase and its length in hours, days, weeks, months or years
   * @throws PhraseException if the phrase is not a supported duration
   */
  public static DurationMention duration(String phrase) {
    Checks.notNull(phrase, "phrase");
    Tokens t = new Tokens(phrase);
    if (t.done()) {
      throw t.expected("a duration phrase");
    }
    Count length = length(t);
    if (t.accept("in")) {
      if (!DURATION_CONTEXTS.contains(String.valueOf(t.peek()))) {
        throw t.expected("what the time was spent in: one of " + DURATION_CONTEXTS);
      }
      t.next();
    }
    if (!t.done()) {
      throw t.expected("the end of the duration phrase");
    }
    return DurationMention.of(phrase, length);
  }

  // --- reading -------------------------------------------------------------------------------

  /** What a phrase reads as against one reference day (or none). */
  private record Reading(@Nullable DateValue value, boolean usedReference, @Nullable ClockTime time,
      @Nullable RelativeTerm relative) {
    Reading withTime(ClockTime clock) {
      return new Reading(value, usedReference, clock, relative);
    }
  }

  private static Reading stated(DateValue value) {
    return new Reading(value, false, null, null);
  }

  private static Reading relative(@Nullable LocalDate ref, Function<LocalDate, DateValue> f) {
    return ref == null ? new Reading(null, false, null, null) : new Reading(f.apply(ref), true, null, null);
  }

  private static DateMention mention(String phrase, Reading r, @Nullable Reference reference) {
    DateMention.Builder b = DateMention.builder().phrase(phrase);
    DateValue value = r.value();
    ClockTime time = r.time();
    RelativeTerm term = r.relative();
    if (value != null) {
      b.value(value);
      if (reference != null && r.usedReference()) {
        b.reference(reference);
      }
    }
    if (time != null) {
      b.time(time);
    }
    if (term != null) {
      b.relative(term);
    }
    return b.build();
  }

  private static Reading read(String phrase, @Nullable LocalDate ref) {
    Tokens t = new Tokens(phrase);
    if (t.done()) {
      throw t.expected("a date phrase");
    }
    Reading r;
    try {
      r = readMention(t, ref);
    } catch (PhraseException e) {
      throw e;
    } catch (DateTimeException | IllegalArgumentException e) {
      // A reference near year 0 or 9999 can move a date out of the range a PartialDate holds.
      throw PhraseException.expected(phrase, 0, "a date between the years 0 and 9999 (" + e.getMessage() + ")");
    }
    if (!t.done()) {
      throw t.expected("the end of the date phrase");
    }
    return r;
  }

  private static Reading readMention(Tokens t, @Nullable LocalDate ref) {
    Reading rest = restOfPeriod(t, ref);
    if (rest != null) {
      return rest;
    }
    for (Map.Entry<String, RelativeTerm> term : RELATIVE_TERMS) {
      int mark = t.mark();
      if (t.accept(term.getKey()) && t.done()) {
        return new Reading(null, false, null, term.getValue());
      }
      t.reset(mark);
    }
    boolean asOf = t.accept("as of");
    boolean at = !asOf && t.accept("at");
    ClockTime time = clock(t);
    if (time != null) {
      return t.done() ? new Reading(null, false, time, null) : date(t, ref).withTime(time);
    }
    if (at) {
      throw t.expected("a time of day after \"at\", such as \"18:00\" or \"6 p.m.\"");
    }
    Reading date = date(t, ref);
    boolean atTime = t.accept("at");
    ClockTime later = clock(t);
    if (later != null) {
      return date.withTime(later);
    }
    if (atTime) {
      throw t.expected("a time of day after \"at\", such as \"18:00\" or \"6 p.m.\"");
    }
    return date;
  }

  /** "Earlier this year", "later in the month": the part of the reference's year or month before or after it. */
  private static @Nullable Reading restOfPeriod(Tokens t, @Nullable LocalDate ref) {
    int mark = t.mark();
    boolean earlier = t.accept("earlier");
    if (earlier || t.accept("later")) {
      if ((t.accept("in the") || t.accept("this")) && (t.at("year") || t.at("month"))) {
        boolean year = t.next().equals("year");
        if (ref == null) {
          return new Reading(null, false, null, earlier ? RelativeTerm.EARLIER : RelativeTerm.LATER);
        }
        LocalDate first = year ? ref.with(TemporalAdjusters.firstDayOfYear()) : ref.withDayOfMonth(1);
        LocalDate last = year ? ref.with(TemporalAdjusters.lastDayOfYear())
            : ref.with(TemporalAdjusters.lastDayOfMonth());
        return new Reading(earlier ? days(first, ref) : days(ref, last), true, null, null);
      }
      t.reset(mark);
    }
    return null;
  }

  private static DateInterval days(LocalDate from, LocalDate to) {
    return DateInterval.of(PartialDate.of(from), PartialDate.of(to));
  }

  /** A date with an optional "since" or "by", or a period ending at the reference. */
  private static Reading date(Tokens t, @Nullable LocalDate ref) {
    if (t.accept("since")) {
      Reading p = point(t, ref, true);
      DateValue v = p.value();
      return v == null ? p : new Reading(DateInterval.from(startOf(v).orElseThrow()), p.usedReference(), null, null);
    }
    if (t.accept("by")) {
      Reading p = point(t, ref, false);
      DateValue v = p.value();
      return v == null ? p : new Reading(DateInterval.until(endOf(v).orElseThrow()), p.usedReference(), null, null);
    }
    Count past = pastLength(t);
    if (past != null) {
      if (ref == null) {
        return new Reading(null, false, null, null);
      }
      return new Reading(days(start(ref, past.number().orElseThrow(), past.unit()), ref), true, null, null);
    }
    return point(t, ref, false);
  }

  /**
   * The first day a period of {@code n} units ending on {@code ref} may start on. The time of day
   * is unknown, so "the past 24 hours" may have started on the day before: the reading is wide.
   */
  private static LocalDate start(LocalDate ref, long n, Unit unit) {
    if (unit.equals(Unit.HOURS)) {
      return ref.minusDays((n + 23) / 24);
    }
    if (unit.equals(Unit.DAYS)) {
      return ref.minusDays(n);
    }
    if (unit.equals(Unit.WEEKS)) {
      return ref.minusWeeks(n);
    }
    return unit.equals(Unit.MONTHS) ? ref.minusMonths(n) : ref.minusYears(n);
  }

  /**
   * "Over the past 24 hours", "in the last two weeks", "the past week": the length, or null with
   * the cursor unmoved when the phrase is not of this form ("in the last week of December").
   */
  private static @Nullable Count pastLength(Tokens t) {
    int mark = t.mark();
    if (!t.accept("over")) {
      if (!t.accept("in")) {
        t.accept("for");
      }
    }
    boolean past = t.accept("the past");
    if (!past && !t.accept("the last")) {
      t.reset(mark);
      return null;
    }
    int at = t.index();
    long n = 1;
    Unit unit = null;
    try {
      if (CountPhrases.unitAt(t, 0) == null) {
        n = CountPhrases.number(t);
      }
      unit = CountPhrases.timeUnit(t);
    } catch (PhraseException e) {
      unit = null;
    }
    if (unit == null || t.at("of")) {
      if (past) {
        throw PhraseException.expected(t.phrase, at, "a number and a unit of time after \"the past\" (\"the past 24 "
            + "hours\")");
      }
      // "In the last week of December" is a week of a month, not a period ending at the reference.
      t.reset(mark);
      return null;
    }
    if (n < 1) {
      throw PhraseException.expected(t.phrase, at, "a length of at least one");
    }
    return Count.exactly(n).withUnit(unit);
  }

  /** A time of day at the cursor, with its zone; null (cursor unmoved) when none is there. */
  private static @Nullable ClockTime clock(Tokens t) {
    String w = t.peek();
    if (w == null) {
      return null;
    }
    if (w.equals("noon") || w.equals("midday")) {
      t.next();
      return zoned(t, LocalTime.NOON);
    }
    if (w.equals("midnight")) {
      throw PhraseException.ambiguous(t.phrase, t.index(),
          "\"midnight\" may begin or end the day; give the time (\"00:00\", \"23:59\")");
    }
    Matcher m = CLOCK.matcher(w);
    if (!m.matches()) {
      return null;
    }
    String half = m.group(3);
    int words = 1;
    String after = t.peek(1);
    if (half == null && after != null && HALF_DAY.matcher(after).matches()) {
      half = after;
      words = 2;
    }
    if (m.group(2) == null && half == null) {
      return null; // "9" in "9 January" is a day, not a time
    }
    int at = t.index();
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (half != null) {
      if (hour < 1 || hour > 12) {
        throw t.expected("an hour from 1 to 12 before a.m. or p.m.");
      }
      boolean pm = half.startsWith("p");
      if (!pm && hour == 12) {
        throw PhraseException.ambiguous(t.phrase, at, "\"12 a.m.\" is midnight, which may begin or end the day");
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      throw t.expected("a time of day from 00:00 to 23:59");
    }
    for (int k = 0; k < words; k++) {
      t.next();
    }
    return zoned(t, LocalTime.of(hour, minute));
  }

  /** The zone after a time, if any: an offset for a fixed zone, none for a named one. */
  private static ClockTime zoned(Tokens t, LocalTime time) {
    String w = t.peek();
    if (w == null) {
      return ClockTime.of(time);
    }
    if ((w.startsWith("gmt+") || w.startsWith("utc+")) && w.length() > 4) {
      int at = t.index();
      t.next();
      return ClockTime.of(time, offset(t, at, w.substring(3)));
    }
    if (w.equals("gmt") || w.equals("utc")) {
      t.next();
      String sign = t.peek();
      if (sign != null && sign.startsWith("+") && sign.length() > 1) {
        int at = t.index();
        t.next();
        return ClockTime.of(time, offset(t, at, sign));
      }
      String digits = t.peek(1);
      if ("-".equals(sign) && digits != null && Character.isDigit(digits.charAt(0))) {
        int at = t.index();
        t.next();
        t.next();
        return ClockTime.of(time, offset(t, at, "-" + digits));
      }
      return ClockTime.of(time, ZoneOffset.UTC);
    }
    ZoneOffset fixed = FIXED_ZONES.get(w);
    if (fixed != null) {
      t.next();
      return ClockTime.of(time, fixed);
    }
    if (t.accept("local time")) {
      return ClockTime.of(time);
    }
    if (w.matches("\\p{L}[\\p{L}'\u2019-]*") && "time".equals(t.peek(1)) && !w.equals("local")) {
      // "Kyiv time": a region's time, whose offset depends on the date and the zone's rules.
      t.next();
      t.next();
      return ClockTime.of(time);
    }
    if (ZONE_ABBREVIATION.matcher(t.text(t.mark(), t.mark() + 1)).matches()) {
      throw t.expected("a zone with a fixed offset (GMT, UTC, CET, CEST, EET, EEST or an offset such as UTC+2), "
          + "\"local time\" or a place's time (\"Kyiv time\")");
    }
    return ClockTime.of(time);
  }

  private static ZoneOffset offset(Tokens t, int at, String text) {
    Matcher m = OFFSET.matcher(text);
    if (!m.matches()) {
      throw PhraseException.expected(t.phrase, at, "an offset such as +2 or +05:30");
    }
    int sign = m.group(1).equals("-") ? -1 : 1;
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      throw PhraseException.expected(t.phrase, at, "an offset from -18:00 to +18:00");
    }
  }

  /** The first date a value allows, at its precision; empty when its start is open. */
  private static Optional<PartialDate> startOf(DateValue v) {
    return v instanceof PartialDate p ? Optional.of(p) : ((DateInterval) v).start();
  }

  /** The last date a value allows, at its precision; empty when its end is open. */
  private static Optional<PartialDate> endOf(DateValue v) {
    return v instanceof PartialDate p ? Optional.of(p) : ((DateInterval) v).end();
  }

  /** {@code value} with every date flagged approximate or uncertain where the reference is. */
  private static DateValue flagged(DateValue value, DateValue reference) {
    List<PartialDate> ends = new ArrayList<>();
    startOf(reference).ifPresent(ends::add);
    endOf(reference).ifPresent(ends::add);
    boolean approximate = ends.stream().anyMatch(PartialDate::approximate);
    boolean uncertain = ends.stream().anyMatch(PartialDate::uncertain);
    if (!approximate && !uncertain) {
      return value;
    }
    Function<PartialDate, PartialDate> flag = d -> d.withApproximate(d.approximate() || approximate)
        .withUncertain(d.uncertain() || uncertain);
    if (value instanceof PartialDate p) {
      return flag.apply(p);
    }
    DateInterval i = (DateInterval) value;
    return new DateInterval(i.start().map(flag), i.end().map(flag));
  }

  /** A date or a span: the forms of the class description, without "since" or "by". */
  private static Reading point(Tokens t, @Nullable LocalDate ref, boolean afterSince) {
    String first = String.valueOf(t.peek());
    if (first.matches("\\d{1,2}") && "/".equals(t.peek(1))) {
      throw PhraseException.ambiguous(t.phrase, t.index(),
          "a numeric date may be day/month or month/day; write the month's name (\"January 9\")");
    }
    if (first.matches("\\d{4}") && "-".equals(t.peek(1)) && String.valueOf(t.peek(2)).matches("\\d{2}")
        && "-".equals(t.peek(3)) && String.valueOf(t.peek(4)).matches("\\d{2}")) {
      int at = t.index();
      String iso = t.next() + "-" + skip(t) + "-" + skip(t);
      try {
        return stated(PartialDate.of(LocalDate.parse(iso)));
      } catch (DateTimeException e) {
        throw PhraseException.expected(t.phrase, at, "a calendar date that exists");
      }
    }
    t.accept("on");
    t.accept("in");
    t.accept("the");
    if (t.accept("last week of")) {
      Month m = month(t);
      Integer year = year(t);
      return inMonth(t, m, year, ref, ym -> days(ym.atEndOfMonth().minusDays(6), ym.atEndOfMonth()),
          none -> DateInterval.of(PartialDate.of(MonthDay.of(m, m.maxLength() - 6)),
              PartialDate.of(MonthDay.of(m, m.maxLength()))));
    }
    if (t.accept("last week")) {
      return relative(ref, r -> {
        LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return days(monday, monday.plusDays(6));
      });
    }
    if (t.accept("this week")) {
      return relative(ref, r -> {
        LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days(monday, monday.plusDays(6));
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
    if (season.isPresent()) {
      t.next();
      return season(t, season.get(), last, thisOne, afterSince, ref);
    }
    if (last) {
      Optional<Month> lastMonth = monthName(t.peek());
      if (lastMonth.isEmpty()) {
        throw t.expected("a weekday, month, season or \"week\" after \"last\"");
      }
      t.next();
      Month m = lastMonth.get();
      if (ref == null) {
        return stated(PartialDate.of(m));
      }
      YearMonth r = YearMonth.from(ref);
      int year = m.getValue() < r.getMonthValue() ? r.getYear() : r.getYear() - 1;
      return new Reading(PartialDate.of(year, m.getValue()), true, null, null);
    }
    if (thisOne) {
      throw t.expected("a season, \"week\", \"month\" or \"year\" after \"this\"");
    }
    String part = null;
    if (t.accept("early")) {
      part = "early";
    } else if (t.accept("late")) {
      part = "late";
    } else if (t.accept("mid")) {
      part = "mid";
      t.accept("-");
    } else if (String.valueOf(t.peek()).startsWith("mid-")) {
      Optional<Month> month = monthName(String.valueOf(t.peek()).substring(4));
      if (month.isEmpty()) {
        throw t.expected("a month after \"mid-\"");
      }
      t.next();
      return partOfMonth(t, "mid", month.get(), ref);
    }
    if (String.valueOf(t.peek()).matches("\\d{4}")) {
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
      if (String.valueOf(t.peek()).matches("\\d{1,2}")) {
        int at = t.index();
        int day = Integer.parseInt(t.next());
        return dayOf(t, at, month.get(), day, ref);
      }
      Integer year = year(t);
      return inMonth(t, month.get(), year, ref, PartialDate::of, PartialDate::of);
    }
    if (part == null && String.valueOf(t.peek()).matches("\\d{1,2}")) {
      int at = t.index();
      int day = Integer.parseInt(t.next());
      Optional<Month> m = monthName(t.peek());
      if (m.isEmpty()) {
        throw t.expected("a month after the day");
      }
      t.next();
      return dayOf(t, at, m.get(), day, ref);
    }
    throw t.expected("a date phrase such as \"on Saturday\", \"last fall\", \"January 9\" or \"late 2024\" "
        + "(a duration such as \"within two weeks\" is read by DatePhrases.duration)");
  }

  /** Skips a "-" and returns the word after it. */
  private static String skip(Tokens t) {
    t.next();
    return t.next();
  }

  /**
   * A season: "last fall", "this winter", "summer 2024", "the summer of 2024", and after "since",
   * "the spring" alone: the latest spring that began on or before the reference.
   */
  private static Reading season(Tokens t, Season s, boolean last, boolean thisOne, boolean afterSince,
      @Nullable LocalDate ref) {
    if (!last && !thisOne) {
      int mark = t.mark();
      t.accept("of");
      Integer year = year(t);
      if (year != null) {
        return stated(PartialDate.of(year, s));
      }
      t.reset(mark);
      if (!afterSince) {
        throw t.expected("a year after the season (\"summer 2024\"), or \"last\" or \"this\" before it");
      }
      if (ref == null) {
        return stated(PartialDate.of(s));
      }
      LocalDate began = LocalDate.of(ref.getYear(), s.firstMonth(), 1);
      return new Reading(PartialDate.of(began.isAfter(ref) ? ref.getYear() - 1 : ref.getYear(), s), true, null, null);
    }
    if (ref == null) {
      return stated(PartialDate.of(s));
    }
    int current = seasonYear(ref);
    Season now = seasonOf(ref);
    if (thisOne && s != now) {
      throw PhraseException.ambiguous(t.phrase, 0, "\"this " + s.name().toLowerCase(Locale.ROOT)
          + "\" in " + now.name().toLowerCase(Locale.ROOT) + " may mean the coming or the past one");
    }
    // Seasons in calendar order from spring: one before the reference's began in its season-year.
    boolean earlier = s.firstMonth().getValue() < now.firstMonth().getValue();
    int year = thisOne || earlier ? current : current - 1;
    return new Reading(PartialDate.of(year, s), true, null, null);
  }

  private static Reading partOfMonth(Tokens t, String part, Month m, @Nullable LocalDate ref) {
    Integer year = year(t);
    int from = part.equals("early") ? 1 : part.equals("mid") ? 11 : 21;
    return inMonth(t, m, year, ref,
        ym -> days(ym.atDay(from), part.equals("late") ? ym.atEndOfMonth() : ym.atDay(from + 9)),
        none -> DateInterval.of(PartialDate.of(MonthDay.of(m, from)),
            PartialDate.of(MonthDay.of(m, part.equals("late") ? m.maxLength() : from + 9))));
  }

  private static Reading dayOf(Tokens t, int at, Month m, int day, @Nullable LocalDate ref) {
    Integer year = year(t);
    MonthDay md;
    try {
      md = MonthDay.of(m, day);
    } catch (DateTimeException e) {
      throw PhraseException.expected(t.phrase, at, "a day that exists in " + m.getDisplayName(TextStyle.FULL,
          Locale.ENGLISH));
    }
    if (year == null && ref != null) {
      // A day: the latest such day on or before the reference, not merely in or before its month.
      int y = md.isAfter(MonthDay.from(ref)) ? ref.getYear() - 1 : ref.getYear();
      while (!md.isValidYear(y)) {
        y--;
      }
      return new Reading(PartialDate.of(md.atYear(y)), true, null, null);
    }
    return inMonth(t, m, year, ref, ym -> PartialDate.of(ym.getYear(), ym.getMonthValue(), day),
        none -> PartialDate.of(md));
  }

  /** A month of a printed year, else the latest on or before the reference's, else with no year. */
  private static Reading inMonth(Tokens t, Month m, @Nullable Integer year, @Nullable LocalDate ref,
      Function<YearMonth, DateValue> withYear, Function<Month, DateValue> without) {
    try {
      if (year != null) {
        return stated(withYear.apply(YearMonth.of(year, m)));
      }
      if (ref == null) {
        return stated(without.apply(m));
      }
      YearMonth r = YearMonth.from(ref);
      int y = m.getValue() <= r.getMonthValue() ? r.getYear() : r.getYear() - 1;
      return new Reading(withYear.apply(YearMonth.of(y, m)), true, null, null);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw PhraseException.expected(t.phrase, 0, "a date that exists (" + e.getMessage() + ")");
    }
  }

  private static @Nullable Integer year(Tokens t) {
    if (String.valueOf(t.peek()).matches("\\d{4}")) {
      return Integer.parseInt(t.next());
    }
    return null;
  }

  private static Month month(Tokens t) {
    Optional<Month> m = monthName(t.peek());
    if (m.isEmpty()) {
      throw t.expected("a month's name");
    }
    t.next();
    return m.get();
  }

  /**
   * A month's name: in full ("january"), or its first three letters ("jan", "sept" too) with or
   * without a full stop ("dec."); May is never abbreviated, so "may." is not a month.
   */
  static Optional<Month> monthName(@Nullable String word) {
    if (word == null) {
      return Optional.empty();
    }
    boolean stop = word.endsWith(".");
    String w = stop ? word.substring(0, word.length() - 1) : word;
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      boolean abbreviation = (w.equals(name.substring(0, 3)) && m != Month.MAY)
          || (m == Month.SEPTEMBER && w.equals("sept"));
      if ((!stop && name.equals(w)) || abbreviation) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<DayOfWeek> weekday(@Nullable String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Season> season(@Nullable String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(SEASONS.get(word));
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

  // --- durations -----------------------------------------------------------------------------

  private static Count length(Tokens t) {
    Count past = pastLength(t);
    if (past != null) {
      return past;
    }
    Count nth = nthUnit(t);
    if (nth != null) {
      return nth;
    }
    if (t.accept("within")) {
      int at = t.index();
      Count c = timeCount(t);
      if (!c.isExact()) {
        throw PhraseException.expected(t.phrase, at, "an exact number after \"within\" (\"within two weeks\")");
      }
      return Count.atMost(c.number().orElseThrow()).withUnit(c.unit());
    }
    if (!t.accept("for") && !t.accept("after") && t.accept("in")) {
      if (!t.accept("just")) {
        t.accept("only");
      }
    }
    return timeCount(t);
  }

  private static Count timeCount(Tokens t) {
    int at = t.index();
    Count c = CountPhrases.read(t);
    if (!c.unit().isTime()) {
      throw PhraseException.expected(t.phrase, at, "a length in hours, days, weeks, months or years");
    }
    return c;
  }

  /**
   * "A war now in its third year": between 2 and 3 years (it has lasted two years and at most
   * one more); null (cursor unmoved) when the phrase is not of this form.
   */
  private static @Nullable Count nthUnit(Tokens t) {
    int mark = t.mark();
    if (t.accept("a") || t.accept("an") || t.accept("the")) {
      while (!t.done() && !t.at("now") && !(t.at("in") && "its".equals(t.peek(1)))) {
        t.next();
      }
    }
    t.accept("now");
    if (!t.accept("in its")) {
      t.reset(mark);
      return null;
    }
    String word = String.valueOf(t.peek());
    Matcher digits = ORDINAL.matcher(word);
    int n = digits.matches() ? Integer.parseInt(digits.group(1)) : ORDINALS.indexOf(word) + 1;
    if (n < 1) {
      throw t.expected("an ordinal such as \"third\" or \"3rd\"");
    }
    t.next();
    Unit unit = NTH_UNITS.get(String.valueOf(t.peek()));
    if (unit == null) {
      throw t.expected("\"year\", \"month\", \"week\", \"day\" or \"hour\" after the ordinal");
    }
    t.next();
    return Count.between(n - 1L, n).withUnit(unit);
  }
}
