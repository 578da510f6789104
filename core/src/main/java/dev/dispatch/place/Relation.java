package dev.dispatch.place;

/** How a {@link Location} relates an event to a place. */
public enum Relation {
  /** Inside the place: "in the Kursk region". */
  IN,
  /** At the place itself. */
  AT,
  /** Near the place, not in it: "near the town of Belaya". */
  NEAR
}
