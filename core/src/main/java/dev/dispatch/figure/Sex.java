package dev.dispatch.figure;

/** The sex of a breakdown's part: "women", "boys", "children of unknown sex". */
public enum Sex {
  /** Male: men, boys. */
  MALE,
  /** Female: women, girls. */
  FEMALE,
  /** Stated as unknown: "children whose sex is not yet known". */
  UNKNOWN
}
