package dev.dispatch.figure;

/** An age group of a breakdown: "children", "adults", "older people". */
public enum AgeGroup {
  /** Children, under 18. */
  CHILD,
  /** Adults. */
  ADULT,
  /** Older people. */
  OLDER
}
