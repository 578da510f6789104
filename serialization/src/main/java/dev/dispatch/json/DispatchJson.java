package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
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
 * <p>Reading is strict (see {@link DispatchModule}) and bounded by the {@linkplain Limits read
 * limits}; every failure, including malformed JSON and duplicate keys, is a
 * {@link DispatchJsonException} with a JSON Pointer. Its message and cause never carry Jackson's
 * own text, which may quote the input. Immutable and thread-safe.
 */
public final class DispatchJson {
  private final Limits limits;
  private final JsonMapper mapper;
  /** Reads one value as a tree and stops there: for unknown properties kept while preserving. */
  private final ObjectReader trees;

  private DispatchJson(Limits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxTokenCount(limits.maxTokenCount())
            .build())
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new DispatchModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    this.trees = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
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

  /** The configured mapper, for use with Jackson's own API. Writes the public view. */
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
   * Reads a report document.
   *
   * @throws DispatchJsonException if the text is not a valid report document of format v1
   */
  public Report read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), 0, -1, false).value();
  }

  /** Reads a report document from UTF-8 bytes. */
  public Report read(byte[] json) {
    return read(json, 0, json.length, false).value();
  }

  /** Reads a report document from a stream of UTF-8, which is left open. */
  public Report read(InputStream json) {
    try {
      return read(json.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a report document and keeps the properties this version does not know. */
  public Preserved<Report> readPreserving(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), 0, -1, true);
  }

  /**
   * Reads one document straight from a parser into the codecs: no databind context is needed, so
   * none is made. Trailing content after the document is an error.
   */
  Preserved<Report> read(byte[] bytes, int offset, int length, boolean preserveUnknown) {
    int len = length < 0 ? bytes.length - offset : length;
    JsonParser parser = null;
    try (JsonParser p = mapper.createParser(bytes, offset, len)) {
      parser = p;
      ReadState state = new ReadState(trees::readTree, preserveUnknown);
      if (p.nextToken() == null) {
        throw new DispatchJsonException("", "a JSON document", "empty input", 1, 1, null);
      }
      Report report = ReportCodec.INSTANCE.read(p, state);
      if (p.nextToken() != null) {
        throw ReadState.error(p, "", "the end of input after the document", "more content", null);
      }
      return new Preserved<>(report, state.unknown());
    } catch (DispatchJsonException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e, parser);
    }
  }

  /**
   * Jackson's own failures as ours, without Jackson's text, which may quote the input. Where the
   * exception carries no place (the read limits' exceptions do not), the parser gives it.
   */
  static DispatchJsonException translate(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
    long line = at == null ? -1 : at.getLineNr();
    long column = at == null ? -1 : at.getColumnNr();
    String pointer = e.processor() == null && parser != null ? parser.streamReadContext().pathAsPointer().toString()
        : pointer(e);
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return new DispatchJsonException(pointer, "input within the read limits", "input beyond them ("
          + original.replaceAll("\\(.*", "").trim() + ")", line, column, null);
    }
    if (original.startsWith("Duplicate Object property")) {
      return new DispatchJsonException(pointer, "each property at most once in an object", "a duplicate property",
          line, column, null);
    }
    if (original.contains("end-of-input") || original.contains("end of input")) {
      return new DispatchJsonException(pointer, "a complete JSON document", "the end of input", line, column, null);
    }
    if (original.startsWith("Trailing token")) {
      return new DispatchJsonException(pointer, "the end of input after the document", "more content", line, column, null);
    }
    return new DispatchJsonException(pointer, "well-formed JSON (RFC 8259)", "malformed input", line, column, null);
  }

  private static String pointer(JacksonException e) {
    if (e.processor() instanceof JsonParser) {
      return ((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString();
    }
    StringBuilder s = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      s.append('/');
      if (r.getPropertyName() != null) {
        s.append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        s.append(r.getIndex());
      }
    }
    return s.toString();
  }

  // --- writing ---------------------------------------------------------------------------

  /** Writes the public view of a report. */
  public String write(Report report) {
    return write(report, View.PUBLIC);
  }

  /** Writes a report in the named view. */
  public String write(Report report, View view) {
    return new String(bytes(report, view, Map.of()), StandardCharsets.UTF_8);
  }

  /** Writes a preserved report in the named view, with the unknown properties it was read with. */
  public String write(Preserved<Report> report, View view) {
    return new String(bytes(report.value(), view, report.unknown()), StandardCharsets.UTF_8);
  }

  /** Writes a report in the named view to a stream, which is left open. */
  public void write(Report report, View view, OutputStream out) {
    try (JsonGenerator g = mapper.createGenerator(out)) {
      ReportCodec.INSTANCE.write(report, g, new WriteState(view, Map.of()));
    }
  }

  private byte[] bytes(Report report, View view, Map<String, Map<String, String>> unknown) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      ReportCodec.INSTANCE.write(Objects.requireNonNull(report, "report must not be null"), g,
          new WriteState(Objects.requireNonNull(view, "view must not be null"), unknown));
    }
    return out.toByteArray();
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

  /** Writes one NDJSON record, without the newline. */
  void writeRecord(Report report, View view, OutputStream out) {
    write(report, view, out);
  }

  /** Just the limits: a reader holds no report state between calls. */
  @Override
  public String toString() {
    return "DispatchJson[" + limits + "]";
  }
}
