package dev.dispatch.count;

/**
 * How a report qualifies a number, and so which bounds a {@link Count} yields.
 *
 * <p>The bounds below are for a count whose printed number is {@code n} (or {@code a} and
 * {@code b} for a range). A missing lower bound is 0, since counts are never negative; a missing
 * upper bound means unbounded. "Best" is the value the text itself puts forward; a count may also
 * carry a best {@linkplain Count#estimate() estimate} where its qualifier implies none.
 */
public enum Qualifier {
  /** "2", "exactly 2": bounds [n, n], best n. */
  EXACTLY,
  /** "about", "around", "some", "an estimated": best n, no bounds, since the text states none. */
  ABOUT,
  /** "nearly", "almost": best n, upper bound n (inclusive, the conservative reading). */
  NEARLY,
  /** "approaching 500": upper bound n (inclusive, the conservative reading), no best. */
  APPROACHING,
  /** "more than", "over": lower bound n + 1. */
  MORE_THAN,
  /** "at least", "no fewer than": lower bound n. */
  AT_LEAST,
  /** "at most", "up to", "no more than": upper bound n. */
  AT_MOST,
  /** "fewer than", "less than": upper bound n - 1. */
  FEWER_THAN,
  /** "between a and b", "a to b": bounds [a, b]. */
  BETWEEN,
  /** "dozens", "hundreds", "a handful", "numerous": the bounds of the {@link Magnitude}. */
  MAGNITUDE,
  /**
   * A number above zero that the text does not give: "casualties occurred", "there were
   * deaths". Lower bound 1, no upper bound.
   */
  UNQUANTIFIED,
  /** No number is given and none is implied: bounds [0, unbounded). */
  UNKNOWN
}
