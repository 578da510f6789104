package dev.dispatch.place;

/** How a {@link Location} relates an event to its places. */
public enum Relation {
  /** Inside the place: "in the Kursk region". */
  IN,
  /** At the place itself: "at the hospital". */
  AT,
  /** Near the place, not in it: "near the town of Belaya". */
  NEAR,
  /** Just outside the place: "a camp outside the provincial capital". */
  OUTSIDE
}
