package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads newline-delimited JSON, one report document a line, holding one report in memory at a
 * time: streams of any length read in constant memory. Blank lines are skipped.
 *
 * <p>A line that is not a valid report fails with a {@link DispatchJsonException} whose
 * {@linkplain DispatchJsonException#line() line} is the line in the stream. With
 * {@link OnError#STOP} the exception is thrown; with {@link OnError#COLLECT} it is kept in
 * {@link #errors()} and reading goes on with the next line. A line longer than the limits'
 * {@code maxDocumentLength} is an error too, and is skipped without being held in memory.
 *
 * <p>Collecting holds bounded memory however many lines are bad: the first {@value #MAX_ERRORS}
 * errors are kept, each without a cause or a stack trace (its message, pointer, line and column
 * only, none of which quotes the input), and the rest are counted ({@link #errorCount()}).
 * Not thread-safe.
 */
public final class NdjsonReader implements Iterator<Report>, Closeable {

  /** What a bad line does. */
  public enum OnError {
    /** Throw its exception: reading stops. */
    STOP,
    /** Keep its exception in {@link #errors()} and go on with the next line. */
    COLLECT
  }

  private static final int BUFFER = 64 * 1024;
  /** The most errors {@link OnError#COLLECT} keeps; the rest are only counted. */
  public static final int MAX_ERRORS = 1_000;

  private final DispatchJson json;
  private final InputStream in;
  private final OnError onError;
  private final long maxLine;
  private final byte[] chunk = new byte[BUFFER];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[8 * 1024];
  private long lineNumber;
  private @Nullable Report next;
  private boolean eof;
  private final List<DispatchJsonException> errors = new ArrayList<>();
  private long errorCount;

  NdjsonReader(DispatchJson json, InputStream in, OnError onError) {
    this.json = json;
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.onError = Objects.requireNonNull(onError, "onError must not be null");
    this.maxLine = json.limits().maxDocumentLength();
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      int length = readLine();
      if (length < 0) {
        continue;
      }
      if (isBlank(length)) {
        continue;
      }
      try {
        next = json.readRecord(line, length);
      } catch (DispatchJsonException e) {
        fail(e, e.expected() + " (NDJSON line " + lineNumber + ")");
      }
    }
    return next != null;
  }

  @Override
  public Report next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Report r = Objects.requireNonNull(next);
    next = null;
    return r;
  }

  /** The remaining reports as a sequential stream; closing the stream closes this reader. */
  public Stream<Report> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * The errors collected so far, in line order ({@link OnError#COLLECT} only): the first
   * {@value #MAX_ERRORS} of them.
   */
  public List<DispatchJsonException> errors() {
    return Collections.unmodifiableList(errors);
  }

  /** How many lines have failed so far, those beyond the first {@value #MAX_ERRORS} included. */
  public long errorCount() {
    return errorCount;
  }

  /** The number of the last line read, counting from 1. */
  public long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bad line: {@code e} with the line's number, thrown, or kept light while there is room, and counted. */
  private void fail(DispatchJsonException e, String expected) {
    if (onError == OnError.STOP) {
      eof = true;
      throw new DispatchJsonException(e.pointer(), expected, e.found(), lineNumber, e.column().orElse(-1), e);
    }
    errorCount++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new DispatchJsonException(e, expected, lineNumber));
    }
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line into {@code line}; returns its length, or -1 at the end or if it was too long (and skipped). */
  private int readLine() {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (!any) {
          return -1;
        }
        break;
      }
      any = true;
      int start = chunkPos;
      int end = start;
      while (end < chunkEnd && chunk[end] != '\n') {
        end++;
      }
      int n = end - start;
      if (!tooLong) {
        if ((long) length + n > maxLine) {
          tooLong = true;
        } else {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max((long) line.length * 2, length + n)));
          }
          System.arraycopy(chunk, start, line, length, n);
          length += n;
        }
      }
      if (end < chunkEnd) {
        chunkPos = end + 1;
        break;
      }
      chunkPos = chunkEnd;
    }
    lineNumber++;
    if (tooLong) {
      fail(new DispatchJsonException("", "a line of at most " + maxLine + " bytes", "a longer line", lineNumber, -1,
          null), "a line of at most " + maxLine + " bytes (NDJSON line " + lineNumber + ")");
      return -1;
    }
    return length;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk, 0, chunk.length);
      if (n <= 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
