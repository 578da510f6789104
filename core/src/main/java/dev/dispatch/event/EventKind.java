package dev.dispatch.event;

/** What kind of event an {@link Event} is. OTHER needs the event's label. */
public enum EventKind {
  /** A strike: by missile, drone, aircraft or artillery on a target. */
  STRIKE,
  /** Shelling: artillery fire on an area. */
  SHELLING,
  /** An attack: an assault, a raid, an ambush. */
  ATTACK,
  /** A clash between armed parties. */
  CLASH,
  /** A capture of combatants. */
  CAPTURE,
  /** An abduction or kidnapping. */
  ABDUCTION,
  /** A detention or arrest. */
  DETENTION,
  /** A deployment of forces. */
  DEPLOYMENT,
  /** A withdrawal of forces. */
  WITHDRAWAL,
  /** A prisoner exchange between two sides. */
  PRISONER_EXCHANGE,
  /** A release from captivity or detention. */
  RELEASE,
  /** A transfer of people from one holder or place to another. */
  TRANSFER,
  /** Any other kind, named by the event's label. */
  OTHER
}
