package dev.dispatch.count;

import java.util.OptionalLong;

/**
 * A quantity printed in words rather than digits: "a handful", "several", "dozens", "scores of",
 * "hundreds", "numerous".
 *
 * <p>The bounds are a documented convention of this library, not a statement of the report: a
 * plural of a round number means at least two of it ("hundreds" is 200 to 999), and a word with
 * no ceiling ("numerous") has no upper bound. {@code docs/phrases.md} lists the words each
 * constant is read from.
 */
public enum Magnitude {
  /** "a handful": 2 to 5. */
  HANDFUL(2, 5),
  /** "several" on its own: 3 to 9. */
  SEVERAL(3, 9),
  /** "numerous": at least 3, no upper bound. */
  NUMEROUS(3, -1),
  /** "tens of": 20 to 99. */
  TENS(20, 99),
  /** "dozens": 24 to 99. */
  DOZENS(24, 99),
  /** "scores of": 40 to 199 (a score is 20). */
  SCORES(40, 199),
  /** "hundreds": 200 to 999. */
  HUNDREDS(200, 999),
  /** "thousands": 2,000 to 9,999. */
  THOUSANDS(2_000, 9_999),
  /** "tens of thousands": 20,000 to 99,999. */
  TENS_OF_THOUSANDS(20_000, 99_999),
  /** "hundreds of thousands": 200,000 to 999,999. */
  HUNDREDS_OF_THOUSANDS(200_000, 999_999),
  /** "millions": 2,000,000 to 9,999,999. */
  MILLIONS(2_000_000, 9_999_999);

  private final long low;
  private final long high;

  Magnitude(long low, long high) {
    this.low = low;
    this.high = high;
  }

  /** The smallest number this magnitude stands for. */
  public long low() {
    return low;
  }

  /** The largest number this magnitude stands for; empty when it has no ceiling. */
  public OptionalLong high() {
    return high < 0 ? OptionalLong.empty() : OptionalLong.of(high);
  }
}
