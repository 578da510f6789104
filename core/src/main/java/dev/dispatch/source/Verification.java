package dev.dispatch.source;

/** The standing of an assertion as the report presents it, not as anyone has checked it. */
public enum Verification {
  /** Reported as said, without reservation. */
  STATED,
  /** Presented as one party's claim: "Ukraine claims". */
  CLAIMED,
  /** Presented with doubt about what it is: "footage purportedly showing". */
  PURPORTED,
  /** Presented as contested by someone. */
  DISPUTED,
  /** Presented as confirmed. */
  CONFIRMED,
  /** Presented as not verified: "could not independently verify". */
  UNVERIFIED
}
