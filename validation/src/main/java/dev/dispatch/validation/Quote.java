package dev.dispatch.validation;

/**
 * A text of the report as a message quotes it: at most {@link #LONGEST} characters, cut at the
 * end of a word, so that a message stays short however long the text, and never ends in part of
 * a word (part of a protected name, say, that the validator could no longer recognise and
 * withhold). A first word longer than that is left out whole. A cut ends in {@link #CUT}: the
 * validator withholds the words before it that begin a protected value, when the cut left out
 * the rest ("Ri Ok…" of "Ri Ok Li").
 */
final class Quote {
  private Quote() {}

  /** The most characters of a text a message quotes. */
  static final int LONGEST = 120;

  /** What ends a quote that was cut. */
  static final String CUT = "…";

  static String text(String text) {
    if (text.length() <= LONGEST) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(LONGEST)) ? LONGEST - 1 : LONGEST;
    // Back to the start of the word the cut falls in, then past the separators before it.
    while (end > 0 && Words.isWordPart(text.codePointBefore(end)) && Words.isWordPart(text.codePointAt(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    while (end > 0 && !Words.isWordPart(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(0, end) + CUT;
  }
}
