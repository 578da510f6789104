package dev.dispatch.validation;

/** What the report is being checked for; some rules depend on it. */
public enum Purpose {
  /** For publication: protected personal data must not be in it. The default. */
  PUBLICATION,
  /** For an internal record, which may hold protected data. */
  INTERNAL
}
