package dev.dispatch.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text and their keys, for finding protected values in texts and messages.
 *
 * <p>A word is a run of letters, digits, other numbers ("²"), combining marks and format
 * characters (a zero-width space or a soft hyphen inside a word does not split it); anything else
 * separates words. A word keeps its offsets in the original text, so that what is found can be
 * replaced there, whatever folding does to its length.
 *
 * <p>A word's {@linkplain #key key} folds away what does not change a name as a reader sees it:
 * compatibility forms (full-width letters, ligatures: NFKC), case (upper-cased, then lower-cased,
 * so that "İ", "I", "ı" and "i" all become "i", "ß", "ẞ" and "SS" all become "ss", and a Greek final
 * sigma becomes "σ"), accents and other non-spacing marks (after canonical decomposition), format
 * characters; and in a number, leading zeros and an English ordinal suffix ("04", "4th": "4").
 * The {@linkplain #rawKey raw key} folds the same but leaves numbers as they are, for document
 * numbers. Folding is applied word by word on both sides of every comparison, so that two
 * spellings of one name always meet.
 */
final class Words {
  private Words() {}

  /** Receives each word of a text. */
  @FunctionalInterface
  interface Sink {
    /**
     * One word.
     *
     * @param start its first char in the text
     * @param end the char after it
     */
    void word(int start, int end);
  }

  /** Whether a code point belongs to a word. */
  static boolean isWordPart(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.FORMAT;
  }

  /** Calls {@code sink} with the offsets of each word of {@code text}, in order. Linear. */
  static void scan(String text, Sink sink) {
    int start = -1;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      if (isWordPart(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        sink.word(start, i);
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      sink.word(start, n);
    }
  }

  /** The keys of the words of a text, in order; empty keys (format characters alone) left out. */
  static List<String> keys(String text) {
    List<String> keys = new ArrayList<>();
    scan(text, (start, end) -> {
      String key = key(text.substring(start, end));
      if (!key.isEmpty()) {
        keys.add(key);
      }
    });
    return keys;
  }

  /** The key of one word: folded, numbers without leading zeros or ordinal suffix. */
  static String key(String word) {
    return number(rawKey(word));
  }

  /** The key of one word, folded, numbers left as they are. */
  static String rawKey(String word) {
    int n = word.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      char c = word.charAt(i);
      ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    StringBuilder kept = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int c = word.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        kept.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    String s = Normalizer.normalize(kept, Normalizer.Form.NFKC);
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    s = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
        folded.appendCodePoint(c == 'ς' ? 'σ' : c);
      }
      i += Character.charCount(c);
    }
    return Normalizer.normalize(folded, Normalizer.Form.NFC).replace("ß", "ss");
  }

  /** A number without leading zeros or English ordinal suffix: "04" and "4th" are "4"; anything else as it is. */
  private static String number(String key) {
    int n = key.length();
    int digits = 0;
    while (digits < n && key.charAt(digits) >= '0' && key.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0) {
      return key;
    }
    if (digits < n) {
      String suffix = key.substring(digits);
      if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
        return key;
      }
    }
    int first = 0;
    while (first < digits - 1 && key.charAt(first) == '0') {
      first++;
    }
    return key.substring(first, digits);
  }

  /** How many letters a key has: "a name token of three letters or more" is looked for alone. */
  static int letters(String key) {
    int letters = 0;
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
      }
      i += Character.charCount(c);
    }
    return letters;
  }
}
