package dev.dispatch.event;

/** The kinds of {@link Means} an event used. OTHER needs the means' phrase. */
public enum MeansKind {
  /** Artillery, including rocket artillery. */
  ARTILLERY,
  /** An air strike: bombs dropped from aircraft. */
  AIRSTRIKE,
  /** A drone. */
  DRONE,
  /** A missile. */
  MISSILE,
  /** Explosive weapons with a wide impact area, as humanitarian reporting calls them. */
  EXPLOSIVE_WEAPONS_WIDE_AREA,
  /** Small arms and light weapons. */
  SMALL_ARMS,
  /** A landmine or improvised explosive device. */
  MINE,
  /** Any other means, named by its phrase. */
  OTHER
}
