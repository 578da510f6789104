package dev.dispatch.json;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The one exception the Dispatch JSON reader throws for input it cannot accept: malformed JSON,
 * an unknown or duplicate property, a wrong type, a missing required property, a value that
 * breaks an invariant of the model, a dangling reference, or input beyond the read limits.
 *
 * <p>It says where (a JSON Pointer, RFC 6901, and the line and column when known) and what was
 * expected there. Its message never quotes a value of the document (ids aside, where an id is the
 * problem), and neither its message nor its pointer shows a property name that the format does not
 * define: such a name may itself be personal data, so the pointer stops at the object that holds
 * it, and the line and column say where. Reading through the NDJSON reader adds the line number of
 * the record.
 */
public final class DispatchJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String expected;
  private final @Nullable String found;
  private final long line;
  private final long column;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending place; {@code ""} for the whole document
   * @param expected what was expected there
   * @param found what was found, or {@code null} if nothing is worth saying
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param cause the underlying exception, or {@code null}
   */
  public DispatchJsonException(String pointer, String expected, @Nullable String found, long line, long column,
      @Nullable Throwable cause) {
    super(message(pointer, expected, found, line, column), cause);
    this.pointer = pointer;
    this.expected = expected;
    this.found = found;
    this.line = line;
    this.column = column;
  }

  /**
   * A light copy of {@code e} for a list of many errors, such as the NDJSON reader's: its own
   * {@code expected}, line and column, no cause and no stack trace, so that it holds only its
   * strings (none of which quotes the input).
   */
  DispatchJsonException(DispatchJsonException e, String expected, long line) {
    super(message(e.pointer, expected, e.found, line, e.column), null, false, false);
    this.pointer = e.pointer;
    this.expected = expected;
    this.found = e.found;
    this.line = line;
    this.column = e.column;
  }

  private static String message(String pointer, String expected, @Nullable String found, long line, long column) {
    StringBuilder s = new StringBuilder(pointer.isEmpty() ? "(document root)" : pointer);
    if (line > 0) {
      s.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    s.append(": expected ").append(expected);
    if (found != null) {
      s.append(", got ").append(found);
    }
    return s.toString();
  }

  /** Where, what was expected and what was found: never null. */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }

  /** The JSON Pointer of the offending place; {@code ""} for the document itself. */
  public String pointer() {
    return pointer;
  }

  /** What was expected at that place. */
  public String expected() {
    return expected;
  }

  /** What was found there, as the message says it, or null. */
  @Nullable String found() {
    return found;
  }

  /** The 1-based line of the offending place, when known. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The 1-based column of the offending place, when known. */
  public OptionalLong column() {
    return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
  }
}
