package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made readers and writers of Dispatch JSON for users who do not want to configure Jackson.
 *
 * <pre>{@code
 * DispatchJson json = DispatchJson.create();
 * String text = json.write(report);                 // public view: protected values redacted
 * String full = json.write(report, View.INTERNAL);  // internal view, asked for by name
 * Report back = json.read(text);                    // strict; throws DispatchJsonException
 * }</pre>
 *
 * <p>Reading is strict (see {@link DispatchModule}), accepts UTF-8 only, and is bounded by the
 * {@linkplain Limits read limits}, a stream's length included as its bytes arrive. Every failure,
 * including malformed JSON and duplicate keys, is a {@link DispatchJsonException} with a JSON
 * Pointer; Jackson's exceptions are translated by type ({@code Errors}), and neither their text,
 * which may quote the input, nor they are kept. Writing never throws a Jackson exception either,
 * and <b>writes only what it reads back</b>: a document that its reader, with the same limits,
 * would refuse (more tokens or bytes than the limits allow, a longer string, deeper nesting) is
 * refused with a {@link DispatchJsonException} naming the limit; a failing stream is an
 * {@link UncheckedIOException}. Immutable and thread-safe.
 */
public final class DispatchJson {
  private final Limits limits;
  private final JsonMapper mapper;

  private DispatchJson(Limits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.constraints())
        // Write no deeper than the reader reads: whatever this writes, it reads back.
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
        // For the mapper path's errors outside the module (content after the value): quote as little as Jackson can.
        .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0)
            .build())
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new DispatchModule().withLimits(limits))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** Reading and writing with the default {@link Limits}. */
  public static DispatchJson create() {
    return new DispatchJson(Limits.defaults());
  }

  /** Reading and writing with the given limits. */
  public static DispatchJson create(Limits limits) {
    return new DispatchJson(Objects.requireNonNull(limits, "limits must not be null"));
  }

  /** The limits in force. */
  public Limits limits() {
    return limits;
  }

  /**
   * The configured mapper, for use with Jackson's own API: the limits, the {@link DispatchModule}
   * (public view) whose writers keep the same limits, and failures as Jackson exceptions that quote
   * nothing of the document.
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /** The JSON Schema (draft 2020-12) of wire format v1, as shipped in this jar. */
  public static String schema() {
    try (InputStream in = DispatchJson.class.getResourceAsStream("report-v1.schema.json")) {
      return new String(Objects.requireNonNull(in, "schema resource").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- reading ---------------------------------------------------------------------------

  /**
   * Reads a report document. A lone surrogate in the string (a {@code char} of a surrogate pair
   * without its other half) is an error, located where it stands: no UTF-8 encodes it, and the
   * document is read as UTF-8. (Escaped, as {@code \}{@code ud800} in a JSON string, it is JSON's
   * to allow.)
   *
   * @throws DispatchJsonException if the text is not a valid report document of format v1
   */
  public Report read(String json) {
    byte[] bytes = utf8(json);
    return read(bytes, 0, bytes.length, false).value();
  }

  /**
   * The string as UTF-8, refusing a lone surrogate, which {@link String#getBytes} would silently
   * turn into {@code ?}: the error says where it stands (the pointer of what the text before it
   * was reading, its line and column in chars).
   */
  private byte[] utf8(String json) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
          i++;
        } else {
          throw new DispatchJsonException(pointerBefore(json, i), "Unicode text (RFC 8259)",
              "a lone surrogate, which no UTF-8 encodes (character " + (i + 1) + ")", line, i - lineStart + 1, null);
        }
      }
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The pointer of the place the text before {@code at} leads to, as far as the parser gets in it. */
  private String pointerBefore(String json, int at) {
    byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = mapper.createParser(before)) {
      try {
        while (p.nextToken() != null) {
          // the place is where the parser stops
        }
      } catch (JacksonException e) {
        // the text before a lone surrogate usually ends inside a string: the parser stops there
      }
      return Pointers.of(p.streamReadContext(), 1);
    }
  }

  /**
   * Reads a report document from UTF-8 bytes. A leading UTF-8 byte-order mark is skipped; UTF-16,
   * UTF-32 and bytes that are not well-formed UTF-8 are refused.
   *
   * @throws DispatchJsonException if the bytes are not a valid report document of format v1
   */
  public Report read(byte[] json) {
    return read(json, 0, json.length, false).value();
  }

  /**
   * Reads a report document from a stream of UTF-8, which is left open. The stream is read as
   * the parser needs it, never buffered whole: the document-length limit stops an endless or
   * oversized stream as its bytes arrive.
   *
   * @throws DispatchJsonException if the stream is not a valid report document of format v1
   * @throws UncheckedIOException if reading the stream fails
   */
  public Report read(InputStream json) {
    @Nullable JsonParser parser = null;
    try (JsonParser p = mapper.createParser(Utf8.checking(Objects.requireNonNull(json, "json must not be null")))) {
      parser = p;
      return document(p, new ReadState(false)).value();
    } catch (DispatchJsonException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e, parser);
    }
  }

  /**
   * Reads a report document and keeps the properties this version does not know. A lone surrogate
   * in the string is an error, as for {@link #read(String)}.
   */
  public Preserved<Report> readPreserving(String json) {
    byte[] bytes = utf8(json);
    return read(bytes, 0, bytes.length, true);
  }

  /**
   * Reads one document straight from a parser into the codecs: no databind context is needed, so
   * none is made. The bytes are checked to be UTF-8 first, whatever their origin (a string with a
   * NUL at its start would otherwise be decoded as UTF-32). Trailing content after the document
   * is an error.
   */
  Preserved<Report> read(byte[] bytes, int offset, int length, boolean preserveUnknown) {
    Utf8.check(bytes, offset, length);
    @Nullable JsonParser parser = null;
    try (JsonParser p = mapper.createParser(bytes, offset, length)) {
      parser = p;
      return document(p, new ReadState(preserveUnknown));
    } catch (DispatchJsonException e) {
      throw e;
    } catch (JacksonException e) {
      // In memory, nothing is input/output: a decoding failure is malformed input like any other.
      throw Errors.translate(e, parser, 1);
    }
  }

  private static Preserved<Report> document(JsonParser p, ReadState state) {
    if (p.nextToken() == null) {
      throw new DispatchJsonException("", "a JSON document", "empty input", 1, 1, null);
    }
    Report report = ReportCodec.INSTANCE.read(p, state);
    if (p.nextToken() != null) {
      throw ReadState.error(p, "", "the end of input after the document", "more content", null);
    }
    return new Preserved<>(report, state.unknown());
  }

  private static RuntimeException translate(JacksonException e, @Nullable JsonParser parser) {
    if (Errors.isIo(e) && e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return Errors.translate(e, parser, 1);
  }

  // --- writing ---------------------------------------------------------------------------

  /** Writes the public view of a report. */
  public String write(Report report) {
    return write(report, View.PUBLIC);
  }

  /** Writes a report in the named view. */
  public String write(Report report, View view) {
    return new String(bytes(report, view, Unknowns.NONE), StandardCharsets.UTF_8);
  }

  /**
   * Writes a preserved report in the named view. The internal view writes back the unknown
   * properties it was read with; the public view writes none (one may hold protected data).
   */
  public String write(Preserved<Report> report, View view) {
    return new String(bytes(report.value(), view, report.unknowns()), StandardCharsets.UTF_8);
  }

  /**
   * Writes a report in the named view to a stream, which is left open. When the report is refused
   * (see the class description), what was written before the limit was crossed stays in the
   * stream.
   */
  public void write(Report report, View view, OutputStream out) {
    write(report, view, Unknowns.NONE, Objects.requireNonNull(out, "out must not be null"));
  }

  private byte[] bytes(Report report, View view, Unknowns unknown) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(report, view, unknown, out);
    return out.toByteArray();
  }

  private void write(Report report, View view, Unknowns unknown, OutputStream out) {
    Objects.requireNonNull(report, "report must not be null");
    WriteState state = new WriteState(Objects.requireNonNull(view, "view must not be null"), unknown);
    @Nullable JsonGenerator generator = null;
    try (JsonGenerator g = new Guard(mapper.createGenerator(Guard.counting(out, limits)), limits)) {
      generator = g;
      ReportCodec.INSTANCE.write(report, g, state);
    } catch (JacksonException e) {
      if (Errors.isIo(e) && e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw Errors.translate(e, generator, limits.maxNestingDepth());
    }
  }

  // --- streaming -------------------------------------------------------------------------

  /** A writer of newline-delimited JSON, one report a line, in the named view. */
  public NdjsonWriter ndjsonWriter(OutputStream out, View view) {
    return new NdjsonWriter(this, out, view);
  }

  /**
   * A reader of newline-delimited JSON, one report a line, holding one report in memory at a time.
   *
   * @param in the stream, closed when the reader is closed
   * @param onError whether a bad line stops reading or is collected and skipped
   */
  public NdjsonReader ndjsonReader(InputStream in, NdjsonReader.OnError onError) {
    return new NdjsonReader(this, in, onError);
  }

  /** Parses one NDJSON record. */
  Report readRecord(byte[] line, int length) {
    return read(line, 0, length, false).value();
  }

  /** Writes one NDJSON record, without the newline, to a buffer: a refused report writes nothing to the stream. */
  void writeRecord(Report report, View view, ByteArrayOutputStream buffer) {
    write(report, view, Unknowns.NONE, buffer);
  }

  /** Just the limits: a reader holds no report state between calls. */
  @Override
  public String toString() {
    return "DispatchJson[" + limits + "]";
  }
}
