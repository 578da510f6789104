package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import java.util.Locale;
import java.util.OptionalLong;

/** Draws counts and proportions, and prints them as a report would. */
final class Counts {
  private Counts() {}

  /** The largest number drawn for a whole; parts stay within it. */
  static final long MAX = 100_000;

  /** A count of any qualifier and magnitude, in persons, numbers up to {@code max}. */
  static Count any(Randomness r, long max) {
    Qualifier q = r.pick(Qualifier.values());
    long n = r.next(0, max);
    return switch (q) {
      case BETWEEN -> Count.between(n, n + r.next(0, max));
      case MAGNITUDE -> Count.of(r.pick(Magnitude.values()));
      case UNKNOWN -> Count.unknown();
      case UNQUANTIFIED -> Count.unquantified();
      case FEWER_THAN -> Count.fewerThan(n + 1);
      default -> Count.of(q, n);
    };
  }

  /**
   * A count as printed: sometimes with a best estimate inside its bounds, a trailing noun and the
   * phrase. Nouns say what is counted and never change the unit.
   */
  static Count dressed(Randomness r, Count c) {
    Count d = c;
    if (r.oneIn(4)) {
      d = withEstimate(r, d);
    }
    if (r.oneIn(3)) {
      d = d.withNoun(r.pick(Words.NOUNS));
    }
    return r.nextBoolean() ? d.withPhrase(phrase(d)) : d;
  }

  /** The count with a best estimate inside its bounds, where its qualifier allows one. */
  static Count withEstimate(Randomness r, Count c) {
    Qualifier q = c.qualifier();
    if (q == Qualifier.EXACTLY || q == Qualifier.ABOUT || q == Qualifier.NEARLY || q == Qualifier.UNKNOWN) {
      return c;
    }
    long low = c.lowerBound();
    long high = c.upperBound().orElse(low + 1_000);
    return c.withEstimate(low + r.next(0, high - low));
  }

  /**
   * A count that allows {@code value}, whose upper bound (when {@code cap} is given) exists and is at
   * most {@code cap}. Every qualifier can be drawn when there is no cap; with a cap, only bounded ones.
   */
  static Count containing(Randomness r, long value, OptionalLong cap) {
    long ceiling = cap.orElse(value + 1_000);
    int forms = cap.isPresent() ? 6 : 12;
    return switch (r.nextInt(0, forms)) {
      case 1 -> Count.atMost(value + r.next(0, ceiling - value));
      case 2 -> Count.between(r.next(0, value), value + r.next(0, ceiling - value));
      case 3 -> Count.nearly(value + r.next(0, ceiling - value));
      case 4 -> Count.approaching(value + r.next(0, ceiling - value));
      case 5 -> Count.fewerThan(value + r.next(0, ceiling - value) + 1);
      case 6 -> magnitude(value, cap);
      case 7 -> Count.atLeast(r.next(0, value));
      case 8 -> value >= 1 ? Count.moreThan(r.next(0, value - 1)) : Count.exactly(value);
      case 9 -> Count.about(value);
      case 10 -> value >= 1 ? Count.unquantified() : Count.exactly(value);
      case 11 -> Count.unknown();
      case 12 -> magnitude(value, cap);
      default -> Count.exactly(value);
    };
  }

  /** The first magnitude that allows {@code value} within the cap, else the exact value. */
  private static Count magnitude(long value, OptionalLong cap) {
    for (Magnitude m : Magnitude.values()) {
      long high = m.high().orElse(Long.MAX_VALUE);
      if (m.low() <= value && value <= high && (cap.isEmpty() || (m.high().isPresent() && high <= cap.getAsLong()))) {
        return Count.of(m);
      }
    }
    return Count.exactly(value);
  }

  /** A value the count allows: a witness drawn between its bounds. */
  static long witness(Randomness r, Count c) {
    long low = c.lowerBound();
    long high = c.upperBound().orElse(low + 1_000);
    return low + r.next(0, high - low);
  }

  /** A proportion of every allowed qualifier, with its phrase as printed most of the time. */
  static Proportion proportion(Randomness r) {
    return switch (r.nextInt(0, 9)) {
      case 1 -> Proportion.of(Qualifier.ABOUT, 1, 3).withPhrase("about a third");
      case 2 -> Proportion.of(Qualifier.NEARLY, 1, 4).withPhrase("nearly a quarter");
      case 3 -> Proportion.most().withPhrase("most");
      case 4 -> Proportion.exactly(1, 2).withPhrase("half");
      case 5 -> Proportion.of(Qualifier.AT_LEAST, 1, 5).withPhrase("at least a fifth");
      case 6 -> Proportion.of(Qualifier.AT_MOST, 30, 100).withPhrase("up to 30%");
      case 7 -> Proportion.of(Qualifier.FEWER_THAN, 10, 100).withPhrase("fewer than 10%");
      case 8 -> Proportion.of(Qualifier.APPROACHING, 1, 2).withPhrase("approaching half");
      case 9 -> Proportion.of(Qualifier.MORE_THAN, r.next(0, 99), 100);
      default -> {
        long percent = r.next(0, 100);
        yield Proportion.percent(percent).withPhrase(percent + "%");
      }
    };
  }

  /** An English phrase for a count, as a report might print it, with its unit and noun. */
  static String phrase(Count c) {
    String n = c.number().isPresent() ? grouped(c.number().getAsLong()) : "";
    String noun = c.noun().orElse("");
    String unit = unitName(c.unit());
    String what = (unit + " " + noun).trim();
    if (c.qualifier() == Qualifier.MAGNITUDE) {
      return magnitudeWords(c.magnitude().orElseThrow(), what);
    }
    if (c.qualifier() == Qualifier.UNQUANTIFIED) {
      return noun.isEmpty() ? "casualties" : noun;
    }
    if (c.qualifier() == Qualifier.UNKNOWN) {
      return what.isEmpty() ? "an unknown number" : "an unknown number of " + what;
    }
    String text = switch (c.qualifier()) {
      case ABOUT -> "about " + n;
      case NEARLY -> "nearly " + n;
      case APPROACHING -> "approaching " + n;
      case MORE_THAN -> "more than " + n;
      case AT_LEAST -> "at least " + n;
      case AT_MOST -> "up to " + n;
      case FEWER_THAN -> "fewer than " + n;
      case BETWEEN -> "between " + n + " and " + grouped(c.rangeEnd().orElseThrow());
      default -> n;
    };
    return what.isEmpty() ? text : text + " " + what;
  }

  /** "11,000": the number with commas between groups of three digits, as English copy prints it. */
  static String grouped(long n) {
    String digits = Long.toString(n);
    StringBuilder s = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        s.append(',');
      }
      s.append(digits.charAt(i));
    }
    return s.toString();
  }

  private static String magnitudeWords(Magnitude m, String what) {
    String word = switch (m) {
      case HANDFUL -> "a handful";
      case SEVERAL -> "several";
      case NUMEROUS -> "numerous";
      default -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
    if (what.isEmpty()) {
      return word;
    }
    return m == Magnitude.SEVERAL || m == Magnitude.NUMEROUS ? word + " " + what : word + " of " + what;
  }

  private static String unitName(Unit unit) {
    if (unit.equals(Unit.PERSONS)) {
      return "";
    }
    return unit.equals(Unit.SQUARE_KILOMETRES) ? "square kilometres" : unit.code();
  }
}
