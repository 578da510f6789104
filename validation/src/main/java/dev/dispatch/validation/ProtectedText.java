package dev.dispatch.validation;

import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The protected values of a report as they may appear in a text, and where they appear: names
 * and partial names of prisoners and people mentioned (whole, and each of its words of three
 * {@linkplain Words#letters letters} or more alone: a surname printed alone gives the name away),
 * documents' holders' names (likewise),
 * dates of birth in the forms texts print them (ISO {@code 1999-03-04}, {@code 04.03.1999},
 * {@code 3/4/1999} and {@code 4/3/1999}, two-digit years, {@code 4 March 1999}, {@code March 4,
 * 1999}, {@code 4th of March 1999}, {@code 19990304}), documents' numbers whatever the spacing or
 * dashes between their letters and digits (four of them or more), and, for withholding only,
 * faces. Words are compared by their {@linkplain Words#key keys}, so that case, accents, Turkish
 * dotted and dotless i, German sharp s, Greek final sigma, compatibility forms, letters with a
 * stroke, superscript digits, digits of other scripts and leading zeros do not hide a value; in
 * scripts written without spaces (and Hangul) a value is found inside a run of text, letter by
 * letter.
 *
 * <p>Finding costs time linear in the text (plus what is found): the values' words are hashed to
 * symbols, and an {@link Automaton} reads the text's words once, and once more its letters and
 * digits for document numbers. Reading the values here is a disclosure inside the validator only:
 * they are matched, never returned; what is found is said by whose value it is and which.
 * Built once per report; not thread-safe.
 */
final class ProtectedText {
  /** What a withheld value is replaced by in a message. */
  static final String WITHHELD = "[protected]";

  /** The shortest document number looked for, in letters and digits: shorter ones are everywhere. */
  static final int SHORTEST_NUMBER = 4;

  /** Which values a {@link ProtectedText} holds. */
  enum Scope {
    /** Every known value, released or not, faces included: what a message must never quote. */
    KNOWN,
    /** Known and not released, no faces: what must not be learnt from a report for publication. */
    EXPOSED
  }

  /**
   * One protected value and how it was matched.
   *
   * @param owner whose: {@code prisoners[p]}, {@code people[x]}, {@code prisoners[p].particulars.documents[0]}
   * @param which which value: "name", "partial name", "date of birth", "holder's name", "number", "face"
   * @param whole whether the whole value matched (else one of its words)
   */
  record Value(String owner, String which, boolean whole) {
    /** "the known name of prisoners[p]", "part of the known name of prisoners[p]". */
    String describe() {
      return (whole ? "the known " : "part of the known ") + which + " of " + owner;
    }
  }

  /** What a search of one text found: up to a few values, and whether there were more. */
  record Found(List<Value> values, boolean more) {
    boolean isEmpty() {
      return values.isEmpty();
    }
  }

  private final List<Value> values = new ArrayList<>();
  private final Map<String, Integer> symbols = new HashMap<>();
  private final Automaton.Builder wordPatterns = new Automaton.Builder();
  private final Automaton.Builder numberPatterns = new Automaton.Builder();
  private final Set<Integer> numberSymbols = new HashSet<>();
  private Automaton words = new Automaton.Builder().build();
  private Automaton numbers = new Automaton.Builder().build();

  private ProtectedText() {}

  /** The values of {@code report} in {@code scope}. */
  static ProtectedText of(Report report, Scope scope) {
    ProtectedText t = new ProtectedText();
    for (Prisoner p : report.prisoners()) {
      t.identity(Paths.prisoner(p), p.identity(), scope);
    }
    for (Individual p : report.people()) {
      t.identity(Paths.person(p), p.identity(), scope);
    }
    Paths.particulars(report, (path, x) -> {
      for (int i = 0; i < x.documents().size(); i++) {
        Document d = x.documents().get(i);
        String owner = path + ".documents[" + i + "]";
        t.name(owner, "holder's name", d.holderName(), scope);
        t.date(owner, "holder's date of birth", d.holderDateOfBirth(), scope);
        t.number(owner, d.number(), scope);
      }
    });
    t.words = t.wordPatterns.build();
    t.numbers = t.numberPatterns.build();
    return t;
  }

  private void identity(String owner, Identity identity, Scope scope) {
    name(owner, "name", identity.name(), scope);
    name(owner, "partial name", identity.partialName(), scope);
    date(owner, "date of birth", identity.dateOfBirth(), scope);
    if (scope == Scope.KNOWN) {
      reveal(identity.face(), scope).ifPresent(face -> words(Words.keys(face), new Value(owner, "face", true)));
    }
  }

  /**
   * Reads a value in scope. Reading it here is a disclosure inside the validator only: it is
   * compared with texts and never put in a message.
   */
  private static <T> Optional<T> reveal(Protected<T> value, Scope scope) {
    if (scope == Scope.EXPOSED && !value.isExposedIfPublished()) {
      return Optional.empty();
    }
    return value.reveal();
  }

  /**
   * A name: whole, and each of its runs (its words as the name separates them: "Sita", "सीता",
   * "山田") of three {@linkplain Words#letters letters} or more alone.
   */
  private void name(String owner, String which, Protected<String> value, Scope scope) {
    Optional<String> name = reveal(value, scope);
    if (name.isEmpty()) {
      return;
    }
    List<Words.Run> runs = Words.runs(name.get());
    List<String> keys = new ArrayList<>();
    runs.forEach(run -> keys.addAll(run.keys()));
    words(keys, new Value(owner, which, true));
    if (runs.size() > 1) {
      Set<List<String>> alone = new HashSet<>();
      for (Words.Run run : runs) {
        if (Words.letters(run.text()) >= 3 && alone.add(run.keys())) {
          words(run.keys(), new Value(owner, which, false));
        }
      }
    }
  }

  /** A date in the forms texts print dates of birth in. */
  private void date(String owner, String which, Protected<LocalDate> value, Scope scope) {
    Optional<LocalDate> date = reveal(value, scope);
    if (date.isEmpty()) {
      return;
    }
    Value v = new Value(owner, which, true);
    LocalDate d = date.get();
    String day = Integer.toString(d.getDayOfMonth());
    String month = Integer.toString(d.getMonthValue());
    String year = Integer.toString(d.getYear());
    String shortYear = Integer.toString(Math.floorMod(d.getYear(), 100));
    Set<List<String>> forms = new LinkedHashSet<>();
    forms.add(List.of(day, month, year));
    forms.add(List.of(month, day, year));
    forms.add(List.of(year, month, day));
    forms.add(List.of(day, month, shortYear));
    forms.add(List.of(month, day, shortYear));
    forms.add(List.of(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
    forms.add(List.of(String.format(Locale.ROOT, "%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())));
    forms.add(List.of(String.format(Locale.ROOT, "%02d%02d%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear())));
    for (String name : monthNames(d.getMonth())) {
      forms.add(List.of(day, name, year));
      forms.add(List.of(name, day, year));
      forms.add(List.of(year, name, day));
      forms.add(List.of(day, "of", name, year));
    }
    for (List<String> form : forms) {
      List<String> keys = new ArrayList<>(form.size());
      form.forEach(w -> keys.add(Words.key(w)));
      words(keys, v);
    }
  }

  /** "March", "Mar"; "September", "Sep", "Sept". */
  private static List<String> monthNames(Month month) {
    String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String abbreviated = full.substring(0, 3);
    return month == Month.SEPTEMBER ? List.of(full, abbreviated, "Sept") : List.of(full, abbreviated);
  }

  /** A document number: its letters and digits, whatever separates them, when there are enough. */
  private void number(String owner, Protected<String> value, Scope scope) {
    Optional<String> number = reveal(value, scope);
    if (number.isEmpty()) {
      return;
    }
    StringBuilder compact = new StringBuilder();
    String text = number.get();
    Words.scan(text, (start, end) -> compact.append(Words.rawKey(text.substring(start, end))));
    int[] codePoints = compact.codePoints().toArray();
    if (codePoints.length < SHORTEST_NUMBER) {
      return;
    }
    for (int c : codePoints) {
      numberSymbols.add(c);
    }
    values.add(new Value(owner, "number", true));
    numberPatterns.add(codePoints, values.size() - 1);
  }

  private void words(List<String> keys, Value value) {
    if (keys.isEmpty()) {
      return;
    }
    int[] pattern = new int[keys.size()];
    for (int i = 0; i < pattern.length; i++) {
      pattern[i] = symbols.computeIfAbsent(keys.get(i), k -> symbols.size());
    }
    values.add(value);
    wordPatterns.add(pattern, values.size() - 1);
  }

  /** Whether the report holds no value in scope. */
  boolean isEmpty() {
    return words.isEmpty() && numbers.isEmpty();
  }

  /** A text split into words: their offsets, their symbols, and their letters and digits for numbers. */
  private final class Split {
    final List<int[]> spans = new ArrayList<>();
    final int[] symbols;
    final int[] codePoints;
    /** For each code point of {@link #codePoints}, the word it is in; -1 between words' code points. */
    final int[] wordOf;
    /** The words a quote's cut ({@link Quote#CUT}) follows. */
    final List<Integer> cut = new ArrayList<>();
    /** For each word, the index of its last code point in {@link #codePoints}; -1 if it has none. */
    final List<Integer> lastCodePoint = new ArrayList<>();

    Split(String text) {
      List<Integer> ids = new ArrayList<>();
      StringBuilder compact = new StringBuilder();
      List<Integer> owners = new ArrayList<>();
      boolean numbersToo = !numbers.isEmpty();
      Words.scan(text, (start, end) -> {
        String word = text.substring(start, end);
        String raw = Words.rawKey(word);
        String key = Words.key(word);
        if (key.isEmpty()) {
          return;
        }
        int index = spans.size();
        spans.add(new int[] {start, end});
        ids.add(ProtectedText.this.symbols.getOrDefault(key, -1));
        if (text.startsWith(Quote.CUT, end)) {
          cut.add(index);
        }
        if (numbersToo) {
          compact.append(raw);
          for (int k = raw.codePointCount(0, raw.length()); k > 0; k--) {
            owners.add(index);
          }
        }
        lastCodePoint.add(owners.size() - 1);
      });
      symbols = ids.stream().mapToInt(Integer::intValue).toArray();
      codePoints = compact.codePoints().map(c -> numberSymbols.contains(c) ? c : -1).toArray();
      wordOf = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a match of code points {@code first..last} starts and ends at word boundaries. */
    boolean wholeWords(int first, int last) {
      return (first == 0 || wordOf[first - 1] != wordOf[first])
          && (last == wordOf.length - 1 || wordOf[last + 1] != wordOf[last]);
    }
  }

  /**
   * What protected values {@code text} holds: up to {@code max} values, whole matches preferred,
   * in the order they first appear, and whether there are more. Each value is reported once
   * however often it appears; linear in the text.
   */
  Found find(String text, int max) {
    if (isEmpty()) {
      return new Found(List.of(), false);
    }
    Split split = new Split(text);
    Map<String, Value> found = new LinkedHashMap<>();
    boolean[] more = {false};
    Automaton.Sink sink = (end, length, patterns) -> {
      for (int id : patterns) {
        Value v = values.get(id);
        String key = v.owner() + " " + v.which();
        Value had = found.get(key);
        if (had != null) {
          if (v.whole() && !had.whole()) {
            found.put(key, v);
          }
        } else if (found.size() < max) {
          found.put(key, v);
        } else {
          more[0] = true;
          return; // the rest of this match's values are more, too
        }
      }
    };
    words.scanOnce(split.symbols, sink);
    numbers.scan(split.codePoints, (end, length, patterns) -> {
      if (split.wholeWords(end - length + 1, end)) {
        sink.found(end, length, patterns);
      }
    });
    return new Found(List.copyOf(found.values()), more[0]);
  }

  /**
   * {@code text} with every protected value it holds, as whole words, replaced by {@link
   * #WITHHELD}, and the start of a value a quote's cut ends (see {@link #withholdBeforeCuts}).
   */
  String scrub(String text) {
    if (isEmpty()) {
      return text;
    }
    Split split = new Split(text);
    List<int[]> spans = new ArrayList<>();
    words.scan(split.symbols, (end, length, patterns) ->
        spans.add(new int[] {split.spans.get(end - length + 1)[0], split.spans.get(end)[1]}));
    numbers.scan(split.codePoints, (end, length, patterns) -> {
      int first = end - length + 1;
      if (split.wholeWords(first, end)) {
        spans.add(new int[] {split.spans.get(split.wordOf[first])[0], split.spans.get(split.wordOf[end])[1]});
      }
    });
    if (!split.cut.isEmpty()) {
      withholdBeforeCuts(split, spans);
    }
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    StringBuilder s = new StringBuilder(text.length());
    int at = 0;
    for (int i = 0; i < spans.size(); ) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      for (i++; i < spans.size() && spans.get(i)[0] <= end; i++) {
        end = Math.max(end, spans.get(i)[1]);
      }
      s.append(text, at, start).append(WITHHELD);
      at = end;
    }
    return s.append(text, at, text.length()).toString();
  }

  /**
   * Adds to {@code spans} the start of a value that a quote's cut ({@link Quote#CUT}) ends: the
   * quote kept the first words of a name ("Ri Ok…" of "Ri Ok Li") or the first letters and digits
   * of a number, which are no value whole, and no longer the words of the value that follow. The
   * longest start of a value that the words before the cut end with is withheld: of words, one
   * or more; of a number, two code points or more, from the start of the word it starts in.
   * Linear in the text.
   */
  private void withholdBeforeCuts(Split split, List<int[]> spans) {
    int[] wordPrefixes = words.prefixes(split.symbols);
    int[] numberPrefixes = numbers.isEmpty() ? new int[0] : numbers.prefixes(split.codePoints);
    for (int last : split.cut) {
      int first = last - wordPrefixes[last] + 1;
      int lastCodePoint = split.lastCodePoint.get(last);
      if (lastCodePoint >= 0 && lastCodePoint < numberPrefixes.length && numberPrefixes[lastCodePoint] >= 2) {
        first = Math.min(first, split.wordOf[lastCodePoint - numberPrefixes[lastCodePoint] + 1]);
      }
      if (first <= last) {
        spans.add(new int[] {split.spans.get(first)[0], split.spans.get(last)[1]});
      }
    }
  }

  /** The violation with every protected value in its path or message withheld. */
  Violation scrub(Violation v) {
    String path = scrub(v.path());
    String message = scrub(v.message());
    return path.equals(v.path()) && message.equals(v.message()) ? v
        : new Violation(v.code(), v.severity(), path, message);
  }
}
