package dev.dispatch.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Properties over generated counts, proportions, references and phrases; each runs at least 1,000 examples. */
class PhrasePropertiesTest {
  private static final int EXAMPLES = 2_000;

  /**
   * {@code parse(format(c))} is {@code c} with the formatted text as its phrase, for counts of
   * every qualifier, magnitude, named unit, noun and estimate; and the generator does reach each.
   */
  @Test
  void everyCountReadsBackFromItsPhrase() {
    Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    Set<Magnitude> magnitudes = EnumSet.noneOf(Magnitude.class);
    Set<Unit> units = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<Qualifier> estimated = EnumSet.noneOf(Qualifier.class);
    qt().withExamples(EXAMPLES).forAll(PhraseGen.counts()).checkAssert(c -> {
      String phrase = CountPhrases.format(c);
      Count read = CountPhrases.parse(phrase);
      assertEquals(c.withPhrase(phrase), read, phrase);
      assertEquals(phrase, CountPhrases.format(read), "the canonical phrase is a fixed point");
      qualifiers.add(c.qualifier());
      c.magnitude().ifPresent(magnitudes::add);
      units.add(c.unit());
      c.noun().ifPresent(nouns::add);
      if (c.estimate().isPresent()) {
        estimated.add(c.qualifier());
      }
    });
    assertEquals(EnumSet.allOf(Qualifier.class), qualifiers);
    assertEquals(EnumSet.allOf(Magnitude.class), magnitudes);
    assertEquals(Set.copyOf(PhraseGen.UNITS), units);
    assertEquals(Set.copyOf(PhraseGen.NOUNS), nouns);
    assertEquals(EnumSet.complementOf(EnumSet.of(Qualifier.EXACTLY, Qualifier.ABOUT, Qualifier.NEARLY,
        Qualifier.UNKNOWN)), estimated, "every qualifier that may have an estimate had one");
  }

  /** Any noun either reads back through format and parse, or format refuses it: never a silent change. */
  @Test
  void aNounReadsBackOrIsRefused() {
    int[] readBack = {0};
    qt().withExamples(EXAMPLES).forAll(PhraseGen.anyNouns(), PhraseGen.counts()).checkAssert((noun, c) -> {
      Count count = c.withNoun(noun);
      if (CountPhrases.readsBackAsNoun(noun)) {
        String phrase = CountPhrases.format(count);
        assertEquals(count.withPhrase(phrase), CountPhrases.parse(phrase), phrase);
        readBack[0]++;
      } else {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountPhrases.format(count));
        assertTrue(PhrasesTest.message(e).startsWith("Count.noun:"), PhrasesTest.message(e));
      }
    });
    assertTrue(readBack[0] > 0 && readBack[0] < EXAMPLES, "both kinds of noun were drawn: " + readBack[0]);
  }

  /** {@code parseProportion(format(p))} is {@code p} with the formatted text as its phrase. */
  @Test
  void everyProportionReadsBackFromItsPhrase() {
    Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    Set<String> forms = new HashSet<>();
    qt().withExamples(EXAMPLES).forAll(PhraseGen.proportions()).checkAssert(p -> {
      String phrase = CountPhrases.format(p);
      Proportion read = CountPhrases.parseProportion(phrase);
      assertEquals(p.withPhrase(phrase), read, phrase);
      qualifiers.add(p.qualifier());
      forms.add(phrase.endsWith("%") ? "percent" : phrase.contains(" in ") ? "n in d" : "words");
    });
    assertEquals(7 + 1, qualifiers.size(), "every qualifier a share may have: " + qualifiers);
    assertEquals(Set.of("percent", "n in d", "words"), forms);
  }

  private static final List<String> RELATIVE_PHRASES = List.of("on Saturday", "last Saturday", "last week",
      "this week", "this month", "last month", "last year", "January 9", "mid-January", "late December", "last fall",
      "last August", "this summer", "in August", "the last week of December", "since the spring", "since Saturday",
      "by mid-January", "over the past 24 hours", "in the past two weeks", "later in the year", "earlier this month",
      "as of 18:00 GMT on Saturday", "2024", "earlier");

  /**
   * Resolving against an interval encloses what every day in it gives, and is exactly that value
   * when every day gives the same one; a phrase is ambiguous against the interval exactly when it
   * is against one of its days.
   */
  @Test
  void anIntervalReferenceEnclosesEveryDayInIt() {
    qt().withExamples(EXAMPLES).forAll(Generate.pick(RELATIVE_PHRASES), Generate.range(0, 20_000), Generate.range(0, 9))
        .checkAssert((phrase, start, length) -> {
          LocalDate first = LocalDate.of(1990, 1, 1).plusDays(start);
          LocalDate last = first.plusDays(length);
          Reference reference = Reference.of(DateInterval.of(PartialDate.of(first), PartialDate.of(last)),
              ReferenceOrigin.RETRIEVAL);
          Optional<DateMention> whole = resolved(phrase, reference);
          Set<Optional<DateValue>> values = new HashSet<>();
          boolean ambiguous = false;
          for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Optional<DateMention> day = resolved(phrase, Reference.of(PartialDate.of(d), ReferenceOrigin.RETRIEVAL));
            if (day.isEmpty()) {
              ambiguous = true;
              continue;
            }
            values.add(day.get().value());
            if (whole.isPresent() && day.get().value().isPresent()) {
              DateValue v = day.get().value().get();
              DateValue w = whole.get().value().orElseThrow();
              w.earliest().ifPresent(e -> assertFalse(v.earliest().orElseThrow().isBefore(e), phrase + " " + v));
              w.latest().ifPresent(l -> assertFalse(v.latest().orElseThrow().isAfter(l), phrase + " " + v));
            }
          }
          assertEquals(ambiguous, whole.isEmpty(), phrase + " against " + reference);
          if (whole.isPresent() && values.size() == 1) {
            assertEquals(values.iterator().next(), whole.get().value(), "one value for every day is the value");
          }
          whole.ifPresent(m -> assertEquals(m.value().isPresent() && !m.value().equals(DatePhrases.resolve(phrase)
              .value()) ? Optional.of(reference) : Optional.empty(), m.reference()));
        });
  }

  /** The mention, or empty when the phrase is ambiguous against this reference. */
  private static Optional<DateMention> resolved(String phrase, Reference reference) {
    try {
      return Optional.of(DatePhrases.resolve(phrase, reference));
    } catch (PhraseException e) {
      assertTrue(e.isAmbiguous(), e.getMessage());
      return Optional.empty();
    }
  }

  /** An approximate or uncertain reference makes every date it resolves approximate or uncertain. */
  @Test
  void anApproximateReferenceGivesApproximateDates() {
    qt().withExamples(1_000).forAll(Generate.pick(RELATIVE_PHRASES), Generate.range(0, 20_000), Generate.booleans())
        .checkAssert((phrase, start, approximate) -> {
          PartialDate day = PartialDate.of(LocalDate.of(1990, 1, 1).plusDays(start));
          Reference fuzzy = Reference.of(approximate ? day.withApproximate(true) : day.withUncertain(true),
              ReferenceOrigin.EDITOR);
          Optional<DateMention> m = resolved(phrase, fuzzy);
          Optional<DateMention> sharp = resolved(phrase, Reference.of(day, ReferenceOrigin.EDITOR));
          assertEquals(sharp.isPresent(), m.isPresent());
          if (m.isEmpty() || m.get().reference().isEmpty()) {
            return;
          }
          DateValue v = m.get().value().orElseThrow();
          List<PartialDate> ends = v instanceof PartialDate p ? List.of(p)
              : List.of(((DateInterval) v).start(), ((DateInterval) v).end()).stream().flatMap(Optional::stream).toList();
          for (PartialDate d : ends) {
            assertEquals(approximate, d.approximate(), phrase + " " + v);
            assertEquals(!approximate, d.uncertain(), phrase + " " + v);
          }
          DateValue unflagged = sharp.orElseThrow().value().orElseThrow();
          assertEquals(unflagged.earliest(), v.earliest(), "the flags change nothing else");
          assertEquals(unflagged.latest(), v.latest(), "the flags change nothing else");
        });
  }

  /** A day printed as "March 5" within the year before the reference resolves to that day. */
  @Test
  void daysWithinTheYearBeforeTheReferenceResolveExactly() {
    qt().withExamples(1_000).forAll(Generate.range(0, 20_000), Generate.range(0, 364), Generate.booleans())
        .checkAssert((r, back, abbreviated) -> {
          LocalDate reference = LocalDate.of(1990, 1, 1).plusDays(r);
          LocalDate day = reference.minusDays(back);
          String month = day.getMonth().getDisplayName(abbreviated ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
          String phrase = month + (abbreviated && !month.equals("May") ? ". " : " ") + day.getDayOfMonth();
          assertEquals(day.toString(), DatePhrases.resolve(phrase, reference).value().orElseThrow().toEdtf(), phrase);
        });
  }

  /** "Over the past N days" is the N + 1 days that end on the reference day. */
  @Test
  void aPastPeriodEndsOnTheReference() {
    qt().withExamples(1_000).forAll(Generate.range(0, 20_000), Generate.range(1, 400)).checkAssert((r, n) -> {
      LocalDate reference = LocalDate.of(1990, 1, 1).plusDays(r);
      DateMention m = DatePhrases.resolve("over the past " + n + " days", reference);
      assertEquals(DateInterval.of(PartialDate.of(reference.minusDays(n)), PartialDate.of(reference)),
          m.value().orElseThrow());
      DateMention hours = DatePhrases.resolve("in the last " + (24 * n) + " hours", reference);
      assertEquals(m.value(), hours.value(), "24 n hours may start as early as n days");
      assertEquals(Count.exactly(n).withUnit(Unit.DAYS),
          DatePhrases.duration("over the past " + n + " days").length());
    });
  }

  /** "In its Nth year" is between N - 1 and N years; "within N weeks" at most N weeks. */
  @Test
  void ordinalAndWithinDurations() {
    List<String> ordinals = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth");
    qt().withExamples(1_000).forAll(Generate.range(1, 20), Generate.booleans()).checkAssert((n, words) -> {
      String nth = words ? ordinals.get(n - 1) : n + (n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd"
          : n % 10 == 3 && n != 13 ? "rd" : "th");
      assertEquals(Count.between(n - 1, n).withUnit(Unit.YEARS),
          DatePhrases.duration("a war now in its " + nth + " year").length());
      assertEquals(Count.atMost(n).withUnit(Unit.WEEKS), DatePhrases.duration("within " + n + " weeks").length());
    });
  }
}
