package dev.dispatch.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Jackson's failures as this library reports them, recognised by exception type only (never by
 * message text, which a Jackson upgrade may change and which may quote the input):
 *
 * <table>
 *   <caption>Jackson exception to what the error says</caption>
 *   <tr><th>type</th><th>expected</th><th>got</th></tr>
 *   <tr><td>{@link Limits.Exceeded} (the facade's limits)</td><td>input within the read limits</td>
 *       <td>input beyond the limit on (the limit)</td></tr>
 *   <tr><td>other {@link StreamConstraintsException} (a mapper's own limits)</td><td>input within the read
 *       limits</td><td>input beyond one of them</td></tr>
 *   <tr><td>{@link UnexpectedEndOfInputException}</td><td>a complete JSON document</td><td>the end of
 *       input</td></tr>
 *   <tr><td>any other {@link JacksonException} from the parser</td><td>well-formed JSON (RFC 8259)</td>
 *       <td>malformed input</td></tr>
 * </table>
 *
 * <p>The {@link DispatchJson} facade throws the resulting {@link DispatchJsonException}. The mapper
 * path ({@link DispatchModule}'s deserializers) throws {@link #mismatch} of it: a
 * {@link MismatchedInputException}, so that users' Jackson error handling applies, whose message is
 * the same, whose location names no source content, whose path is the JSON Pointer, and whose
 * cause is the {@link DispatchJsonException}. Jackson's own exception is never kept as a cause.
 */
final class Errors {
  private Errors() {}

  /**
   * A parser's failure as ours; where the exception carries no place, the parser gives it.
   *
   * @param from the nesting depth of the value's own object ({@link Pointers#of}): 1 for a document
   */
  static DispatchJsonException translate(JacksonException e, @Nullable JsonParser p, int from) {
    TokenStreamLocation known = e.getLocation();
    @Nullable TokenStreamLocation at = known != null ? known : p == null ? null : p.currentLocation();
    long line = at == null ? -1 : at.getLineNr();
    long column = at == null ? -1 : at.getColumnNr();
    String pointer = p == null ? "" : Pointers.of(p.streamReadContext(), from);
    if (e instanceof Limits.Exceeded exceeded) {
      return new DispatchJsonException(pointer, "input within the read limits",
          "input beyond the limit on " + exceeded.limit(), line, column, null);
    }
    if (e instanceof StreamConstraintsException) {
      return new DispatchJsonException(pointer, "input within the read limits", "input beyond one of them", line,
          column, null);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return new DispatchJsonException(pointer, "a complete JSON document", "the end of input", line, column, null);
    }
    return new DispatchJsonException(pointer, "well-formed JSON (RFC 8259)", "malformed input", line, column, null);
  }

  /** A writer's failure as ours: the generator's nesting limit, or anything else Jackson refused. */
  static DispatchJsonException translate(JacksonException e, @Nullable JsonGenerator g, int maxNestingDepth) {
    String pointer = g == null ? "" : Pointers.of(g.streamWriteContext(), 1);
    if (e instanceof StreamConstraintsException) {
      return new DispatchJsonException(pointer, "a report whose JSON nests at most " + maxNestingDepth
          + " deep (the limits' nesting depth, so that it reads back)", "a deeper one", -1, -1, null);
    }
    return new DispatchJsonException(pointer, "a report the JSON writer accepts", "one it refused", -1, -1, null);
  }

  /**
   * The mapper path's exception for a problem in the value read from {@code base} on.
   *
   * @param base the JSON Pointer of the value the deserializer started at; the path is relative to it,
   *     as Jackson prepends the path outside
   */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, String base, DispatchJsonException problem) {
    return new Mismatch(p, type, base, problem);
  }

  /** A JacksonIOException stays what it is on both paths: the stream failed, not the document. */
  static boolean isIo(JacksonException e) {
    return e instanceof JacksonIOException;
  }

  private static final class Mismatch extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final DispatchJsonException problem;

    Mismatch(JsonParser p, Class<?> type, String base, DispatchJsonException problem) {
      super(p, problem.getMessage(), location(p, problem));
      this.problem = problem;
      _targetType = type;
      String relative = problem.pointer().startsWith(base) ? problem.pointer().substring(base.length())
          : problem.pointer();
      String[] segments = relative.isEmpty() ? new String[0] : relative.substring(1).split("/", -1);
      for (int i = segments.length - 1; i >= 0; i--) {
        String s = segments[i].replace("~1", "/").replace("~0", "~");
        if (!s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
          prependPath(type, Integer.parseInt(s));
        } else {
          prependPath(type, s);
        }
      }
    }

    /** The problem's place, with no reference to the source content (which may be included otherwise). */
    private static TokenStreamLocation location(JsonParser p, DispatchJsonException problem) {
      TokenStreamLocation at = p.currentTokenLocation();
      return new TokenStreamLocation(ContentReference.unknown(), at.getByteOffset(), at.getCharOffset(),
          (int) problem.line().orElse(at.getLineNr()), (int) problem.column().orElse(at.getColumnNr()));
    }

    /** The {@link DispatchJsonException} with the same message, for its pointer and what was expected. */
    @Override
    public synchronized Throwable getCause() {
      return problem;
    }
  }
}
