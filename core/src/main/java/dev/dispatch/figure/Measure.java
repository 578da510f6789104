package dev.dispatch.figure;

/** What kind of quantity a {@link Figure} reports. */
public enum Measure {
  /** People to whom an outcome happened: killed, wounded, captured, missing. */
  CASUALTIES,
  /** Forces present or deployed: "about 11,000 troops". */
  FORCE_STRENGTH,
  /** Territory held or taken: "hundreds of square kilometers". */
  TERRITORY
}
