package dev.dispatch.figure;

/** How a figure's number was arrived at, where the report says. */
public enum CountingBasis {
  /**
   * Recorded or documented by a monitor, one by one: a minimum. "The UN has recorded 25 deaths"
   * says at least 25 died; the body says the true number is higher.
   */
  RECORDED,
  /** Verified by a monitor: a minimum, as {@link #RECORDED}. */
  VERIFIED,
  /** An estimate: "an estimated 11,000 troops". */
  ESTIMATED;

  /** Whether a figure counted this way is a minimum of the true number. */
  public boolean isMinimum() {
    return this == RECORDED || this == VERIFIED;
  }
}
