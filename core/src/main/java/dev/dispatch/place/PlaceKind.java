package dev.dispatch.place;

/** What kind of place a {@link Place} is. */
public enum PlaceKind {
  /** A sovereign state or territory with an ISO 3166-1 code. */
  COUNTRY,
  /** A first-level division: oblast, province, region, republic. */
  REGION,
  /** A city. */
  CITY,
  /** A town. */
  TOWN,
  /** A village or settlement. */
  VILLAGE,
  /** A front line or sector. */
  FRONT,
  /** A facility: a base, a command post, a prison. */
  FACILITY
}
