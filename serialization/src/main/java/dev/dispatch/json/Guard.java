package dev.dispatch.json;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * The writer refuses what the reader, with the same {@link Limits}, would refuse, so that whatever
 * {@link DispatchJson} (or a mapper with {@link DispatchModule}) writes reads back. The model
 * bounds most of it (texts of at most a million chars, parts at most 32 deep, numbers of at most
 * 20 digits), but not all: a report of a hundred thousand figures, a URI or a protected value of
 * any length, or a preserved document edited to hold more. So the guard, a generator in front of
 * Jackson's, counts what is written as the reader counts what it reads:
 * <ul>
 *   <li>tokens, each start and end of an object or array, property name and value, as Jackson's
 *       parser counts them (a preserved unknown value's tokens included);
 *   <li>the length of each string, in chars, and of each property name, in bytes of UTF-8 (as
 *       Jackson's byte parser measures names, escapes decoded);
 *   <li>the nesting depth, of the value's own objects and inside preserved unknown values;
 *   <li>bytes: the length of the compact UTF-8 JSON written so far, token by token, exactly as
 *       {@link DispatchJson}'s generator writes it (escapes, separators, a lone surrogate's
 *       {@code \}{@code uXXXX}), so that the limit fails at the token that crosses it, with its
 *       pointer. A string's own bytes are counted only once they could matter (see
 *       {@link #waiting}): until then an upper bound of six bytes a char stands for them. The
 *       facade also counts the bytes that reach the stream ({@link #counting}), the last word
 *       should the two ever differ. On the mapper path the count is that of the value's compact
 *       JSON, whatever the mapper's pretty printer adds around it.
 * </ul>
 * A limit crossed fails the write before the token is written, with a
 * {@link DispatchJsonException} that names the limit, as the reader's would: "expected a document
 * within the read limits, so that it reads back, got one beyond the limit on tokens per document
 * (1000000)". What was written to a stream before that stays written. Not thread-safe: one per
 * document, or per value on the mapper path.
 */
final class Guard extends JsonGeneratorDelegate {
  private final Limits limits;
  // The limits as fields of the guard itself: read at every token.
  private final long maxTokens;
  private final long maxBytes;
  private final int maxString;
  private final int maxName;
  private final int maxDepth;
  /** The nesting depth of the value's own object: names from there on are the document's ({@link Pointers}). */
  private final int from;
  private long tokens;
  /** The exact bytes of what was written, but for the strings still {@linkplain #waiting waiting} to be counted. */
  private long bytes;
  /** An upper bound on the bytes of the waiting strings: six a char, as a control character takes, and the quotes. */
  private long bound;
  /**
   * Strings written but not yet counted exactly. A string's exact length in UTF-8 JSON takes a
   * pass over its chars, which cost about a tenth of a write; it matters only once the document
   * could reach the limit. So while the bytes counted plus the bound stay within it, a string waits
   * here, and the waiting strings are counted when the bound would cross the limit (then they may
   * have crossed it, and the token that did is the one at hand: until then the bound was within)
   * or when {@value #WAITING} are waiting, which bounds the memory held for a long document.
   */
  private String @Nullable [] waiting;
  private int waited;
  private static final int WAITING = 1_024;
  /** The nesting depth of the generator's place. */
  private int depth;
  /** Whether the last token was a start, so that the next has no separator ({@link #separator}). */
  private boolean afterStart;
  /** Whether nothing was written through the guard yet. */
  private boolean first = true;

  /** A parser for preserved unknown values: within any limits a reader may have read them under. */
  private static final JsonFactory SCAN = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
      .maxNestingDepth(Limits.MAX_NESTING_DEPTH).maxStringLength(Limits.MAX_STRING_LENGTH)
      .maxNumberLength(Limits.MAX_NUMBER_LENGTH).maxNameLength(Limits.MAX_NAME_LENGTH).build()).build();

  Guard(JsonGenerator generator, Limits limits) {
    super(generator, false);
    this.limits = limits;
    this.maxTokens = limits.maxTokenCount();
    this.maxBytes = limits.maxDocumentLength();
    this.maxString = limits.maxStringLength();
    this.maxName = limits.maxNameLength();
    this.maxDepth = limits.maxNestingDepth();
    this.from = generator.streamWriteContext().getNestingDepth() + 1;
    this.depth = from - 1;
  }

  /** A stream that counts the bytes written to {@code out} and fails once there are more than the limits allow. */
  static OutputStream counting(OutputStream out, Limits limits) {
    return new FilterOutputStream(out) {
      private long count;
      private boolean failed;

      @Override
      public void write(int b) throws IOException {
        if (count(1)) {
          out.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (count(len)) {
          out.write(b, off, len);
        }
      }

      /** Whether to write on; false after the failure, when the generator's close flushes what it held. */
      private boolean count(int n) {
        if (failed) {
          return false;
        }
        count += n;
        if (count > limits.maxDocumentLength()) {
          failed = true;
          throw beyond("", "document length (" + limits.maxDocumentLength() + " bytes)");
        }
        return true;
      }
    };
  }

  static DispatchJsonException beyond(String pointer, String limit) {
    return new DispatchJsonException(pointer, "a document within the read limits, so that it reads back",
        "one beyond the limit on " + limit, -1, -1, null);
  }

  private String pointer() {
    return Pointers.of(streamWriteContext(), from);
  }

  /** The pointer of the property {@code name} about to be written in the current object. */
  private String pointer(String name) {
    return Pointers.of(streamWriteContext(), from, name);
  }

  /**
   * Counts a token of {@code n} bytes, its separator included, written at the generator's place,
   * or at property {@code name} about to be written there when not null. The pointer is computed
   * only for the error: computing one per token made writing several times slower.
   */
  private void token(long n, @Nullable String name) {
    long t = ++tokens;
    long b = bytes += n;
    if (t > maxTokens || b + bound > maxBytes) {
      if (t > maxTokens) {
        throw beyond(pointer(), "tokens per document (" + limits.maxTokenCount() + ")");
      }
      count(name);
    }
  }

  /**
   * The separator before a name or value: none for the first entry of an object or array (right
   * after its start), a comma or a colon otherwise. Only the guard's first token asks the
   * generator, whose context may already hold entries on the mapper path; then the token before
   * tells, which costs nothing.
   */
  private int separator(boolean isName) {
    if (afterStart) {
      afterStart = false;
      return 0;
    }
    if (first) {
      first = false;
      TokenStreamContext c = streamWriteContext();
      return c.getEntryCount() > 0 || (!isName && c.inObject()) ? 1 : 0;
    }
    return 1;
  }

  /** Counts the waiting strings exactly, and fails if the document is then beyond the limit. */
  private void count(@Nullable String name) {
    String[] all = waiting;
    if (all != null) {
      for (int i = 0; i < waited; i++) {
        bytes += quoted(all[i]);
        all[i] = null;
      }
    }
    waited = 0;
    bound = 0;
    if (bytes > maxBytes) {
      throw beyond(name == null ? pointer() : pointer(name), "document length (" + limits.maxDocumentLength()
          + " bytes)");
    }
  }

  /** A string value, its separator counted now and its own bytes when they could matter ({@link #waiting}). */
  private void string(String text) {
    token(separator(false), null);
    String[] all = waiting;
    if (all == null) {
      all = waiting = new String[32];
    } else if (waited == all.length) {
      if (waited == WAITING) {
        count(null);
      } else {
        all = waiting = java.util.Arrays.copyOf(all, waited * 2);
      }
    }
    all[waited++] = text;
    bound += 6L * text.length() + 2;
    if (bytes + bound > maxBytes) {
      count(null);
    }
    if (text.length() > maxString) {
      throw beyond(pointer(), "string length (" + limits.maxStringLength() + " chars)");
    }
  }

  /** A value of {@code length} bytes, after its separator: a comma in an array, a colon after a name. */
  private void value(long length) {
    token(length + separator(false), null);
  }

  private void name(String name) {
    name(name, quoted(name));
  }

  /**
   * A property name whose JSON string is {@code quoted} bytes long, quotes included. The limit is
   * on the name's UTF-8 bytes, which its escaped form never has fewer of: a name within the limit
   * escaped is within it.
   */
  private void name(String name, long quoted) {
    if (quoted - 2 > maxName && utf8(name) > maxName) {
      if (tokens + 1 > maxTokens) {
        token(0, null);
      }
      throw beyond(pointer(name), "property name length (" + limits.maxNameLength() + " bytes)");
    }
    token(quoted + separator(true), name);
  }

  /** A structure's start, no deeper than the limits allow. */
  private void start() {
    value(1);
    afterStart = true;
    if (++depth > maxDepth) {
      throw new DispatchJsonException(pointer(), "a report whose JSON nests at most " + limits.maxNestingDepth()
          + " deep (the limits' nesting depth, so that it reads back)", "a deeper one", -1, -1, null);
    }
  }

  private void end() {
    afterStart = false;
    depth--;
    token(1, null);
  }

  /** The bytes of each ASCII char in a JSON string: a table, since strings are counted on every write. */
  private static final byte[] ASCII = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII[c] = (byte) (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2
          : c < 0x20 ? 6 : 1);
    }
  }

  /**
   * The bytes of {@code s} as a JSON string in UTF-8, quotes included, as Jackson's UTF-8 generator
   * escapes it by default: {@code "} and {@code \} and the short escapes in two bytes, other
   * control characters and lone surrogates in six ({@code \}{@code u001F}), the rest as UTF-8.
   */
  static long quoted(String s) {
    long n = 2;
    byte[] ascii = ASCII;
    for (int i = 0, length = s.length(); i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += ascii[c];
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += Character.isSurrogate(c) ? 6 : 3;
      }
    }
    return n;
  }

  /** The bytes of raw JSON text in UTF-8 (preserved text holds no lone surrogate: they are escaped). */
  private static long utf8(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  // --- structure -------------------------------------------------------------------------

  @Override
  public JsonGenerator writeStartObject() {
    start();
    return super.writeStartObject();
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue) {
    start();
    return super.writeStartObject(forValue);
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue, int size) {
    start();
    return super.writeStartObject(forValue, size);
  }

  @Override
  public JsonGenerator writeEndObject() {
    end();
    return super.writeEndObject();
  }

  @Override
  public JsonGenerator writeStartArray() {
    start();
    return super.writeStartArray();
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue) {
    start();
    return super.writeStartArray(forValue);
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue, int size) {
    start();
    return super.writeStartArray(forValue, size);
  }

  @Override
  public JsonGenerator writeEndArray() {
    end();
    return super.writeEndArray();
  }

  @Override
  public JsonGenerator writeName(String name) {
    name(name);
    return super.writeName(name);
  }

  @Override
  public JsonGenerator writeName(SerializableString name) {
    // A SerializedString keeps its escaped UTF-8 bytes: their length, without a pass over the chars.
    name(name.getValue(), name.asQuotedUTF8().length + 2L);
    return super.writeName(name);
  }

  // --- values ----------------------------------------------------------------------------

  @Override
  public JsonGenerator writeString(String text) {
    string(text);
    return super.writeString(text);
  }

  @Override
  public JsonGenerator writeString(char[] text, int offset, int length) {
    string(new String(text, offset, length));
    return super.writeString(text, offset, length);
  }

  @Override
  public JsonGenerator writeString(SerializableString text) {
    int quoted = text.asQuotedUTF8().length;
    value(quoted + 2L);
    if (quoted > maxString && text.getValue().length() > maxString) {
      throw beyond(pointer(), "string length (" + limits.maxStringLength() + " chars)");
    }
    return super.writeString(text);
  }

  @Override
  public JsonGenerator writeString(java.io.Reader reader, int length) {
    // A length not known in advance (negative) cannot be checked here; this library never writes one.
    value(Math.max(length, 0) + 2L);
    if (length > limits.maxStringLength()) {
      throw beyond(pointer(), "string length (" + limits.maxStringLength() + " chars)");
    }
    return super.writeString(reader, length);
  }

  // Numbers: the model's have at most 20 digits (longs, and doubles as Java prints them), within
  // the smallest number limit any Limits allow (20), so only their tokens and bytes are counted.

  @Override
  public JsonGenerator writeNumber(short v) {
    value(digits(v));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(int v) {
    value(digits(v));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(long v) {
    value(digits(v));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(BigInteger v) {
    value(v.toString().length());
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(double v) {
    // Non-finite values are written as strings (Jackson's default); the model has none.
    value(Double.toString(v).length() + (Double.isFinite(v) ? 0 : 2));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(float v) {
    value(Float.toString(v).length() + (Float.isFinite(v) ? 0 : 2));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal v) {
    value(v.toString().length());
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(String encoded) {
    value(encoded.length());
    return super.writeNumber(encoded);
  }

  @Override
  public JsonGenerator writeNumber(char[] encoded, int offset, int length) {
    value(length);
    return super.writeNumber(encoded, offset, length);
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) {
    value(state ? 4 : 5);
    return super.writeBoolean(state);
  }

  @Override
  public JsonGenerator writeNull() {
    value(4);
    return super.writeNull();
  }

  /** The chars of {@code v} in decimal, its sign included, as the generator writes it. */
  static int digits(long v) {
    if (v < 0) {
      return v == Long.MIN_VALUE ? 20 : 1 + digits(-v);
    }
    int n = 1;
    for (long power = 10; n < 19 && v >= power; power *= 10) {
      n++;
    }
    return n;
  }

  // --- preserved unknown values ----------------------------------------------------------

  @Override
  public JsonGenerator writeRawValue(String json) {
    scan(json);
    return super.writeRawValue(json);
  }

  @Override
  public JsonGenerator writeRawValue(String json, int offset, int length) {
    scan(json.substring(offset, offset + length));
    return super.writeRawValue(json, offset, length);
  }

  @Override
  public JsonGenerator writeRawValue(char[] json, int offset, int length) {
    scan(new String(json, offset, length));
    return super.writeRawValue(json, offset, length);
  }

  /**
   * Counts a preserved unknown value as the reader will: its tokens, the length of its strings,
   * names and numbers, how deep it nests below where it is written, and its bytes. The value is
   * the exact JSON text the reader kept, so parsing it cannot fail; if it did, the write fails as
   * one the writer refused.
   */
  private void scan(String json) {
    int base = streamWriteContext().getNestingDepth();
    // The value's separator and bytes here; its tokens one by one below.
    bytes += utf8(json) + separator(false);
    if (bytes + bound > maxBytes) {
      count(null);
    }
    try (JsonParser p = SCAN.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> nameLength(utf8(p.currentName()));
          case VALUE_STRING -> stringLength(p.getString().length());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p.getString());
          case START_OBJECT, START_ARRAY -> {
            token(0, null);
            int nested = base + p.streamReadContext().getNestingDepth();
            if (nested > limits.maxNestingDepth()) {
              throw beyond(pointer(), "nesting depth (" + limits.maxNestingDepth() + ")");
            }
          }
          default -> token(0, null);
        }
      }
    } catch (JacksonException e) {
      throw new DispatchJsonException(pointer(), "a report the JSON writer accepts", "one it refused", -1, -1, null);
    }
  }

  private void stringLength(int length) {
    token(0, null);
    if (length > limits.maxStringLength()) {
      throw beyond(pointer(), "string length (" + limits.maxStringLength() + " chars)");
    }
  }

  private void nameLength(long length) {
    token(0, null);
    if (length > limits.maxNameLength()) {
      throw beyond(pointer(), "property name length (" + limits.maxNameLength() + " bytes)");
    }
  }

  /** A number's length as the reader measures it: its digits, sign, point and exponent marks aside. */
  private void number(String text) {
    token(0, null);
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    if (digits > limits.maxNumberLength()) {
      throw beyond(pointer(), "number length (" + limits.maxNumberLength() + " chars)");
    }
  }
}
