package dev.dispatch.validation;

import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known protected values of a report as text (names, partial names, dates of birth, faces;
 * documents' names, dates of birth and numbers), released or not, indexed by their first word, so
 * that the validator withholds any of them that a message would quote: a rule quotes a source's
 * description or a place's name, and a careless record may hold a protected name there. Finding
 * them costs time linear in the message's length. Reading the values here is a disclosure inside
 * the validator only: they are matched, never returned.
 */
final class ProtectedText {
  /** What a withheld value is replaced by in a message. */
  static final String WITHHELD = "[protected]";

  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  private ProtectedText() {}

  /** The known protected values of {@code report}. */
  static ProtectedText of(Report report) {
    ProtectedText t = new ProtectedText();
    for (Prisoner p : report.prisoners()) {
      t.identity(p.identity());
    }
    for (Individual p : report.people()) {
      t.identity(p.identity());
    }
    Paths.particulars(report, (path, x) -> {
      for (Document d : x.documents()) {
        t.add(d.holderName());
        t.add(d.holderDateOfBirth());
        t.add(d.number());
      }
    });
    return t;
  }

  private void identity(Identity identity) {
    add(identity.name());
    add(identity.partialName());
    add(identity.dateOfBirth());
    add(identity.face());
  }

  private void add(Protected<?> value) {
    Optional<?> known = value.reveal();
    if (known.isPresent()) {
      List<String> words = words(known.get().toString());
      if (!words.isEmpty()) {
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
      }
    }
  }

  /** Whether the report holds no known protected value. */
  boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  /** The violation, with every protected value its message quotes, as whole words ignoring case, withheld. */
  Violation scrub(Violation v) {
    List<String> words = words(v.message());
    List<List<String>> quoted = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (List<String> value : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (i + value.size() <= words.size() && words.subList(i, i + value.size()).equals(value)) {
          quoted.add(value);
        }
      }
    }
    if (quoted.isEmpty()) {
      return v;
    }
    String message = Normalizer.normalize(v.message(), Normalizer.Form.NFC);
    for (List<String> value : quoted) {
      StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}\\p{Mn}])");
      for (int i = 0; i < value.size(); i++) {
        regex.append(i == 0 ? "" : "[^\\p{L}\\p{N}\\p{Mn}]+").append(Pattern.quote(value.get(i)));
      }
      regex.append("(?![\\p{L}\\p{N}\\p{Mn}])");
      Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(message);
      message = m.replaceAll(Matcher.quoteReplacement(WITHHELD));
    }
    return new Violation(v.code(), v.severity(), v.path(), message);
  }

  /**
   * The words of a text in lower case: runs of letters, digits and combining marks, after Unicode
   * normalisation (NFC); everything else separates.
   */
  static List<String> words(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start).toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
