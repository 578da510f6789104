package dev.dispatch.time;

import java.time.Month;

/**
 * A season, with its EDTF code (21 to 24). Seasons are meteorological and northern-hemisphere,
 * as in the reports this library models: spring is March to May, summer June to August, autumn
 * September to November, and winter of year Y is December of Y to February of Y + 1.
 */
public enum Season {
  /** March to May; EDTF 21. */
  SPRING(21, Month.MARCH),
  /** June to August; EDTF 22. */
  SUMMER(22, Month.JUNE),
  /** September to November ("fall"); EDTF 23. */
  AUTUMN(23, Month.SEPTEMBER),
  /** December to February; EDTF 24. */
  WINTER(24, Month.DECEMBER);

  private final int code;
  private final Month first;

  Season(int code, Month first) {
    this.code = code;
    this.first = first;
  }

  /** The EDTF season code: 21 to 24. */
  public int code() {
    return code;
  }

  /** The first month of the season. */
  public Month firstMonth() {
    return first;
  }

  /**
   * The season with the given EDTF code.
   *
   * @param code 21 to 24
   * @throws IllegalArgumentException for any other code
   */
  public static Season ofCode(int code) {
    for (Season s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("Season.code: expected 21 to 24, got " + code);
  }
}
