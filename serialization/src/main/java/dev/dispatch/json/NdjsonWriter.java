package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes newline-delimited JSON: one report document a line, each line ending in {@code \n}.
 * Holds no report after it is written. Not thread-safe.
 */
public final class NdjsonWriter implements Closeable {
  private final DispatchJson json;
  private final OutputStream out;
  private final View view;
  private long lines;

  NdjsonWriter(DispatchJson json, OutputStream out, View view) {
    this.json = json;
    this.out = java.util.Objects.requireNonNull(out, "out must not be null");
    this.view = java.util.Objects.requireNonNull(view, "view must not be null");
  }

  /** Writes one report as one line. */
  public void write(Report report) {
    json.writeRecord(report, view, out);
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines++;
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
