package dev.dispatch.count;

/**
 * An order of magnitude printed in words: "dozens", "hundreds", "thousands".
 *
 * <p>A plural means at least two of the unit: "hundreds" is read as 200 to 999. These bounds are
 * a documented convention of this library, not a statement of the report.
 */
public enum Magnitude {
  /** "dozens": 24 to 99. */
  DOZENS(24, 99),
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

  /** The largest number this magnitude stands for. */
  public long high() {
    return high;
  }
}
