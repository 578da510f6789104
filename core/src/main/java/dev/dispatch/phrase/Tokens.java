package dev.dispatch.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A phrase cut into words, each kept lower-cased for matching and as printed for what the result
 * keeps (a count's noun), with its position in the phrase and whether a comma came before it; and
 * a cursor over them.
 *
 * <p>Whitespace and commas separate words, except a comma between digits ("11,000"). A dash
 * ({@code - – —}) or slash is a word of its own unless it joins two letters ("twenty-one",
 * "mid-January", "non-combatants"); en and em dashes read as {@code -}. Parentheses and {@code %}
 * are words of their own. Everything else, full stops included ("p.m.", "Dec.", "12.5"), stays
 * inside its word.
 */
final class Tokens {
  /** One word: lower-cased, as printed, where it starts and ends, and whether a comma precedes it. */
  private record Token(String word, String text, int start, int end, boolean afterComma) {}

  final String phrase;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  Tokens(String phrase) {
    this.phrase = phrase;
    int i = 0;
    int n = phrase.length();
    boolean comma = false;
    while (i < n) {
      char c = phrase.charAt(i);
      if (c == ',' && !digitComma(i)) {
        comma = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isSingle(c)) {
        i++;
      } else {
        while (i < n && !endsWord(i, start)) {
          i++;
        }
      }
      String text = phrase.substring(start, i);
      tokens.add(new Token(text.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-'), text, start, i,
          comma));
      comma = false;
    }
  }

  private static boolean isSingle(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '/' || c == '(' || c == ')' || c == '%';
  }

  private boolean digitComma(int i) {
    return i > 0 && i + 1 < phrase.length() && Character.isDigit(phrase.charAt(i - 1))
        && Character.isDigit(phrase.charAt(i + 1));
  }

  /** Whether the character at {@code i} ends the word that started at {@code start}. */
  private boolean endsWord(int i, int start) {
    char d = phrase.charAt(i);
    if (Character.isWhitespace(d) || (d == ',' && !digitComma(i))) {
      return true;
    }
    if (d == '-') {
      // "twenty-one", "two-thirds", "mid-January" are one word; "60-93" and "mid-2024" are three.
      return !(i > start && Character.isLetter(phrase.charAt(i - 1)) && i + 1 < phrase.length()
          && Character.isLetter(phrase.charAt(i + 1)));
    }
    return isSingle(d);
  }

  boolean done() {
    return pos >= tokens.size();
  }

  /** The next word, lower-cased; null at the end. */
  @Nullable String peek() {
    return peek(0);
  }

  /** The word {@code ahead} words on, lower-cased; null past the end. */
  @Nullable String peek(int ahead) {
    return pos + ahead < tokens.size() ? tokens.get(pos + ahead).word() : null;
  }

  /** Whether the next word is {@code word}. */
  boolean at(String word) {
    return word.equals(peek());
  }

  /** Consumes the next word and returns it lower-cased. */
  String next() {
    return tokens.get(pos++).word();
  }

  /** Whether a comma separates the next word from the one before. */
  boolean commaBefore() {
    return !done() && tokens.get(pos).afterComma();
  }

  /** Consumes {@code sequence} (space-separated lower-case words) if it comes next. */
  boolean accept(String sequence) {
    String[] parts = sequence.split(" ", -1);
    for (int k = 0; k < parts.length; k++) {
      if (!parts[k].equals(peek(k))) {
        return false;
      }
    }
    pos += parts.length;
    return true;
  }

  /** Where the next word starts in the phrase; the phrase's length at the end. */
  int index() {
    return pos < tokens.size() ? tokens.get(pos).start() : phrase.length();
  }

  /** The phrase as printed from the start of word {@code from} to the end of word {@code to - 1}. */
  String text(int from, int to) {
    return phrase.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Whether words {@code from} to {@code to - 1} are separated by single spaces only. */
  boolean spacedBySingleSpaces(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).start() != tokens.get(k - 1).end() + 1 || phrase.charAt(tokens.get(k - 1).end()) != ' ') {
        return false;
      }
    }
    return true;
  }

  int mark() {
    return pos;
  }

  void reset(int mark) {
    pos = mark;
  }

  PhraseException expected(String what) {
    return PhraseException.expected(phrase, index(), what);
  }
}
