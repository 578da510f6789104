package dev.dispatch.validation;

/** How much a violation matters, from most to least. */
public enum Severity {
  /** The report should not be published or merged as it is. */
  ERROR,
  /** An editor should look before publishing. */
  WARNING,
  /** Worth knowing; nothing need change. */
  INFO
}
