package dev.dispatch.prisoner;

/** Whether a captive is wounded, as the report says. */
public enum Wounded {
  /** The report says the captive is wounded. */
  WOUNDED,
  /** The report says the captive is not wounded. */
  NOT_WOUNDED,
  /** The report does not say. */
  NOT_STATED
}
