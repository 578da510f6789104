package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes newline-delimited JSON: one report document a line, each line ending in {@code \n}.
 * Each line is written whole or not at all. Holds no report after it is written. Not
 * thread-safe.
 */
public final class NdjsonWriter implements Closeable {
  private final DispatchJson json;
  private final OutputStream out;
  private final View view;
  /** The line being written; a buffer grown by a large report is not kept beyond it. */
  private ByteArrayOutputStream buffer = new ByteArrayOutputStream(KEEP);
  private static final int KEEP = 64 * 1024;
  private long lines;

  NdjsonWriter(DispatchJson json, OutputStream out, View view) {
    this.json = json;
    this.out = Objects.requireNonNull(out, "out must not be null");
    this.view = Objects.requireNonNull(view, "view must not be null");
  }

  /**
   * Writes one report as one line. A report the writer refuses (see {@link DispatchJson}) throws
   * its {@link DispatchJsonException} and writes nothing: each line is written whole or not at all.
   */
  public void write(Report report) {
    buffer.reset();
    json.writeRecord(report, view, buffer);
    buffer.write('\n');
    try {
      buffer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines++;
    if (buffer.size() > KEEP) {
      buffer = new ByteArrayOutputStream(KEEP);
    }
  }

  /** How many reports were written. */
  public long lines() {
    return lines;
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
