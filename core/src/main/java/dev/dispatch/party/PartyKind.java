package dev.dispatch.party;

/** What kind of party to a conflict a {@link Party} is. */
public enum PartyKind {
  /** A state as a party: "Russia", "Ukraine". */
  STATE,
  /** A state's armed forces or one of their branches: "the Ukrainian military", "the North Korean army". */
  ARMED_FORCES,
  /** A non-state armed group: a rebel movement, an insurgency. */
  ARMED_GROUP,
  /** A militia, often local or allied with a state's forces. */
  MILITIA,
  /** A paramilitary force, state-backed but outside the regular forces. */
  PARAMILITARY,
  /** A coalition of parties fighting together. */
  COALITION,
  /** Authorities in control of territory, recognised or not: "the de facto authorities". */
  AUTHORITY
}
