package dev.dispatch.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Bounds on what the reader accepts, so that hostile input costs bounded memory, time and stack.
 * Input beyond a limit fails with a {@link DispatchJsonException} that names the limit.
 *
 * <table>
 *   <caption>Limits: defaults, and the range each may be set to</caption>
 *   <tr><th>limit</th><th>default</th><th>range</th><th>why</th></tr>
 *   <tr><td>nesting depth</td><td>256</td><td>16 to {@value #MAX_NESTING_DEPTH}</td><td>a report nests about 8
 *       deep, and at most about 140 (parts nested 32 deep, four levels each); the codecs recurse once per level (about 0.7 KB of stack per level, reading or
 *       writing, before the JIT compiles them), and {@value #MAX_NESTING_DEPTH} levels fit half of a
 *       64-bit JVM's default 1 MB thread stack (tested), so no setting can overflow a default stack</td></tr>
 *   <tr><td>string length</td><td>1,000,000 chars</td><td>1,024 to {@value #MAX_STRING_LENGTH}</td><td>a quote or
 *       credit line is far shorter</td></tr>
 *   <tr><td>document length</td><td>16,000,000 bytes</td><td>4,096 to {@value #MAX_DOCUMENT_LENGTH}</td><td>one
 *       report; enforced as bytes arrive from a stream; NDJSON applies it per line, which it holds
 *       in one array</td></tr>
 *   <tr><td>number length</td><td>32 chars</td><td>20 to {@value #MAX_NUMBER_LENGTH}</td><td>counts stop at
 *       2^53 - 1 (16 digits); decimal parsing costs more than linear time in the digits</td></tr>
 *   <tr><td>property name length</td><td>256 bytes of UTF-8</td><td>32 to {@value #MAX_NAME_LENGTH}</td><td>the
 *       longest name in format v1 is 18; measured as Jackson's byte parser measures names (escapes
 *       decoded), so a name of non-ASCII letters reaches it in fewer chars</td></tr>
 *   <tr><td>tokens per document</td><td>1,000,000</td><td>10,000 to {@value #MAX_TOKEN_COUNT}</td><td>the
 *       reference report has about 1,300; this bounds huge arrays of small values, which the
 *       length limit alone does not</td></tr>
 * </table>
 *
 * <p>Writing applies the same limits, so whatever a {@link DispatchJson} writes, it reads back: a
 * report whose document would cross one fails to write with a {@link DispatchJsonException} that
 * names the limit.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string value, in chars
 * @param maxDocumentLength longest document (or NDJSON line), in bytes
 * @param maxNumberLength longest number, in chars
 * @param maxNameLength longest property name, in bytes of UTF-8
 * @param maxTokenCount most JSON tokens in one document (or NDJSON line)
 */
public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength,
    int maxNameLength, long maxTokenCount) {

  /** The deepest nesting any limits allow: the codecs' recursion at this depth fits half a default stack. */
  public static final int MAX_NESTING_DEPTH = 500;
  /** The longest string any limits allow, in chars. */
  public static final int MAX_STRING_LENGTH = 100_000_000;
  /** The longest document any limits allow, in bytes: an NDJSON line is held in one array. */
  public static final long MAX_DOCUMENT_LENGTH = 1_000_000_000L;
  /** The longest number any limits allow, in chars. */
  public static final int MAX_NUMBER_LENGTH = 1_000;
  /** The longest property name any limits allow, in chars. */
  public static final int MAX_NAME_LENGTH = 50_000;
  /** The most tokens any limits allow in one document. */
  public static final long MAX_TOKEN_COUNT = 1_000_000_000L;

  /** Checks each limit against its range; the message names the limit. */
  public Limits {
    in(maxNestingDepth, 16, MAX_NESTING_DEPTH, "maxNestingDepth");
    in(maxStringLength, 1_024, MAX_STRING_LENGTH, "maxStringLength");
    in(maxDocumentLength, 4_096, MAX_DOCUMENT_LENGTH, "maxDocumentLength");
    in(maxNumberLength, 20, MAX_NUMBER_LENGTH, "maxNumberLength");
    in(maxNameLength, 32, MAX_NAME_LENGTH, "maxNameLength");
    in(maxTokenCount, 10_000, MAX_TOKEN_COUNT, "maxTokenCount");
  }

  private static void in(long value, long min, long max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("Limits." + name + ": expected " + min + " to " + max + ", got " + value);
    }
  }

  /** The defaults in the table above. */
  public static Limits defaults() {
    return new Limits(256, 1_000_000, 16_000_000L, 32, 256, 1_000_000L);
  }

  /** These limits as Jackson's read constraints, each of which fails with a {@link Exceeded} naming it. */
  StreamReadConstraints constraints() {
    return new Constraints(this);
  }

  /**
   * A read limit was crossed: which one, by type, so that no one reads Jackson's message (which
   * may change between versions) to find out.
   */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final String limit;

    Exceeded(String limit) {
      super("input beyond the read limit on " + limit);
      this.limit = limit;
    }

    /** The limit and its value: "nesting depth 256". */
    String limit() {
      return limit;
    }
  }

  /** Jackson's constraints, with each check's failure typed by the limit it enforces. */
  private static final class Constraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Constraints(Limits l) {
      super(l.maxNestingDepth(), l.maxDocumentLength(), l.maxTokenCount(), l.maxNumberLength(), l.maxStringLength(),
          l.maxNameLength());
    }

    @Override
    public void validateNestingDepth(int depth) {
      if (depth > _maxNestingDepth) {
        throw new Exceeded("nesting depth (" + _maxNestingDepth + ")");
      }
    }

    @Override
    public void validateDocumentLength(long length) {
      if (length > _maxDocLen && _maxDocLen > 0) {
        throw new Exceeded("document length (" + _maxDocLen + " bytes)");
      }
    }

    @Override
    public void validateTokenCount(long count) {
      if (count > _maxTokenCount && _maxTokenCount > 0) {
        throw new Exceeded("tokens per document (" + _maxTokenCount + ")");
      }
    }

    @Override
    public void validateFPLength(int length) {
      if (length > _maxNumLen) {
        throw new Exceeded("number length (" + _maxNumLen + " chars)");
      }
    }

    @Override
    public void validateIntegerLength(int length) {
      if (length > _maxNumLen) {
        throw new Exceeded("number length (" + _maxNumLen + " chars)");
      }
    }

    @Override
    public void validateStringLength(int length) {
      if (length > _maxStringLen) {
        throw new Exceeded("string length (" + _maxStringLen + " chars)");
      }
    }

    @Override
    public void validateStringLengthLong(long length) {
      if (length > _maxStringLen) {
        throw new Exceeded("string length (" + _maxStringLen + " chars)");
      }
    }

    @Override
    public void validateNameLength(int length) {
      if (length > _maxNameLen) {
        throw new Exceeded("property name length (" + _maxNameLen + " bytes)");
      }
    }

    @Override
    public void validateBigIntegerScale(int scale) {
      try {
        super.validateBigIntegerScale(scale);
      } catch (StreamConstraintsException e) {
        throw new Exceeded("number scale");
      }
    }
  }
}
