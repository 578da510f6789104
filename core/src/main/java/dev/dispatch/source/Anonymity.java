package dev.dispatch.source;

/**
 * Why a source is not named: it was granted anonymity, or the report simply does not identify it.
 * Style guides ask for a reason only in the first case.
 */
public enum Anonymity {
  /** The report granted anonymity: "an official, speaking on condition of anonymity". A reason is expected. */
  GRANTED,
  /** The report does not identify the source, without having promised anything: "an unidentified doctor", a witness on the phone. */
  UNIDENTIFIED
}
