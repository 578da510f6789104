package dev.dispatch.prisoner;

/** To whom a {@link Document} a captive carried was issued, as the report says. */
public enum IssuedTo {
  /** To the captive who carried it. */
  CARRIER,
  /** To someone else: "issued in the name of another man". */
  ANOTHER_PERSON,
  /** The report does not say. */
  NOT_STATED
}
