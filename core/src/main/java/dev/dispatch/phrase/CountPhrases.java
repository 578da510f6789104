package dev.dispatch.phrase;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads English count phrases into {@link Count}s and share phrases into {@link Proportion}s,
 * keeping the phrase as printed, and writes their canonical phrases.
 *
 * <p>A count phrase is a quantity, then optionally a unit and what is counted, then optionally a
 * best estimate: "more than 1,000", "about 11,000 troops", "at least 100 deaths", "hundreds of
 * square kilometres", "50 tonnes of aid", "between 60 and 93 deaths, most likely 80", "a
 * handful", "an unspecified number of civilians". The noun after the number ("deaths", "North
 * Korean troops") is {@linkplain Count#noun() what is counted}, never a unit: only the units of
 * {@link Unit} with an English name (square kilometres, hours, days, weeks, months, years,
 * tonnes) are read as units, and a count with no unit counts persons. A share phrase is a
 * qualifier and a fraction: "40%", "nearly a quarter", "most", "one in five".
 *
 * <p>Nothing is guessed: what cannot be read fails with a {@link PhraseException} saying where
 * reading stopped and what was expected. Every word and its meaning is listed in
 * {@code docs/phrases.md}. Stateless and thread-safe.
 */
public final class CountPhrases {
  private CountPhrases() {}

  // --- tables --------------------------------------------------------------------------------

  /** Qualifier words before a number or a share; "no more than" is tried before "more than". */
  private static final List<Map.Entry<String, Qualifier>> QUALIFIERS = List.of(
      Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
      Map.entry("no more than", Qualifier.AT_MOST), Map.entry("as many as", Qualifier.AT_MOST),
      Map.entry("more than", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN),
      Map.entry("over", Qualifier.MORE_THAN), Map.entry("at least", Qualifier.AT_LEAST),
      Map.entry("at most", Qualifier.AT_MOST), Map.entry("up to", Qualifier.AT_MOST),
      Map.entry("fewer than", Qualifier.FEWER_THAN), Map.entry("less than", Qualifier.FEWER_THAN),
      Map.entry("an estimated", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
      Map.entry("roughly", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT), Map.entry("about", Qualifier.ABOUT),
      Map.entry("some", Qualifier.ABOUT), Map.entry("nearly", Qualifier.NEARLY), Map.entry("almost", Qualifier.NEARLY),
      Map.entry("approaching", Qualifier.APPROACHING), Map.entry("exactly", Qualifier.EXACTLY));

  /** How {@link #format(Count)} writes the qualifiers of one number: one canonical word each. */
  private static final Map<Qualifier, String> QUALIFIER_NAMES = Map.of(Qualifier.EXACTLY, "",
      Qualifier.ABOUT, "about ", Qualifier.NEARLY, "nearly ", Qualifier.APPROACHING, "approaching ",
      Qualifier.MORE_THAN, "more than ", Qualifier.AT_LEAST, "at least ", Qualifier.AT_MOST, "at most ",
      Qualifier.FEWER_THAN, "fewer than ");

  /** How what is counted follows a quantity: "100 deaths" directly, "hundreds of deaths" after "of". */
  private enum Joint { DIRECT, OF }

  /**
   * A quantity in words: the count it reads as, how what is counted follows it, and whether
   * something must follow ("a number" alone is no count; "a number of civilians" is).
   */
  private record CountWord(String words, Count count, Joint joint, boolean needsWhat) {}

  /** Quantities in words; the first entry of each count is its canonical phrase. */
  private static final List<CountWord> COUNT_WORDS = List.of(
      new CountWord("hundreds of thousands", Count.of(Magnitude.HUNDREDS_OF_THOUSANDS), Joint.OF, false),
      new CountWord("tens of thousands", Count.of(Magnitude.TENS_OF_THOUSANDS), Joint.OF, false),
      new CountWord("a handful", Count.of(Magnitude.HANDFUL), Joint.OF, false),
      new CountWord("several", Count.of(Magnitude.SEVERAL), Joint.DIRECT, false),
      new CountWord("numerous", Count.of(Magnitude.NUMEROUS), Joint.DIRECT, false),
      new CountWord("tens", Count.of(Magnitude.TENS), Joint.OF, false),
      new CountWord("dozens", Count.of(Magnitude.DOZENS), Joint.OF, false),
      new CountWord("scores", Count.of(Magnitude.SCORES), Joint.OF, false),
      new CountWord("hundreds", Count.of(Magnitude.HUNDREDS), Joint.OF, false),
      new CountWord("thousands", Count.of(Magnitude.THOUSANDS), Joint.OF, false),
      new CountWord("millions", Count.of(Magnitude.MILLIONS), Joint.OF, false),
      new CountWord("an unspecified number", Count.unquantified(), Joint.OF, false),
      new CountWord("an undisclosed number", Count.unquantified(), Joint.OF, false),
      new CountWord("a number", Count.unquantified(), Joint.OF, true),
      new CountWord("an unknown number", Count.unknown(), Joint.OF, false));

  /** "Several dozen" is 36 to 108: "several" is 3 to 9 of the scale. */
  private static final Map<String, Long> SEVERAL_SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L);

  static final Map<String, Long> SMALL = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
      Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L));

  static final Map<String, Long> TENS = Map.of("twenty", 20L, "thirty", 30L, "forty", 40L, "fifty", 50L,
      "sixty", 60L, "seventy", 70L, "eighty", 80L, "ninety", 90L);

  private static final Map<String, Long> SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L,
      "million", 1_000_000L);

  /** Units of measure, singular and plural, longest first; the first entry of a unit is its plural name. */
  private static final List<Map.Entry<String, Unit>> UNITS = List.of(
      Map.entry("square kilometres", Unit.SQUARE_KILOMETRES), Map.entry("square kilometre", Unit.SQUARE_KILOMETRES),
      Map.entry("square kilometers", Unit.SQUARE_KILOMETRES), Map.entry("square kilometer", Unit.SQUARE_KILOMETRES),
      Map.entry("square km", Unit.SQUARE_KILOMETRES), Map.entry("sq km", Unit.SQUARE_KILOMETRES),
      Map.entry("km2", Unit.SQUARE_KILOMETRES), Map.entry("km²", Unit.SQUARE_KILOMETRES),
      Map.entry("tonnes", Unit.TONNES), Map.entry("tonne", Unit.TONNES),
      Map.entry("metric tons", Unit.TONNES), Map.entry("metric ton", Unit.TONNES),
      Map.entry("hours", Unit.HOURS), Map.entry("hour", Unit.HOURS), Map.entry("days", Unit.DAYS),
      Map.entry("day", Unit.DAYS), Map.entry("weeks", Unit.WEEKS), Map.entry("week", Unit.WEEKS),
      Map.entry("months", Unit.MONTHS), Map.entry("month", Unit.MONTHS), Map.entry("years", Unit.YEARS),
      Map.entry("year", Unit.YEARS));

  /** The singular name of each named unit, for "1 day". */
  private static final Map<Unit, String> SINGULAR = Map.of(Unit.SQUARE_KILOMETRES, "square kilometre",
      Unit.TONNES, "tonne", Unit.HOURS, "hour", Unit.DAYS, "day", Unit.WEEKS, "week", Unit.MONTHS, "month",
      Unit.YEARS, "year");

  /**
   * Measures this library has no unit for, or that are ambiguous: "30 miles" is not 30 persons
   * called miles, so these are rejected rather than read as nouns.
   */
  private static final Map<String, String> MEASURES = measures();

  private static Map<String, String> measures() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : List.of("tons", "ton")) {
      m.put(w, "\"tonnes\" or \"metric tons\" (\"tons\" may be short, long or metric tons)");
    }
    for (String w : List.of("kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile", "metres",
        "meters", "metre", "meter", "hectares", "hectare", "acres", "acre", "minutes", "minute", "seconds", "second",
        "kilograms", "kilogram", "kg", "litres", "liters")) {
      m.put(w, "a unit this library has (square kilometres, hours, days, weeks, months, years, tonnes)");
    }
    for (String w : List.of("%", "percent", "per")) {
      m.put(w, "a count: read a share such as \"40%\" with CountPhrases.parseProportion");
    }
    return Map.copyOf(m);
  }

  /** Words that may join the words of a noun ("prisoners of war") but never begin or end one. */
  private static final Set<String> JOINERS = Set.of("of", "and", "or", "the", "a", "an", "in", "on", "at", "for",
      "from", "with", "to", "by");

  /** Words that never belong to a noun: numbers, count words, qualifier and estimate words, units. */
  private static final Set<String> RESERVED = reserved();

  private static Set<String> reserved() {
    Set<String> r = new HashSet<>(SMALL.keySet());
    r.addAll(TENS.keySet());
    r.addAll(SCALES.keySet());
    r.addAll(List.of("most", "likely", "best", "estimate", "majority", "minority", "half", "percent", "per", "cent"));
    for (CountWord w : COUNT_WORDS) {
      r.addAll(List.of(w.words().split(" ", -1)));
    }
    for (Map.Entry<String, Qualifier> q : QUALIFIERS) {
      r.addAll(List.of(q.getKey().split(" ", -1)));
    }
    for (Map.Entry<String, Unit> u : UNITS) {
      r.addAll(List.of(u.getKey().split(" ", -1)));
    }
    r.addAll(MEASURES.keySet());
    r.removeAll(JOINERS);
    r.remove("square");
    r.remove("metric");
    return Set.copyOf(r);
  }

  /** A word of a noun as printed: letters, with inner hyphens or apostrophes ("non-combatants"). */
  private static final Pattern NOUN_WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");

  /** The longest noun a count keeps. */
  private static final int MAX_NOUN = 64;

  /** Shares in words that are not fractions: "most" is more than half. */
  private static final List<Map.Entry<String, Proportion>> SHARE_WORDS = List.of(
      Map.entry("the vast majority", Proportion.most()), Map.entry("the majority", Proportion.most()),
      Map.entry("a majority", Proportion.most()), Map.entry("most", Proportion.most()),
      Map.entry("a minority", Proportion.of(Qualifier.FEWER_THAN, 1, 2)));

  /** A fraction's denominator in words, singular and plural. */
  private record FractionWord(String singular, String plural, long denominator) {}

  /** The first entry of a denominator is how it is written ("quarter", not "fourth"). */
  private static final List<FractionWord> FRACTIONS = List.of(new FractionWord("half", "halves", 2),
      new FractionWord("third", "thirds", 3), new FractionWord("quarter", "quarters", 4),
      new FractionWord("fourth", "fourths", 4), new FractionWord("fifth", "fifths", 5),
      new FractionWord("sixth", "sixths", 6), new FractionWord("seventh", "sevenths", 7),
      new FractionWord("eighth", "eighths", 8), new FractionWord("ninth", "ninths", 9),
      new FractionWord("tenth", "tenths", 10));

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
  private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3})\\.(\\d+)");

  // --- what the documentation test reads ----------------------------------------------------

  /** The qualifier words the parser reads. */
  static List<String> qualifierWords() {
    return QUALIFIERS.stream().map(Map.Entry::getKey).toList();
  }

  /** The quantity words ("dozens", "a handful", "an unspecified number") the parser reads. */
  static List<String> countWords() {
    List<String> words = new ArrayList<>();
    COUNT_WORDS.forEach(w -> words.add(w.words()));
    SEVERAL_SCALES.keySet().forEach(s -> words.add("several " + s));
    return words;
  }

  /** The unit words the parser reads. */
  static List<String> unitWords() {
    return UNITS.stream().map(Map.Entry::getKey).toList();
  }

  /** The share words and fraction words the parser reads. */
  static List<String> shareWords() {
    List<String> words = new ArrayList<>();
    SHARE_WORDS.forEach(w -> words.add(w.getKey()));
    FRACTIONS.forEach(f -> words.add(f.singular()));
    return words;
  }

  // --- counts --------------------------------------------------------------------------------

  /**
   * Reads a count phrase.
   *
   * @param phrase the phrase as printed, kept verbatim in the result
   * @return the count, with {@link Count#phrase()} set to {@code phrase}
   * @throws PhraseException naming where reading stopped and what was expected
   */
  public static Count parse(String phrase) {
    Checks.notNull(phrase, "phrase");
    Tokens t = new Tokens(phrase);
    if (t.done()) {
      throw t.expected("a count phrase");
    }
    Count count = read(t);
    if (!t.done()) {
      throw t.expected(t.commaBefore()
          ? "a best estimate after the comma (\", most likely 80\") or the end of the phrase"
          : "what is counted (\"civilians\"), a unit (\"days\"), a best estimate (\", most likely 80\") or the end "
          + "of the phrase");
    }
    return count.withPhrase(phrase);
  }

  /** Reads a count from the cursor on, stopping where the count grammar stops; no phrase is set. */
  static Count read(Tokens t) {
    Quantity q = quantity(t);
    return estimate(t, what(t, q));
  }

  /** A quantity read, with how what is counted may follow it. */
  private record Quantity(Count count, Joint joint, boolean needsWhat, String words) {}

  private static Quantity quantity(Tokens t) {
    if (t.at("several") && SEVERAL_SCALES.containsKey(String.valueOf(t.peek(1)))) {
      t.next();
      long scale = SEVERAL_SCALES.getOrDefault(t.next(), 0L);
      return new Quantity(Count.between(3 * scale, 9 * scale), Joint.DIRECT, false, "several");
    }
    for (CountWord w : COUNT_WORDS) {
      if (t.accept(w.words())) {
        return new Quantity(w.count(), w.joint(), w.needsWhat(), w.words());
      }
    }
    if (t.at("some") && !startsNumber(t.peek(1))) {
      // "Some civilians" are more than none; "some" alone is not a number.
      t.next();
      return new Quantity(Count.unquantified(), Joint.DIRECT, true, "some");
    }
    if (t.accept("between")) {
      long low = number(t);
      if (!t.accept("and")) {
        throw t.expected("\"and\" in \"between ... and ...\"");
      }
      return new Quantity(range(t, low, number(t)), Joint.DIRECT, false, "between");
    }
    Qualifier qualifier = Qualifier.EXACTLY;
    for (Map.Entry<String, Qualifier> q : QUALIFIERS) {
      if (t.accept(q.getKey())) {
        qualifier = q.getValue();
        break;
      }
    }
    int at = t.index();
    long n = number(t);
    if (t.at("to") || t.at("-")) {
      if (qualifier != Qualifier.EXACTLY) {
        throw t.expected("no range after a qualifier (a range is \"60-93\" or \"between 60 and 93\")");
      }
      t.next();
      return new Quantity(range(t, n, number(t)), Joint.DIRECT, false, "");
    }
    try {
      return new Quantity(Count.of(qualifier, n), Joint.DIRECT, false, "");
    } catch (IllegalArgumentException e) {
      throw PhraseException.expected(t.phrase, at, "a number the qualifier allows (" + e.getMessage() + ")");
    }
  }

  private static Count range(Tokens t, long low, long high) {
    if (high < low) {
      throw PhraseException.expected(t.phrase, t.index(), "a range whose second number is not below its first");
    }
    return Count.between(low, high);
  }

  /** The unit and noun after the quantity, where the phrase gives them. */
  private static Count what(Tokens t, Quantity q) {
    Count count = q.count();
    boolean of = q.joint() == Joint.OF && t.accept("of");
    boolean follows = of || (q.joint() == Joint.DIRECT && !t.commaBefore());
    Unit unit = follows ? unit(t) : null;
    if (unit != null) {
      count = count.withUnit(unit);
      if (t.accept("of")) {
        return count.withNoun(noun(t));
      }
      return count;
    }
    if (follows && (of || startsNoun(t))) {
      return count.withNoun(noun(t));
    }
    if (q.needsWhat()) {
      throw t.expected("what is counted after \"" + q.words() + "\" (\"" + q.words()
          + (q.joint() == Joint.OF ? " of" : "") + " civilians\"), since \"" + q.words() + "\" alone counts nothing");
    }
    if (q.joint() == Joint.OF && startsNoun(t) && !t.commaBefore()) {
      throw t.expected("\"of\" before what is counted (\"" + q.words() + " of civilians\")");
    }
    return count;
  }

  /** A unit of measure at the cursor, consumed; null when none is there. */
  private static @Nullable Unit unit(Tokens t) {
    for (Map.Entry<String, Unit> u : UNITS) {
      if (t.accept(u.getKey())) {
        return u.getValue();
      }
    }
    String word = t.peek();
    if (word != null && MEASURES.containsKey(word)) {
      throw t.expected(MEASURES.get(word));
    }
    return null;
  }

  /** The unit whose words start {@code ahead} words on, without consuming; null when none. */
  static @Nullable Unit unitAt(Tokens t, int ahead) {
    for (Map.Entry<String, Unit> u : UNITS) {
      String[] words = u.getKey().split(" ", -1);
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        match = words[k].equals(t.peek(ahead + k));
      }
      if (match) {
        return u.getValue();
      }
    }
    return null;
  }

  /** Consumes a unit of time at the cursor ("days", "a week" is read by the caller); null when none. */
  static @Nullable Unit timeUnit(Tokens t) {
    Unit u = unitAt(t, 0);
    if (u == null || !u.isTime()) {
      return null;
    }
    unit(t);
    return u;
  }

  private static boolean startsNoun(Tokens t) {
    String w = t.peek();
    return w != null && isNounWord(w) && !JOINERS.contains(w);
  }

  private static boolean isNounWord(String lower) {
    return NOUN_WORD.matcher(lower).matches() && !RESERVED.contains(lower);
  }

  /**
   * What is counted, as printed: words of letters up to a comma, a parenthesis, a reserved word or
   * the end; joining words ("prisoners of war") only between others.
   */
  private static String noun(Tokens t) {
    int at = t.index();
    int from = t.mark();
    int end = from;
    while (!t.done() && (t.mark() == from || !t.commaBefore()) && isNounWord(String.valueOf(t.peek()))) {
      boolean joiner = JOINERS.contains(t.next());
      if (joiner && t.mark() - 1 == from) {
        t.reset(from);
        break;
      }
      if (!joiner) {
        end = t.mark();
      }
    }
    t.reset(end);
    if (end == from) {
      throw t.expected("what is counted, such as \"civilians\", or a unit such as \"square kilometres\"");
    }
    String noun = t.text(from, end);
    if (noun.length() > MAX_NOUN) {
      throw PhraseException.expected(t.phrase, at, "what is counted in at most " + MAX_NOUN + " characters");
    }
    return noun;
  }

  /** A best estimate after the count: ", most likely 80" or "(best estimate 80)". */
  private static Count estimate(Tokens t, Count count) {
    int at = t.index();
    long estimate;
    if (t.commaBefore() && t.accept("most likely")) {
      at = t.index();
      estimate = number(t);
    } else if (t.accept("(")) {
      if (!t.accept("best estimate")) {
        throw t.expected("\"best estimate\" and a number inside the parentheses");
      }
      at = t.index();
      estimate = number(t);
      if (!t.accept(")")) {
        throw t.expected("\")\" after the best estimate");
      }
    } else {
      return count;
    }
    if (count.qualifier() == Qualifier.UNKNOWN || count.best().isPresent()) {
      throw PhraseException.expected(t.phrase, at, "no best estimate: "
          + (count.qualifier() == Qualifier.UNKNOWN ? "a count with an estimate is \"about\" it, not unknown"
          : "the count's own number is already its best value"));
    }
    if (!count.contains(estimate)) {
      throw PhraseException.expected(t.phrase, at, "a best estimate within the count's bounds, " + count.lowerBound()
          + " to " + (count.upperBound().isPresent() ? Long.toString(count.upperBound().getAsLong()) : "unbounded"));
    }
    return count.withEstimate(estimate);
  }

  private static boolean startsNumber(@Nullable String w) {
    return w != null && (DIGITS.matcher(w).matches() || SCALES.containsKey(w) || isWord(w));
  }

  /** A number in digits ("11,000") or words ("three hundred", "a dozen", "twenty-one"). */
  static long number(Tokens t) {
    String word = t.peek();
    if (word == null) {
      throw t.expected("a number");
    }
    if (DIGITS.matcher(word).matches()) {
      String digits = word.replace(",", "");
      if (digits.length() > 16) {
        throw t.expected("a number of at most 16 digits");
      }
      t.next();
      return Long.parseLong(digits);
    }
    long total = 0;
    long current = 0;
    boolean any = false;
    int start = t.mark();
    while (!t.done()) {
      String w = String.valueOf(t.peek());
      if (!any && (w.equals("a") || w.equals("an")) && unitAt(t, 1) != null) {
        // "a week", "an hour": one of the unit that follows.
        t.next();
        return 1;
      }
      if (!any && w.equals("a") && SCALES.containsKey(String.valueOf(t.peek(1)))) {
        t.next();
        current = 1;
        any = true;
        continue;
      }
      boolean afterScale = (current > 0 && current % 100 == 0) || (total > 0 && current == 0);
      if (w.equals("and") && any && afterScale && isWord(t.peek(1))) {
        t.next();
        continue;
      }
      Long small = SMALL.get(w);
      Long tens = TENS.get(w.contains("-") ? w.substring(0, w.indexOf('-')) : w);
      Long scale = SCALES.get(w);
      if (small != null) {
        current += small;
      } else if (tens != null) {
        current += tens;
        if (w.contains("-")) {
          Long unit = SMALL.get(w.substring(w.indexOf('-') + 1));
          if (unit == null || unit == 0 || unit > 9) {
            throw t.expected("a number word such as \"twenty-one\"");
          }
          current += unit;
        }
      } else if (scale != null && scale < 1_000) {
        current = Math.max(current, 1) * scale;
      } else if (scale != null) {
        total += Math.max(current, 1) * scale;
        current = 0;
      } else {
        break;
      }
      t.next();
      any = true;
    }
    if (!any) {
      t.reset(start);
      throw t.expected("a number, in digits (\"11,000\") or words (\"three hundred\")");
    }
    return total + current;
  }

  private static boolean isWord(@Nullable String w) {
    return w != null
        && (SMALL.containsKey(w) || TENS.containsKey(w.contains("-") ? w.substring(0, w.indexOf('-')) : w));
  }

  /**
   * The canonical English phrase of a count: "more than 1,000", "between 60 and 93 deaths, most
   * likely 80", "hundreds of square kilometres", "an unspecified number of civilians". Persons are
   * not named; the other units are, in their plural (or singular after exactly one printed "1").
   * The count's own phrase is ignored.
   *
   * <p>{@code parse(format(c))} equals {@code c.withPhrase(format(c))} for every count this method
   * accepts: those whose unit has an English name (persons or a constant of {@link Unit}) and
   * whose noun, if any, reads back as a noun (words of letters, not beginning or ending with a
   * joining word such as "of", no number, count, qualifier or unit word; see
   * {@code docs/phrases.md}).
   *
   * @param count the count
   * @return a phrase that {@link #parse(String)} reads back to the same count
   * @throws IllegalArgumentException naming the field, for a count with a unit of its own code or
   *     a noun that would not read back
   */
  public static String format(Count count) {
    Checks.notNull(count, "count");
    Unit unit = count.unit();
    Checks.check(unit.equals(Unit.PERSONS) || SINGULAR.containsKey(unit), "Count", "unit",
        () -> "expected persons or a unit with an English name (km2, hours, days, weeks, months, years, tonnes) to "
            + "write a phrase that reads back, got " + unit);
    count.noun().ifPresent(noun -> Checks.check(readsBackAsNoun(noun), "Count", "noun",
        () -> "expected words of letters that read back as what is counted (see docs/phrases.md), got \"" + noun
            + "\""));
    StringBuilder s = new StringBuilder();
    Joint joint = Joint.DIRECT;
    Qualifier q = count.qualifier();
    if (q == Qualifier.BETWEEN) {
      s.append("between ").append(grouped(count.number().orElseThrow())).append(" and ")
          .append(grouped(count.rangeEnd().orElseThrow()));
    } else if (q == Qualifier.MAGNITUDE || q == Qualifier.UNQUANTIFIED || q == Qualifier.UNKNOWN) {
      CountWord word = canonical(count);
      s.append(word.words());
      joint = word.joint();
    } else {
      s.append(qualifierWord(q)).append(grouped(count.number().orElseThrow()));
    }
    // "hundreds of days", "3 days"; then what is counted: "3 days of fighting", "hundreds of deaths", "3 deaths".
    boolean named = !unit.equals(Unit.PERSONS);
    if (named) {
      boolean one = count.qualifier() != Qualifier.BETWEEN && count.number().orElse(0) == 1;
      s.append(joint == Joint.OF ? " of " : " ").append(one ? SINGULAR.get(unit) : pluralName(unit));
    }
    boolean of = named || joint == Joint.OF;
    count.noun().ifPresent(noun -> s.append(of ? " of " : " ").append(noun));
    count.estimate().ifPresent(e -> s.append(", most likely ").append(grouped(e)));
    return s.toString();
  }

  private static CountWord canonical(Count count) {
    Count bare = count.qualifier() == Qualifier.MAGNITUDE ? Count.of(count.magnitude().orElseThrow())
        : count.qualifier() == Qualifier.UNQUANTIFIED ? Count.unquantified() : Count.unknown();
    for (CountWord w : COUNT_WORDS) {
      if (w.count().equals(bare) && !w.needsWhat()) {
        return w;
      }
    }
    throw new IllegalStateException("no count word for " + bare);
  }

  private static String qualifierWord(Qualifier q) {
    String word = QUALIFIER_NAMES.get(q);
    if (word == null) {
      throw new IllegalStateException("no single-number qualifier word for " + q);
    }
    return word;
  }

  private static String pluralName(Unit unit) {
    for (Map.Entry<String, Unit> u : UNITS) {
      if (u.getValue().equals(unit)) {
        return u.getKey();
      }
    }
    throw new IllegalStateException("no name for " + unit);
  }

  /** Whether {@code noun}, written after a count, reads back as exactly that noun. */
  static boolean readsBackAsNoun(String noun) {
    Tokens t = new Tokens(noun);
    if (!startsNoun(t) || unitAt(t, 0) != null) {
      return false;
    }
    try {
      return noun(t).equals(noun) && t.done();
    } catch (PhraseException e) {
      return false;
    }
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  // --- proportions ---------------------------------------------------------------------------

  /**
   * Reads a share phrase: "40%", "40 per cent", "12.5%", "nearly a quarter", "about a third",
   * "half", "two-thirds", "most", "the majority", "more than half", "one in five".
   *
   * @param phrase the phrase as printed, kept verbatim in the result
   * @return the proportion, with {@link Proportion#phrase()} set to {@code phrase}
   * @throws PhraseException naming where reading stopped and what was expected
   */
  public static Proportion parseProportion(String phrase) {
    Checks.notNull(phrase, "phrase");
    Tokens t = new Tokens(phrase);
    if (t.done()) {
      throw t.expected("a share phrase");
    }
    Proportion p = readProportion(t);
    if (!t.done()) {
      throw t.expected("the end of the share phrase");
    }
    return p.withPhrase(phrase);
  }

  private static Proportion readProportion(Tokens t) {
    for (Map.Entry<String, Proportion> w : SHARE_WORDS) {
      if (t.accept(w.getKey())) {
        return w.getValue();
      }
    }
    Qualifier qualifier = Qualifier.EXACTLY;
    for (Map.Entry<String, Qualifier> q : QUALIFIERS) {
      if (t.accept(q.getKey())) {
        qualifier = q.getValue();
        break;
      }
    }
    int at = t.index();
    long[] fraction = fraction(t);
    try {
      return Proportion.of(qualifier, fraction[0], fraction[1]);
    } catch (IllegalArgumentException e) {
      throw PhraseException.expected(t.phrase, at, "a share the qualifier allows (" + e.getMessage() + ")");
    }
  }

  /** Numerator and denominator: "half", "two-thirds", "a quarter", "40%", "12.5 per cent", "one in five". */
  private static long[] fraction(Tokens t) {
    if (t.accept("half")) {
      return new long[] {1, 2};
    }
    String w = t.peek();
    if (w == null) {
      throw t.expected("a share such as \"40%\", \"a third\" or \"one in five\"");
    }
    String[] hyphenated = w.split("-", 2);
    int at = t.index();
    if (hyphenated.length == 2 && numeratorWord(hyphenated[0]) > 0 && fractionWord(hyphenated[1]) != null) {
      t.next();
      return fractionOf(t, at, numeratorWord(hyphenated[0]), hyphenated[1]);
    }
    String fractionWord = t.peek(1);
    if (numeratorWord(w) > 0 && fractionWord != null && fractionWord(fractionWord) != null) {
      t.next();
      at = t.index();
      t.next();
      return fractionOf(t, at, numeratorWord(w), fractionWord);
    }
    long numerator;
    long denominator = 100;
    Matcher decimal = DECIMAL.matcher(w);
    if (decimal.matches()) {
      String decimals = decimal.group(2);
      if (decimals.length() > 4) {
        throw t.expected("a percentage with at most four decimals");
      }
      t.next();
      long scale = (long) Math.pow(10, decimals.length());
      numerator = Long.parseLong(decimal.group(1)) * scale + Long.parseLong(decimals);
      denominator = 100 * scale;
      if (!acceptPercent(t)) {
        throw t.expected("\"%\", \"per cent\" or \"percent\" after a decimal share");
      }
      return new long[] {numerator, denominator};
    }
    if (!startsNumber(w) && !(w.equals("a") && SCALES.containsKey(String.valueOf(t.peek(1))))) {
      throw t.expected("a share such as \"40%\", \"a third\" or \"one in five\"");
    }
    numerator = number(t);
    if (acceptPercent(t)) {
      return new long[] {numerator, denominator};
    }
    if (t.accept("in") || t.accept("out of")) {
      return new long[] {numerator, number(t)};
    }
    throw t.expected("\"%\", \"per cent\" or \"percent\", or \"in\" and a whole (\"one in five\")");
  }

  private static boolean acceptPercent(Tokens t) {
    return t.accept("%") || t.accept("per cent") || t.accept("percent");
  }

  private static long[] fractionOf(Tokens t, int at, long numerator, String word) {
    FractionWord f = Objects.requireNonNull(fractionWord(word));
    if (numerator == 1 ? !word.equals(f.singular()) : !word.equals(f.plural())) {
      throw PhraseException.expected(t.phrase, at, "\"" + (numerator == 1 ? f.singular() : f.plural())
          + "\" after a numerator of " + numerator);
    }
    return new long[] {numerator, f.denominator()};
  }

  /** 1 for "a", "an", "one"; 2 to 9 for "two" to "nine"; 0 otherwise. */
  private static long numeratorWord(String w) {
    if (w.equals("a") || w.equals("an")) {
      return 1;
    }
    Long n = SMALL.get(w);
    return n != null && n >= 1 && n <= 9 ? n : 0;
  }

  private static @Nullable FractionWord fractionWord(@Nullable String w) {
    for (FractionWord f : FRACTIONS) {
      if (f.singular().equals(w) || f.plural().equals(w)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The canonical English phrase of a proportion: "40%", "12.5%", "nearly a quarter",
   * "two-thirds", "more than half", "3 in 7". A denominator of 100, 1,000 ... 1,000,000 is written
   * as a percentage (with one decimal per extra zero), a fraction below 1 with a denominator of
   * 2 to 10 and a numerator below 10 in words, any other as "n in d". The proportion's own phrase
   * is ignored; {@code parseProportion(format(p))} equals {@code p.withPhrase(format(p))} for
   * every proportion.
   *
   * @param proportion the proportion
   * @return a phrase that {@link #parseProportion(String)} reads back to the same proportion
   */
  public static String format(Proportion proportion) {
    Checks.notNull(proportion, "proportion");
    String qualifier = proportion.qualifier() == Qualifier.FEWER_THAN ? "less than "
        : qualifierWord(proportion.qualifier());
    long n = proportion.numerator();
    long d = proportion.denominator();
    int decimals = percentDecimals(d);
    if (decimals >= 0) {
      long scale = d / 100;
      String whole = Long.toString(n / scale);
      String rest = decimals == 0 ? "" : "." + String.format(Locale.ROOT, "%0" + decimals + "d", n % scale);
      return qualifier + whole + rest + "%";
    }
    if (n >= 1 && n < d && n <= 9 && d <= 10) {
      if (d == 2) {
        return qualifier + "half";
      }
      FractionWord f = fractionName(d);
      return qualifier + (n == 1 ? "a " + f.singular() : numberWord(n) + "-" + f.plural());
    }
    return qualifier + grouped(n) + " in " + grouped(d);
  }

  /** The number of decimals a percentage with this denominator prints, or -1 if it is not 100 times a power of 10. */
  private static int percentDecimals(long denominator) {
    int decimals = 0;
    for (long d = 100; d <= Proportion.MAX_DENOMINATOR; d *= 10, decimals++) {
      if (d == denominator) {
        return decimals;
      }
    }
    return -1;
  }

  private static String numberWord(long n) {
    for (Map.Entry<String, Long> e : SMALL.entrySet()) {
      if (e.getValue() == n) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no word for " + n);
  }

  /** The canonical fraction word of a denominator: the first in the table ("quarter", not "fourth"). */
  private static FractionWord fractionName(long denominator) {
    for (FractionWord f : FRACTIONS) {
      if (f.denominator() == denominator) {
        return f;
      }
    }
    throw new IllegalStateException("no fraction word for " + denominator);
  }
}
