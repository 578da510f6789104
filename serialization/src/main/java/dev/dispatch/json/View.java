package dev.dispatch.json;

/**
 * Which view of protected personal data a writer produces.
 *
 * <p>{@link #PUBLIC} is the default everywhere: every known protected value (the identities of
 * prisoners and of people mentioned: names, partial names, dates of birth, faces; documents'
 * holders' names, dates of birth and numbers) is written as
 * {@code {"state": "withheld", "note": "redacted in the public view"}}, released values included.
 * {@link #INTERNAL} writes the values and must be asked for by name.
 */
public enum View {
  /** Protected values are redacted. The default. */
  PUBLIC,
  /** Protected values are written. For systems that are allowed to hold them. */
  INTERNAL
}
