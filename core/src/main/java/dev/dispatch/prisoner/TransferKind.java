package dev.dispatch.prisoner;

/** How a captive left a holder's custody. */
public enum TransferKind {
  /** Released. */
  RELEASED,
  /** Exchanged in a prisoner exchange. */
  EXCHANGED,
  /** Transferred to another holder or place of detention. */
  TRANSFERRED,
  /** Returned home: repatriated. */
  RETURNED
}
