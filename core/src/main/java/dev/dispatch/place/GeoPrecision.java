package dev.dispatch.place;

/** How precisely {@link Coordinates} locate a place, in the manner of ACLED's and UCDP's geo precision. */
public enum GeoPrecision {
  /** The exact spot. */
  EXACT,
  /** Near the spot, within a settlement. */
  LOCALITY,
  /** A district's centre stands for the place. */
  DISTRICT,
  /** A region's centre stands for the place. */
  REGION,
  /** A country's centre stands for the place. */
  COUNTRY
}
