package dev.dispatch.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A phrase cut into lower-case words, each with its index in the phrase, and a cursor. */
final class Tokens {
  final String phrase;
  private final List<String> words = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private int pos;

  Tokens(String phrase) {
    this.phrase = phrase;
    int i = 0;
    int n = phrase.length();
    while (i < n) {
      char c = phrase.charAt(i);
      if (Character.isWhitespace(c) || c == ',' && !(i > 0 && Character.isDigit(phrase.charAt(i - 1))
          && i + 1 < n && Character.isDigit(phrase.charAt(i + 1)))) {
        i++;
        continue;
      }
      int start = i;
      if (c == '-' || c == '\u2013' || c == '\u2014' || c == '/') {
        i++;
      } else {
        while (i < n) {
          char d = phrase.charAt(i);
          boolean digitComma = d == ',' && i > start && Character.isDigit(phrase.charAt(i - 1)) && i + 1 < n
              && Character.isDigit(phrase.charAt(i + 1));
          boolean innerHyphen = d == '-' && i > start && !Character.isDigit(phrase.charAt(i - 1)) && i + 1 < n
              && Character.isLetter(phrase.charAt(i + 1));
          if (Character.isWhitespace(d) || d == ',' && !digitComma || d == '\u2013' || d == '\u2014' || d == '/'
              || d == '-' && !innerHyphen) {
            break;
          }
          i++;
        }
      }
      words.add(phrase.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-'));
      starts.add(start);
    }
  }

  boolean done() {
    return pos >= words.size();
  }

  String peek() {
    return pos < words.size() ? words.get(pos) : null;
  }

  String peek(int ahead) {
    return pos + ahead < words.size() ? words.get(pos + ahead) : null;
  }

  String next() {
    return words.get(pos++);
  }

  /** Consumes {@code sequence} (space-separated words) if it comes next. */
  boolean accept(String sequence) {
    String[] parts = sequence.split(" ");
    for (int k = 0; k < parts.length; k++) {
      if (!parts[k].equals(peek(k))) {
        return false;
      }
    }
    pos += parts.length;
    return true;
  }

  int index() {
    return pos < starts.size() ? starts.get(pos) : phrase.length();
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
