package dev.dispatch.figure;

/**
 * What happened to the people a casualty figure counts. A figure counts a set of outcomes:
 * "killed or wounded" is {KILLED, WOUNDED}, not an outcome of its own.
 */
public enum Outcome {
  /** Killed. */
  KILLED,
  /** Wounded. */
  WOUNDED,
  /** Captured, taken prisoner. */
  CAPTURED,
  /** Missing. */
  MISSING
}
