package dev.dispatch.validation;

/** What a report is checked for; the privacy rules depend on it. */
public enum Purpose {
  /** For publication: protected personal data must not be in it, nor learnable from it. The default. */
  PUBLICATION,
  /** For an internal record, which may hold protected data. */
  INTERNAL
}
