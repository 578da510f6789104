package dev.dispatch.json;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * The facade's writer refuses what its own reader, with the same {@link Limits}, would refuse, so
 * that whatever a {@link DispatchJson} writes it reads back. The model bounds most of it (texts of
 * at most a million chars, parts at most 32 deep, numbers of at most 20 digits), but not all: a
 * report of a hundred thousand figures, a URI or a protected value of any length, or a preserved
 * document edited to hold more. So the guard, a generator in front of Jackson's, counts what is
 * written as the reader counts what it reads:
 * <ul>
 *   <li>tokens, each start and end of an object or array, property name and value, as Jackson's
 *       parser counts them (a preserved unknown value's tokens included);
 *   <li>the length of each string and property name, in chars;
 *   <li>the nesting depth inside preserved unknown values (the generator bounds the rest);
 *   <li>bytes, counted by {@link #counting} as they reach the stream.
 * </ul>
 * A limit crossed fails the write at once with a {@link DispatchJsonException} that names the
 * limit, as the reader's would: "expected a document within the read limits, so that it reads
 * back, got one beyond the limit on tokens per document (1000000)". What was written to a stream
 * before that stays written. Not thread-safe: one per document.
 */
final class Guard extends JsonGeneratorDelegate {
  private final Limits limits;
  /** The nesting depth of the value's own object: names from there on are the document's ({@link Pointers}). */
  private final int from;
  private long tokens;

  /** A parser for preserved unknown values: within any limits a reader may have read them under. */
  private static final JsonFactory SCAN = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
      .maxNestingDepth(Limits.MAX_NESTING_DEPTH).maxStringLength(Limits.MAX_STRING_LENGTH)
      .maxNumberLength(Limits.MAX_NUMBER_LENGTH).maxNameLength(Limits.MAX_NAME_LENGTH).build()).build();

  Guard(JsonGenerator generator, Limits limits) {
    super(generator, false);
    this.limits = limits;
    this.from = generator.streamWriteContext().getNestingDepth() + 1;
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

  private void tokens(long n) {
    tokens += n;
    if (tokens > limits.maxTokenCount()) {
      throw beyond(pointer(), "tokens per document (" + limits.maxTokenCount() + ")");
    }
  }

  private void string(int length) {
    tokens(1);
    if (length > limits.maxStringLength()) {
      throw beyond(pointer(), "string length (" + limits.maxStringLength() + " chars)");
    }
  }

  private void name(int length) {
    tokens(1);
    if (length > limits.maxNameLength()) {
      throw beyond(pointer(), "property name length (" + limits.maxNameLength() + " chars)");
    }
  }

  // --- structure -------------------------------------------------------------------------

  @Override
  public JsonGenerator writeStartObject() {
    tokens(1);
    return super.writeStartObject();
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue) {
    tokens(1);
    return super.writeStartObject(forValue);
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue, int size) {
    tokens(1);
    return super.writeStartObject(forValue, size);
  }

  @Override
  public JsonGenerator writeEndObject() {
    tokens(1);
    return super.writeEndObject();
  }

  @Override
  public JsonGenerator writeStartArray() {
    tokens(1);
    return super.writeStartArray();
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue) {
    tokens(1);
    return super.writeStartArray(forValue);
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue, int size) {
    tokens(1);
    return super.writeStartArray(forValue, size);
  }

  @Override
  public JsonGenerator writeEndArray() {
    tokens(1);
    return super.writeEndArray();
  }

  @Override
  public JsonGenerator writeName(String name) {
    name(name.length());
    return super.writeName(name);
  }

  @Override
  public JsonGenerator writeName(SerializableString name) {
    name(name.charLength());
    return super.writeName(name);
  }

  // --- values ----------------------------------------------------------------------------

  @Override
  public JsonGenerator writeString(String text) {
    string(text.length());
    return super.writeString(text);
  }

  @Override
  public JsonGenerator writeString(char[] text, int offset, int length) {
    string(length);
    return super.writeString(text, offset, length);
  }

  @Override
  public JsonGenerator writeString(SerializableString text) {
    string(text.charLength());
    return super.writeString(text);
  }

  @Override
  public JsonGenerator writeString(java.io.Reader reader, int length) {
    // A length not known in advance (negative) cannot be checked here; this library never writes one.
    string(Math.max(length, 0));
    return super.writeString(reader, length);
  }

  // Numbers: the model's have at most 20 digits (longs, and doubles as Java prints them), within
  // the smallest number limit any Limits allow (20), so only their tokens are counted.

  @Override
  public JsonGenerator writeNumber(short v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(int v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(long v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(BigInteger v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(double v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(float v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal v) {
    tokens(1);
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(String encoded) {
    tokens(1);
    return super.writeNumber(encoded);
  }

  @Override
  public JsonGenerator writeNumber(char[] encoded, int offset, int length) {
    tokens(1);
    return super.writeNumber(encoded, offset, length);
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) {
    tokens(1);
    return super.writeBoolean(state);
  }

  @Override
  public JsonGenerator writeNull() {
    tokens(1);
    return super.writeNull();
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
   * names and numbers, and how deep it nests below where it is written. The value is the exact
   * JSON text the reader kept, so parsing it cannot fail; if it did, the write fails as one the
   * writer refused.
   */
  private void scan(String json) {
    int base = streamWriteContext().getNestingDepth();
    try (JsonParser p = SCAN.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case PROPERTY_NAME -> name(p.currentName().length());
          case VALUE_STRING -> string(p.getString().length());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p.getString());
          case START_OBJECT, START_ARRAY -> {
            tokens(1);
            int depth = base + p.streamReadContext().getNestingDepth();
            if (depth > limits.maxNestingDepth()) {
              throw beyond(pointer(), "nesting depth (" + limits.maxNestingDepth() + ")");
            }
          }
          default -> tokens(1);
        }
      }
    } catch (JacksonException e) {
      throw new DispatchJsonException(pointer(), "a report the JSON writer accepts", "one it refused", -1, -1, null);
    }
  }

  /** A number's length as the reader measures it: its digits, sign, point and exponent marks aside. */
  private void number(String text) {
    tokens(1);
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
