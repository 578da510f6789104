package dev.dispatch.figure;

/**
 * What happened to the people a {@link Measure#PEOPLE} figure counts. A figure counts a set of
 * outcomes: "killed or wounded" is {KILLED, WOUNDED}, not an outcome of its own. "Casualties" with
 * no further word is {UNSPECIFIED}, never {KILLED, WOUNDED}; a euphemism ("eliminated") is
 * UNSPECIFIED with the word kept as the figure's {@linkplain Figure#outcomePhrase() outcome
 * phrase}.
 */
public enum Outcome {
  /** Killed. */
  KILLED,
  /** Wounded, injured. */
  WOUNDED,
  /** Missing. */
  MISSING,
  /** Captured, taken prisoner in combat. */
  CAPTURED,
  /** Detained, arrested. */
  DETAINED,
  /** Abducted, kidnapped. */
  ABDUCTED,
  /** Held hostage. */
  HELD_HOSTAGE,
  /** Released from captivity or detention. */
  RELEASED,
  /** Exchanged in a prisoner exchange. */
  EXCHANGED,
  /** Returned: deported children, repatriated prisoners, bodies handed back. */
  RETURNED,
  /** Rescued. */
  RESCUED,
  /** Displaced from their homes. */
  DISPLACED,
  /** Trapped: under rubble, in a building, in an area they cannot leave. */
  TRAPPED,
  /** Besieged. */
  BESIEGED,
  /** Bodies recovered. */
  BODIES_RECOVERED,
  /** Bodies not yet recovered. */
  BODIES_NOT_RECOVERED,
  /** "Casualties" with no further word, or a euphemism: something happened, the report does not say what. */
  UNSPECIFIED
}
