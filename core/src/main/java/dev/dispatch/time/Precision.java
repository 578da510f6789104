package dev.dispatch.time;

/** How finely a {@link PartialDate} is known, from coarsest to finest. */
public enum Precision {
  /** Only the year, or only an unspecified year: "2024". */
  YEAR,
  /** A season of a year: "last fall". */
  SEASON,
  /** A month: "last August". */
  MONTH,
  /** A day: "January 9". */
  DAY
}
