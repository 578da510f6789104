package dev.dispatch.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text and their keys, for finding protected values in texts and messages.
 *
 * <p>A <em>run</em> is a run of letters, digits, other numbers ("²"), combining marks and format
 * characters (a zero-width space or a soft hyphen inside a word does not split it); anything else
 * separates runs. A run is one word, except that it is split into several:
 *
 * <ul>
 *   <li>letter by letter (syllable by syllable) in the scripts written without spaces between
 *       words (Han, Hiragana, Katakana, Yi, Thai, Lao, Khmer, Myanmar, Tai Tham, New Tai Lue,
 *       Balinese, Javanese), and in Hangul, whose words carry their particles ("철수는"): a name
 *       is printed inside a run of them, not as a run of its own. A letter keeps the marks that
 *       follow it (a Thai vowel or tone mark), a Hangul syllable written in jamo its vowel and
 *       final consonant;
 *   <li>where its letters meet its digits ("IV2" is "IV" and "2"), but not before an English
 *       ordinal suffix that ends the run ("4th").
 * </ul>
 *
 * A word keeps its offsets in the original text, so that what is found can be replaced there,
 * whatever folding does to its length.
 *
 * <p>A word's {@linkplain #key key} folds away what does not change a name as a reader sees it:
 * compatibility forms (full-width letters, ligatures: NFKC), case (upper-cased, then lower-cased,
 * so that "İ", "I", "ı" and "i" all become "i", "ß", "ẞ" and "SS" all become "ss", and a Greek final
 * sigma becomes "σ"), accents and other non-spacing marks (after canonical decomposition: vowel
 * points and signs written as marks too), format characters, superscript and subscript digits (a
 * footnote's "²" in "IV²"), the stroke or bar of a letter ASCII writes without it ("ł", "ø", "đ",
 * "ð", "ħ", "ŧ", "ɨ", "ƶ", "ƀ", "ǥ": "l", "o", "d"...) and the ligatures it writes as two letters
 * ("æ", "œ", "þ": "ae", "oe", "th"), the Cyrillic and Greek letters that look like Latin ones in
 * capitals or lower case (a name typed on the wrong keyboard: "Іvаn" with a Cyrillic "І" and "а"
 * is "Ivan"), katakana (read as hiragana), the Arabic tatweel (kashida); digits of any script are
 * read as ASCII digits; and in a number,
 * leading zeros and an English ordinal suffix ("04", "4th": "4"). The {@linkplain #rawKey raw key}
 * folds the same but leaves numbers as they are, for document numbers. Folding is applied word by
 * word on both sides of every comparison, so that two spellings of one name always meet.
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

  /** Receives each word of a text and whether it starts a run. */
  @FunctionalInterface
  private interface RunSink {
    void word(int start, int end, boolean startsRun);
  }

  /**
   * A run of a text (see {@link Words}): its text and the keys of its words, empty keys left out.
   *
   * @param text the run as printed
   * @param keys the keys of its words, in order
   */
  record Run(String text, List<String> keys) {}

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

  /** Whether a code point is a letter of a script written without spaces between words. */
  static boolean isUnspacedLetter(int c) {
    if (c < 0x0E00 || !Character.isLetter(c)) {
      return false;
    }
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, YI, HANGUL, THAI, LAO, KHMER, MYANMAR, TAI_THAM, NEW_TAI_LUE, BALINESE, JAVANESE ->
          true;
      default -> false;
    };
  }

  /** A Hangul vowel or final consonant jamo: part of the syllable a leading consonant starts. */
  private static boolean isHangulVowelOrFinal(int c) {
    return (c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF);
  }

  /** What a code point of a run is to the splitting of the run into words. */
  private enum Kind {
    /** Nothing yet: the run starts with marks. */
    NONE,
    /** A letter of a script written with spaces. */
    LETTER,
    /** A decimal digit. */
    DIGIT,
    /** A letter of a script written without spaces: a word of its own. */
    UNSPACED
  }

  /** Calls {@code sink} with the offsets of each word of {@code text}, in order. Linear. */
  static void scan(String text, Sink sink) {
    scan(text, (start, end, startsRun) -> sink.word(start, end));
  }

  private static void scan(String text, RunSink sink) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      if (!isWordPart(c)) {
        i += Character.charCount(c);
        continue;
      }
      int end = i;
      while (end < n && isWordPart(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      split(text, i, end, sink);
      i = end;
    }
  }

  /** Splits the run {@code start..end} into its words. Linear in the run. */
  private static void split(String text, int start, int end, RunSink sink) {
    int wordStart = start;
    Kind kind = Kind.NONE;
    boolean first = true;
    for (int i = start; i < end; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Kind next;
      if (isHangulVowelOrFinal(c)) {
        continue; // a syllable written in jamo is one word, as the composed syllable is
      } else if (isUnspacedLetter(c)) {
        next = Kind.UNSPACED;
      } else if (Character.isDigit(c)) {
        next = Kind.DIGIT;
      } else if (Character.isLetter(c) || Character.getType(c) == Character.LETTER_NUMBER) {
        next = Kind.LETTER;
      } else {
        continue; // a mark, a format character, another number: part of the word it follows
      }
      int at = i - Character.charCount(c);
      boolean breaks = kind != Kind.NONE
          && (next == Kind.UNSPACED || (next != kind && !(kind == Kind.DIGIT && ordinalSuffix(text, at, end))));
      if (breaks) {
        sink.word(wordStart, at, first);
        first = false;
        wordStart = at;
      }
      kind = next;
    }
    sink.word(wordStart, end, first);
  }

  /** Whether {@code text} holds an English ordinal suffix from {@code at} to {@code end}: "4th". */
  private static boolean ordinalSuffix(String text, int at, int end) {
    if (end - at != 2) {
      return false;
    }
    for (String suffix : ORDINAL_SUFFIXES) {
      if (text.regionMatches(true, at, suffix, 0, 2)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th");

  /** The keys of the words of a text, in order; empty keys (format characters alone) left out. */
  static List<String> keys(String text) {
    List<String> keys = new ArrayList<>();
    for (Run run : runs(text)) {
      keys.addAll(run.keys());
    }
    return keys;
  }

  /** The runs of a text with the keys of their words, in order; runs without a key left out. */
  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    int[] runStart = {-1};
    int[] runEnd = {-1};
    List<String> keys = new ArrayList<>();
    scan(text, (start, end, startsRun) -> {
      if (startsRun && runStart[0] >= 0) {
        if (!keys.isEmpty()) {
          runs.add(new Run(text.substring(runStart[0], runEnd[0]), List.copyOf(keys)));
        }
        keys.clear();
      }
      if (startsRun) {
        runStart[0] = start;
      }
      runEnd[0] = end;
      String key = key(text.substring(start, end));
      if (!key.isEmpty()) {
        keys.add(key);
      }
    });
    if (runStart[0] >= 0 && !keys.isEmpty()) {
      runs.add(new Run(text.substring(runStart[0], runEnd[0]), List.copyOf(keys)));
    }
    return runs;
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
      if (Character.getType(c) != Character.FORMAT && !isSuperscriptOrSubscriptDigit(c) && c != TATWEEL) {
        int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
        kept.appendCodePoint(digit >= 0 ? '0' + digit : c);
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
        String base = baseLetters(c);
        if (base != null) {
          folded.append(base);
        } else {
          folded.appendCodePoint(c == 'ς' ? 'σ' : c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : latinLookalike(c));
        }
      }
      i += Character.charCount(c);
    }
    return Normalizer.normalize(folded, Normalizer.Form.NFC).replace("ß", "ss");
  }

  /** The Arabic tatweel (kashida), which stretches a word and is no letter of it. */
  private static final int TATWEEL = 0x0640;

  /**
   * The Latin letter that a lower-case Cyrillic or Greek letter, or a Latin small capital, looks
   * like, in capitals or in lower case ("Іvаn" typed on a Cyrillic keyboard is "Ivan", a passport
   * series "АВ" is "AB", "ᴘᴇᴛʀᴏᴠ" is "Petrov");
   * any other code point as it is. Keys are folded to lower case, so a capital lookalike ("В",
   * "Н", "М") is read through its lower-case letter.
   */
  private static int latinLookalike(int c) {
    return switch (c) {
      case 'а', 'α' -> 'a';
      case 'в', 'β' -> 'b';
      case 'с', 'ϲ' -> 'c';
      case 'е', 'ε' -> 'e';
      case 'н', 'һ', 'η' -> 'h';
      case 'і', 'ι' -> 'i';
      case 'ј' -> 'j';
      case 'к', 'κ' -> 'k';
      case 'м', 'μ' -> 'm';
      case 'ν' -> 'n';
      case 'о', 'ο' -> 'o';
      case 'р', 'ρ' -> 'p';
      case 'ԛ' -> 'q';
      case 'ѕ' -> 's';
      case 'т', 'τ' -> 't';
      case 'ԝ' -> 'w';
      case 'х', 'χ' -> 'x';
      case 'у', 'ү', 'υ' -> 'y';
      case 'ζ' -> 'z';
      // Latin small capitals, which look like the letters they are small forms of ("ᴘᴇᴛʀᴏᴠ").
      case 'ᴀ' -> 'a';
      case 'ʙ' -> 'b';
      case 'ᴄ' -> 'c';
      case 'ᴅ' -> 'd';
      case 'ᴇ' -> 'e';
      case 'ꜰ' -> 'f';
      case 'ɢ' -> 'g';
      case 'ʜ' -> 'h';
      case 'ɪ' -> 'i';
      case 'ᴊ' -> 'j';
      case 'ᴋ' -> 'k';
      case 'ʟ' -> 'l';
      case 'ᴍ' -> 'm';
      case 'ɴ' -> 'n';
      case 'ᴏ' -> 'o';
      case 'ᴘ' -> 'p';
      case 'ꞯ' -> 'q';
      case 'ʀ' -> 'r';
      case 'ꜱ' -> 's';
      case 'ᴛ' -> 't';
      case 'ᴜ' -> 'u';
      case 'ᴠ' -> 'v';
      case 'ᴡ' -> 'w';
      case 'ʏ' -> 'y';
      case 'ᴢ' -> 'z';
      default -> c;
    };
  }

  /** Superscript and subscript digits: "¹²³⁰⁴⁵⁶⁷⁸⁹", "₀" to "₉". */
  private static boolean isSuperscriptOrSubscriptDigit(int c) {
    return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079)
        || (c >= 0x2080 && c <= 0x2089);
  }

  /**
   * What ASCII writes for a lower-case letter with a stroke or bar, or a ligature of two letters;
   * null for any other code point.
   */
  private static @Nullable String baseLetters(int c) {
    return switch (c) {
      case 'ł', 'ƚ' -> "l";
      case 'ø' -> "o";
      case 'đ', 'ð', 'ɖ' -> "d";
      case 'ħ' -> "h";
      case 'ŧ' -> "t";
      case 'ɨ' -> "i";
      case 'ƶ' -> "z";
      case 'ƀ' -> "b";
      case 'ǥ' -> "g";
      case 'ɉ' -> "j";
      case 'ɍ' -> "r";
      case 'ȼ' -> "c";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'þ' -> "th";
      default -> null;
    };
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

  /**
   * How many letters a word has, as a reader counts them ("a name's words of three letters or
   * more are looked for alone"): in its compatibility composition, its letters, and the vowel
   * signs and other marks of the scripts that write a letter as a mark (Devanagari, Bengali,
   * Thai...), so that "सीता" has four, like "Sita"; a syllable written as one character (an
   * ideograph, a kana, a Hangul or Yi syllable) counts two, so that one alone ("김", "王") is not
   * looked for, and two ("철수", "山田") are. Accents (the marks of Latin, Greek and Cyrillic) and
   * the vowel points of Arabic, Hebrew and Syriac, which texts may leave out, do not count, nor do
   * digits.
   */
  static int letters(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFKC);
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) {
        letters += isSyllable(c) ? 2 : 1;
      } else if (isLetterMark(c)) {
        letters++;
      }
      i += Character.charCount(c);
    }
    return letters;
  }

  private static boolean isSyllable(int c) {
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, YI, HANGUL -> true;
      default -> false;
    };
  }

  /** A mark that writes a letter (a vowel sign, a virama), not an accent or an optional vowel point. */
  private static boolean isLetterMark(int c) {
    int type = Character.getType(c);
    if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
      return false;
    }
    return switch (Character.UnicodeScript.of(c)) {
      case INHERITED, COMMON, LATIN, GREEK, CYRILLIC, ARABIC, HEBREW, SYRIAC -> false;
      default -> true;
    };
  }
}
