package dev.dispatch.time;

/**
 * Thrown when text is not in the EDTF subset that {@link DateValue#parse(CharSequence)} reads.
 * The message says where parsing stopped and what was expected there.
 */
public final class EdtfParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param input the text being parsed
   * @param errorIndex the index in {@code input} at which parsing stopped
   * @param expected what was expected at that index
   */
  public EdtfParseException(String input, int errorIndex, String expected) {
    super("EDTF \"" + input + "\" at index " + errorIndex + ": expected " + expected);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  /** The text that could not be parsed. */
  public String input() {
    return input;
  }

  /** The index at which parsing stopped. */
  public int errorIndex() {
    return errorIndex;
  }
}
