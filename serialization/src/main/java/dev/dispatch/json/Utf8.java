package dev.dispatch.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The reader's encoding check: input is UTF-8 exactly (RFC 8259, section 8.1), a leading UTF-8
 * byte-order mark allowed. UTF-16 and UTF-32 (which Jackson would otherwise detect and decode)
 * are refused, and so is every byte sequence that is not well-formed UTF-8 (Unicode, table 3-7):
 * overlong forms such as {@code C0 AF} for {@code /}, encoded surrogates, code points above
 * U+10FFFF, stray continuation bytes, truncated sequences. One pass, ASCII at full speed; for a
 * stream, as bytes arrive. Not thread-safe.
 */
final class Utf8 {
  private long offset;
  private long line = 1;
  private long lineStart;
  /** Continuation bytes still expected in the current sequence. */
  private int need;
  /** The range the next continuation byte must be in (narrower right after some lead bytes). */
  private int lo = 0x80;
  private int hi = 0xBF;

  /** Eight bytes at a time, in any order: only whether one has its high bit set matters. */
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Checks a whole document. The same check as {@link #feed}, faster for having every byte at
   * hand: ASCII is skipped eight bytes at a time, and lines are not counted unless a byte fails,
   * when they are counted up to it.
   */
  static void check(byte[] b, int from, int length) {
    int end = from + length;
    int start = from + 4;
    int i = from;
    while (i < end) {
      while (i >= start && i + 8 <= end && ((long) WORDS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i == end) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        if (c == 0 && i < start) {
          throw failAt(b, from, i, "a zero byte at the start, as UTF-16 or UTF-32 has");
        }
        i++;
        continue;
      }
      int sequence = lead(c);
      if (sequence < 0) {
        throw failAt(b, from, i, notALead(c));
      }
      int need = sequence & 0xFF;
      int lo = sequence >>> 8 & 0xFF;
      int hi = sequence >>> 16;
      for (int k = 1; k <= need; k++) {
        if (i + k == end) {
          throw failAt(b, from, end, "a truncated UTF-8 sequence at the end");
        }
        int d = b[i + k] & 0xFF;
        if (d < lo || d > hi) {
          throw failAt(b, from, i + k, "a byte sequence that is not UTF-8");
        }
        lo = 0x80;
        hi = 0xBF;
      }
      i += need + 1;
    }
  }

  /**
   * What a lead byte {@code c} (0x80 or above) starts, packed: the continuation bytes it needs,
   * then the range the first of them must be in, low and high ({@code need | lo << 8 | hi << 16};
   * Unicode, table 3-7); -1 if it starts no well-formed sequence.
   */
  private static int lead(int c) {
    if (c >= 0xC2 && c <= 0xDF) {
      return 1 | 0x80 << 8 | 0xBF << 16;
    } else if (c >= 0xE0 && c <= 0xEF) {
      return 2 | (c == 0xE0 ? 0xA0 : 0x80) << 8 | (c == 0xED ? 0x9F : 0xBF) << 16;
    } else if (c >= 0xF0 && c <= 0xF4) {
      return 3 | (c == 0xF0 ? 0x90 : 0x80) << 8 | (c == 0xF4 ? 0x8F : 0xBF) << 16;
    }
    return -1;
  }

  /** What a byte that starts no sequence is, for the error. */
  private static String notALead(int c) {
    return c == 0xFE || c == 0xFF ? "a UTF-16 or UTF-32 byte-order mark" : "a byte that is not UTF-8";
  }

  /** The failure {@link #feed} would report at {@code at}, its line counted now. */
  private static DispatchJsonException failAt(byte[] b, int from, int at, String found) {
    Utf8 u = new Utf8();
    for (int i = from; i < at; i++) {
      if (b[i] == '\n') {
        u.line++;
        u.lineStart = (long) i - from + 1;
      }
    }
    return u.fail(at - from, found);
  }

  /** A stream that checks what it hands on, failing at the first byte that is not UTF-8. */
  static InputStream checking(InputStream in) {
    Utf8 u = new Utf8();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          u.end();
        } else {
          u.feed(b, off, n);
        }
        return n;
      }
    };
  }

  void feed(byte[] b, int from, int length) {
    int end = from + length;
    for (int i = from; i < end; i++) {
      if (need == 0) {
        // The common case at full speed: a run of ASCII bytes that are neither NUL nor a line feed,
        // which need no check and no bookkeeping. The byte that ends the run takes the full path.
        while (i < end && b[i] > 0 && b[i] != '\n') {
          i++;
        }
        if (i == end) {
          break;
        }
      }
      int c = b[i] & 0xFF;
      if (need == 0) {
        if (c < 0x80) {
          if (c == 0 && offset + (i - from) < 4) {
            throw fail(i - from, "a zero byte at the start, as UTF-16 or UTF-32 has");
          }
          if (c == '\n') {
            line++;
            lineStart = offset + (i - from) + 1;
          }
          continue;
        }
        int sequence = lead(c);
        if (sequence < 0) {
          throw fail(i - from, notALead(c));
        }
        need = sequence & 0xFF;
        lo = sequence >>> 8 & 0xFF;
        hi = sequence >>> 16;
      } else {
        if (c < lo || c > hi) {
          throw fail(i - from, "a byte sequence that is not UTF-8");
        }
        need--;
        lo = 0x80;
        hi = 0xBF;
      }
    }
    offset += length;
  }

  void end() {
    if (need > 0) {
      throw fail(0, "a truncated UTF-8 sequence at the end");
    }
  }

  private DispatchJsonException fail(int at, String found) {
    long column = offset + at - lineStart + 1;
    return new DispatchJsonException("", "UTF-8 text (RFC 8259)", found + " (byte " + (offset + at + 1) + ")", line,
        column, null);
  }
}
