package dev.dispatch.figure;

/** Whether a {@link Breakdown}'s parts make up their whole. */
public enum Completeness {
  /** The parts sum to the whole: "12 men, 9 women and 4 children". */
  COMPLETE,
  /** The parts are some of the whole: "including 12 children". */
  PARTIAL
}
