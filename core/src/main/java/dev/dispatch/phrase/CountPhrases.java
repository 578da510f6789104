package dev.dispatch.phrase;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.internal.Checks;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads English count phrases into {@link Count}s, keeping the phrase as printed, and writes a
 * count's canonical phrase: {@code parse(format(c))} gives {@code c} back (with the phrase kept).
 *
 * <p>A phrase is an optional qualifier, a number, and an optional unit: "more than 1,000",
 * "about 11,000 troops", "between 60 and 93", "60-93", "a dozen", "three hundred", "hundreds of
 * square kilometers", "several hundred", "nearly three years". It is the count alone: "more than
 * 1,000 North Korean troops" is not a count phrase ("North" is not a unit). Every form and its
 * meaning is listed in {@code docs/phrases.md}. Stateless and thread-safe.
 */
public final class CountPhrases {
  private CountPhrases() {}

  /** Qualifiers, longest first so that "no more than" is not read as "more than". */
  private static final List<Map.Entry<String, Qualifier>> QUALIFIERS = List.of(
      Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
      Map.entry("no more than", Qualifier.AT_MOST), Map.entry("more than", Qualifier.MORE_THAN),
      Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("at least", Qualifier.AT_LEAST),
      Map.entry("at most", Qualifier.AT_MOST), Map.entry("up to", Qualifier.AT_MOST),
      Map.entry("fewer than", Qualifier.FEWER_THAN), Map.entry("less than", Qualifier.FEWER_THAN),
      Map.entry("an estimated", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
      Map.entry("roughly", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT), Map.entry("about", Qualifier.ABOUT),
      Map.entry("some", Qualifier.ABOUT), Map.entry("nearly", Qualifier.NEARLY), Map.entry("almost", Qualifier.NEARLY),
      Map.entry("over", Qualifier.MORE_THAN), Map.entry("exactly", Qualifier.EXACTLY));

  /** The qualifier words the parser reads, for the documentation test. */
  static List<Map.Entry<String, Qualifier>> qualifierWords() {
    return QUALIFIERS;
  }

  private static final List<Map.Entry<String, Magnitude>> MAGNITUDES = List.of(
      Map.entry("hundreds of thousands", Magnitude.HUNDREDS_OF_THOUSANDS),
      Map.entry("tens of thousands", Magnitude.TENS_OF_THOUSANDS), Map.entry("dozens", Magnitude.DOZENS),
      Map.entry("hundreds", Magnitude.HUNDREDS), Map.entry("thousands", Magnitude.THOUSANDS),
      Map.entry("millions", Magnitude.MILLIONS));

  /** "Several" is three to nine: "several hundred" is 300 to 900. */
  private static final Map<String, Long> SEVERAL = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L);

  static final Map<String, Long> SMALL = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
      Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L));

  static final Map<String, Long> TENS = Map.of("twenty", 20L, "thirty", 30L, "forty", 40L, "fifty", 50L,
      "sixty", 60L, "seventy", 70L, "eighty", 80L, "ninety", 90L);

  private static final Set<String> PERSONS = Set.of("people", "persons", "person", "troops", "soldiers", "civilians",
      "prisoners", "personnel", "fighters", "men", "servicemen");

  /** Words that end a broken phrase rather than name a unit: "one hundred and" is not 100 "and"s. */
  private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "of", "to", "the", "a", "an", "than", "between");

  private static final Map<String, Unit> UNITS = Map.ofEntries(Map.entry("km2", Unit.SQUARE_KILOMETRES),
      Map.entry("km²", Unit.SQUARE_KILOMETRES), Map.entry("days", Unit.DAYS), Map.entry("day", Unit.DAYS),
      Map.entry("weeks", Unit.WEEKS), Map.entry("week", Unit.WEEKS), Map.entry("months", Unit.of("months")),
      Map.entry("month", Unit.of("months")), Map.entry("years", Unit.of("years")), Map.entry("year", Unit.of("years")));

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
    Count count = count(t);
    Unit unit = unit(t, count);
    if (!t.done()) {
      throw t.expected("a unit such as \"square kilometers\" or \"days\", or the end of the phrase");
    }
    return count.withUnit(unit).withPhrase(phrase);
  }

  private static Count count(Tokens t) {
    if (t.accept("an unknown number")) {
      return Count.unknown();
    }
    for (Map.Entry<String, Magnitude> m : MAGNITUDES) {
      if (t.accept(m.getKey())) {
        return Count.of(m.getValue());
      }
    }
    if (t.accept("several")) {
      String word = t.peek();
      Long scale = word == null ? null : SEVERAL.get(word);
      if (scale == null) {
        throw t.expected("\"dozen\", \"hundred\" or \"thousand\" after \"several\"");
      }
      t.next();
      return Count.between(3 * scale, 9 * scale);
    }
    if (t.accept("between")) {
      long low = number(t);
      if (!t.accept("and")) {
        throw t.expected("\"and\" in \"between ... and ...\"");
      }
      return range(t, low, number(t));
    }
    Qualifier qualifier = Qualifier.EXACTLY;
    for (Map.Entry<String, Qualifier> q : QUALIFIERS) {
      if (t.accept(q.getKey())) {
        qualifier = q.getValue();
        break;
      }
    }
    long n = number(t);
    if (qualifier == Qualifier.EXACTLY && (t.accept("to") || t.accept("-"))) {
      return range(t, n, number(t));
    }
    try {
      return Count.of(qualifier, n);
    } catch (IllegalArgumentException e) {
      throw t.expected("a number the qualifier allows (" + e.getMessage() + ")");
    }
  }

  private static Count range(Tokens t, long low, long high) {
    if (high < low) {
      throw PhraseException.expected(t.phrase, t.index(), "a range whose second number is not below its first");
    }
    return Count.between(low, high);
  }

  private static Unit unit(Tokens t, Count count) {
    if (t.done()) {
      return Unit.PERSONS;
    }
    if (count.qualifier() == Qualifier.MAGNITUDE || count.qualifier() == Qualifier.UNKNOWN) {
      t.accept("of");
    }
    if (t.accept("square kilometers") || t.accept("square kilometres") || t.accept("sq km")
        || t.accept("square km")) {
      return Unit.SQUARE_KILOMETRES;
    }
    String word = t.peek();
    if (word == null) {
      throw t.expected("a unit");
    }
    if (PERSONS.contains(word)) {
      t.next();
      return Unit.PERSONS;
    }
    Unit unit = UNITS.get(word);
    if (unit != null) {
      t.next();
      return unit;
    }
    if (word.matches("[a-z][a-z0-9_]{0,31}") && t.peek(1) == null && !SMALL.containsKey(word)
        && !FUNCTION_WORDS.contains(word)) {
      t.next();
      return Unit.of(word);
    }
    throw t.expected("a unit such as \"square kilometers\" or \"days\", or the end of the phrase");
  }

  /** A number in digits ("11,000") or words ("three hundred", "a dozen", "twenty-one"). */
  static long number(Tokens t) {
    String word = t.peek();
    if (word == null) {
      throw t.expected("a number");
    }
    if (word.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
      t.next();
      String digits = word.replace(",", "");
      if (digits.length() > 16) {
        throw PhraseException.expected(t.phrase, t.index(), "a number of at most 16 digits");
      }
      return Long.parseLong(digits);
    }
    long total = 0;
    long current = 0;
    boolean any = false;
    int start = t.mark();
    while (!t.done()) {
      String w = t.peek();
      if (!any && (w.equals("a") || w.equals("an")) && UNITS.containsKey(String.valueOf(t.peek(1)))) {
        t.next();
        return 1;
      }
      if (w.equals("a") && isScale(t.peek(1))) {
        t.next();
        current = Math.max(current, 1);
        any = true;
        continue;
      }
      boolean afterScale = current > 0 && current % 100 == 0 || total > 0 && current == 0;
      if (w.equals("and") && any && afterScale && isWord(t.peek(1))) {
        t.next();
        continue;
      }
      Long small = SMALL.get(w);
      Long tens = TENS.get(w.contains("-") ? w.substring(0, w.indexOf('-')) : w);
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
      } else if (w.equals("dozen")) {
        current = Math.max(current, 1) * 12;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (w.equals("thousand")) {
        total += Math.max(current, 1) * 1_000;
        current = 0;
      } else if (w.equals("million")) {
        total += Math.max(current, 1) * 1_000_000;
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

  private static boolean isScale(String w) {
    return "dozen".equals(w) || "hundred".equals(w) || "thousand".equals(w) || "million".equals(w);
  }

  private static boolean isWord(String w) {
    return w != null && (SMALL.containsKey(w) || TENS.containsKey(w.contains("-") ? w.substring(0, w.indexOf('-')) : w));
  }

  /**
   * The canonical English phrase of a count: "more than 1,000", "between 60 and 93", "hundreds of
   * square kilometres", "about 11,000". Persons are not named; other units are.
   *
   * @param count the count
   * @return a phrase that {@link #parse(String)} reads back to the same count
   */
  public static String format(Count count) {
    Checks.notNull(count, "count");
    NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
    String n = count.number().isPresent() ? f.format(count.number().getAsLong()) : "";
    String text;
    switch (count.qualifier()) {
      case EXACTLY:
        text = n;
        break;
      case ABOUT:
        text = "about " + n;
        break;
      case NEARLY:
        text = "nearly " + n;
        break;
      case MORE_THAN:
        text = "more than " + n;
        break;
      case AT_LEAST:
        text = "at least " + n;
        break;
      case AT_MOST:
        text = "at most " + n;
        break;
      case FEWER_THAN:
        text = "fewer than " + n;
        break;
      case BETWEEN:
        text = "between " + n + " and " + f.format(count.rangeEnd().getAsLong());
        break;
      case MAGNITUDE:
        text = count.magnitude().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        break;
      default:
        text = "an unknown number";
    }
    Unit unit = count.unit();
    if (unit.equals(Unit.PERSONS)) {
      return text;
    }
    String name = unit.equals(Unit.SQUARE_KILOMETRES) ? "square kilometres" : unit.code();
    return text + (count.qualifier() == Qualifier.MAGNITUDE || count.qualifier() == Qualifier.UNKNOWN ? " of " : " ")
        + name;
  }
}
