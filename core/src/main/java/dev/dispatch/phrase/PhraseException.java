package dev.dispatch.phrase;

/**
 * Thrown when a phrase cannot be read, or can be read more than one way. The message says where
 * in the phrase reading stopped and what was expected there, or why the phrase is ambiguous.
 */
public final class PhraseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String phrase;
  private final int index;
  private final boolean ambiguous;

  private PhraseException(String message, String phrase, int index, boolean ambiguous) {
    super(message);
    this.phrase = phrase;
    this.index = index;
    this.ambiguous = ambiguous;
  }

  static PhraseException expected(String phrase, int index, String expected) {
    String found = index >= phrase.length() ? "the end of the phrase" : "\"" + excerpt(phrase.substring(index)) + "\"";
    return new PhraseException("\"" + excerpt(phrase) + "\" at index " + index + ": expected " + expected + ", got "
        + found, phrase, index, false);
  }

  static PhraseException ambiguous(String phrase, int index, String why) {
    return new PhraseException("\"" + excerpt(phrase) + "\" is ambiguous: " + why, phrase, index, true);
  }

  /** A message quotes at most this much of a phrase: phrases are short, and input is not. */
  private static final int QUOTED = 200;

  private static String excerpt(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "... (" + text.length() + " characters)";
  }

  /** The phrase that could not be read. */
  public String phrase() {
    return phrase;
  }

  /** Where in the phrase reading stopped. */
  public int index() {
    return index;
  }

  /** Whether the phrase was readable, but in more than one way. */
  public boolean isAmbiguous() {
    return ambiguous;
  }
}
