package dev.dispatch.person;

/** The role in which a report presents a person: "a serviceman", "a civilian", "a medic". */
public enum PersonRole {
  /** A member of armed forces or an armed group. */
  SERVICEMAN,
  /** A civilian. */
  CIVILIAN,
  /** A journalist or media worker. */
  JOURNALIST,
  /** A medic, doctor or nurse. */
  MEDIC,
  /** A humanitarian or aid worker. */
  AID_WORKER,
  /** An official of a government or administration. */
  OFFICIAL,
  /** A volunteer. */
  VOLUNTEER,
  /** A commander of armed forces or an armed group. */
  COMMANDER
}
