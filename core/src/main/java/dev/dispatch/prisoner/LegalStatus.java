package dev.dispatch.prisoner;

/** The legal status of a captive, as the report states it. */
public enum LegalStatus {
  /** A prisoner of war under the Third Geneva Convention. */
  PRISONER_OF_WAR,
  /** A civilian internee under the Fourth Geneva Convention. */
  CIVILIAN_INTERNEE,
  /** Detained, status not stated as either of the above. */
  DETAINEE
}
