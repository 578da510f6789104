package dev.dispatch.place;

/**
 * What kind of place a {@link Place} is: an area (country to village), a front, or a site (a
 * hospital, a school, a camp) where harm is attributed with care.
 */
public enum PlaceKind {
  /** A sovereign state or territory with an ISO 3166-1 code. */
  COUNTRY,
  /** A first-level division: oblast, province, region, republic, governorate. */
  REGION,
  /** A second-level division or a city district: raion, district, municipality. */
  DISTRICT,
  /** A city. */
  CITY,
  /** A town. */
  TOWN,
  /** A village or settlement. */
  VILLAGE,
  /** A neighbourhood or quarter of a settlement. */
  NEIGHBOURHOOD,
  /** A front line or sector. */
  FRONT,
  /** A site not listed below: a base, a command post, a factory, a bridge. */
  FACILITY,
  /** A hospital or clinic. */
  HOSPITAL,
  /** A school or university. */
  SCHOOL,
  /** A camp: for displaced people, refugees, or detainees. */
  CAMP,
  /** A prison or detention centre. */
  PRISON,
  /** A market. */
  MARKET,
  /** A shelter. */
  SHELTER;

  /** Whether this kind is a site (a facility, hospital, school, camp, prison, market or shelter). */
  public boolean isSite() {
    return compareTo(FACILITY) >= 0;
  }
}
