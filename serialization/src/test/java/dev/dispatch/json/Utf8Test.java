package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The encoding check agrees with the JDK's strict UTF-8 decoder on every input, whole or fed in
 * pieces as a stream hands them on, and reports the line of the first bad byte: a property over
 * random bytes that mix runs of ASCII (the fast path), line feeds, NULs, well-formed sequences of
 * every length and broken ones.
 */
class Utf8Test {
  private static final int CASES = 20_000;

  /**
   * Where the check must fail, if anywhere: at the first zero byte among the first four, or at the
   * first byte sequence that the JDK's strict decoder refuses, whichever comes first.
   */
  private static OptionalInt firstBad(byte[] bytes) {
    int bad = Integer.MAX_VALUE;
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        bad = i;
        break;
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    if (result.isError()) {
      bad = Math.min(bad, in.position());
    }
    return bad == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(bad);
  }

  /** Random bytes built from pieces that each exercise one path of the check. */
  private static byte[] sample(Random random) {
    ByteBuffer out = ByteBuffer.allocate(512);
    int pieces = random.nextInt(12);
    for (int k = 0; k < pieces; k++) {
      switch (random.nextInt(9)) {
        case 0, 1, 2 -> {
          int run = random.nextInt(40);
          for (int i = 0; i < run; i++) {
            out.put((byte) (0x20 + random.nextInt(0x5F)));
          }
        }
        case 3 -> out.put((byte) '\n');
        case 4 -> out.put((byte) 0);
        case 5 -> out.put(Character.toString(nonAscii(random)).getBytes(StandardCharsets.UTF_8));
        case 6 -> out.put((byte) random.nextInt(256));
        case 7 -> out.put(new byte[] {(byte) 0xED, (byte) (0x80 + random.nextInt(0x40)), (byte) 0x80});
        default -> out.put(new byte[] {(byte) (0xC0 + random.nextInt(0x40)), (byte) random.nextInt(256)});
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  /** A code point beyond ASCII that is not a surrogate: two, three or four bytes in UTF-8. */
  private static int nonAscii(Random random) {
    int[] starts = {0x80, 0x800, 0x10000};
    int[] ends = {0x800, 0xD800, 0x110000};
    int k = random.nextInt(3);
    return random.nextInt(starts[k], ends[k]);
  }

  private static OptionalLong lineOfFailure(byte[] bytes, boolean inPieces, Random random) {
    try {
      if (inPieces) {
        Utf8 u = new Utf8();
        for (int from = 0; from < bytes.length; ) {
          int n = Math.min(bytes.length - from, 1 + random.nextInt(16));
          u.feed(bytes, from, n);
          from += n;
        }
        u.end();
      } else {
        Utf8.check(bytes, 0, bytes.length);
      }
      return OptionalLong.empty();
    } catch (DispatchJsonException e) {
      assertTrue(e.line().isPresent(), e.getMessage());
      return e.line();
    }
  }

  @Test
  void propertyTheCheckAgreesWithTheJdksStrictDecoder() {
    Random random = new Random(12);
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] bytes = sample(random);
      OptionalInt bad = firstBad(bytes);
      OptionalLong whole = lineOfFailure(bytes, false, random);
      OptionalLong pieces = lineOfFailure(bytes, true, random);
      String hex = HexFormat.of().formatHex(bytes);
      assertEquals(bad.isPresent(), whole.isPresent(), () -> "whole: " + hex);
      assertEquals(whole, pieces, () -> "in pieces: " + hex);
      if (bad.isPresent()) {
        rejected++;
        long line = 1 + count(bytes, bad.getAsInt(), (byte) '\n');
        assertEquals(OptionalLong.of(line), whole, () -> "the line of the first bad byte: " + hex);
      }
    }
    int all = rejected;
    assertTrue(rejected > CASES / 10 && rejected < CASES * 9 / 10, () -> "both outcomes are sampled: " + all);
  }

  @Test
  void theLineOfTheFirstBadByteFollowsAsciiRuns() {
    byte[] bytes = "{\"a\":\n\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\n\"b\":\"\u00e9\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC0;
    DispatchJsonException e = assertThrows(DispatchJsonException.class,
        () -> Utf8.check(bytes, 0, bytes.length));
    assertEquals(OptionalLong.of(3), e.line());
    assertEquals(OptionalLong.of(8), e.column());
  }

  /** How many of the first {@code end} bytes are {@code b}. */
  private static long count(byte[] bytes, int end, byte b) {
    long n = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == b) {
        n++;
      }
    }
    return n;
  }
}
