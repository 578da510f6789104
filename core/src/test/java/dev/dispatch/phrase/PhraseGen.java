package dev.dispatch.phrase;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the phrase properties: counts of every qualifier, magnitude, named unit, noun
 * and estimate, and proportions of every qualifier and kind of fraction. Numbers are mostly small
 * (where words and grouping differ most) and sometimes anywhere up to {@link Count#MAX}.
 */
final class PhraseGen {
  private PhraseGen() {}

  /** Every unit with an English name: what {@link CountPhrases#format(Count)} writes. */
  static final List<Unit> UNITS = List.of(Unit.PERSONS, Unit.SQUARE_KILOMETRES, Unit.HOURS, Unit.DAYS, Unit.WEEKS,
      Unit.MONTHS, Unit.YEARS, Unit.TONNES);

  /** Nouns as reports print them, one word or several, any case, with joining words inside. */
  static final List<String> NOUNS = List.of("deaths", "bodies", "children", "others", "people", "troops",
      "civilians", "soldiers", "Civilians", "North Korean troops", "prisoners of war", "men and boys",
      "non-combatants", "soldiers'", "aid", "farmland", "fighting", "Yazidis", "killed or wounded",
      "members of the armed forces");

  static Gen<Long> numbers() {
    return Generate.frequency(Pair.of(6, Generate.longRange(0, 2_000)), Pair.of(1, Generate.longRange(0, Count.MAX)));
  }

  /** Counts of every qualifier, with any named unit, maybe a noun and maybe an estimate. */
  static Gen<Count> counts() {
    Gen<Count> bare = Generate.enumValues(Qualifier.class).zip(numbers(), numbers(),
        Generate.enumValues(Magnitude.class), PhraseGen::bare);
    return bare.zip(Generate.range(0, UNITS.size() - 1), Generate.range(-1, NOUNS.size() - 1),
        Generate.longRange(-1_000_000, 1_000_000), PhraseGen::dressed);
  }

  private static Count bare(Qualifier q, long a, long b, Magnitude m) {
    return switch (q) {
      case BETWEEN -> Count.between(Math.min(a, b), Math.max(a, b));
      case MAGNITUDE -> Count.of(m);
      case UNQUANTIFIED -> Count.unquantified();
      case UNKNOWN -> Count.unknown();
      case FEWER_THAN -> Count.of(q, Math.max(1, a));
      default -> Count.of(q, a);
    };
  }

  /**
   * The count in unit {@code u}, with noun {@code k} (none when negative) and, where the count may
   * have one, an estimate drawn from {@code e} (none when negative).
   */
  private static Count dressed(Count c, int u, int k, long e) {
    Count d = c.withUnit(UNITS.get(u));
    if (k >= 0) {
      d = d.withNoun(NOUNS.get(k));
    }
    if (e >= 0 && c.qualifier() != Qualifier.UNKNOWN && c.best().isEmpty()) {
      long low = c.lowerBound();
      long span = c.upperBound().isPresent() ? c.upperBound().getAsLong() - low : 1_000_000;
      long estimate = Math.min(low + e % (span + 1), Count.MAX);
      if (c.contains(estimate)) {
        d = d.withEstimate(estimate);
      }
    }
    return d;
  }

  private static final List<Qualifier> SHARE_QUALIFIERS = List.of(Qualifier.EXACTLY, Qualifier.ABOUT,
      Qualifier.NEARLY, Qualifier.APPROACHING, Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST,
      Qualifier.FEWER_THAN);

  /** Proportions of every qualifier a share may have: percentages, small fractions and any other. */
  static Gen<Proportion> proportions() {
    Gen<Long> denominators = Generate.frequency(
        Pair.of(3, Generate.pick(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L))),
        Pair.of(3, Generate.pick(List.of(100L, 1_000L, 10_000L, 100_000L, 1_000_000L))),
        Pair.of(2, Generate.longRange(1, Proportion.MAX_DENOMINATOR)));
    return Generate.pick(SHARE_QUALIFIERS).zip(denominators, Generate.longRange(0, Long.MAX_VALUE / 2), (q, d, s) -> {
      long n = s % (d + 1);
      if (q == Qualifier.MORE_THAN && n == d) {
        n = d - 1;
      }
      if (q == Qualifier.FEWER_THAN && n == 0) {
        n = 1;
      }
      return Proportion.of(q, n, d);
    });
  }

  /** Nouns that may or may not read back: words, joining, reserved and unit words, spacing, punctuation. */
  static Gen<String> anyNouns() {
    List<String> pool = List.of("deaths", "of", "war", "and", "more", "two", "days", "Kyiv", "non-combatants", "the",
        "most", "x", "hundreds", "square", "kilometres", "(", ",", "-", "  ", "Ünal", "miles", "per", "a");
    Gen<String> word = Generate.pick(pool);
    return Generate.range(1, 4).zip(word, word, word, word, (n, a, b, c, d) -> {
      List<String> words = List.of(a, b, c, d).subList(0, n);
      return String.join(" ", words);
    }).assuming(s -> !s.isBlank() && s.length() <= 64);
  }
}
