package dev.dispatch.source;

/** The kind of an {@link Organisation}. */
public enum OrganisationKind {
  /** A government, ministry or local administration. */
  GOVERNMENT,
  /** Armed forces or a military command. */
  MILITARY,
  /** A security service: the SBU, the FSB. */
  SECURITY_SERVICE,
  /** An intelligence agency. */
  INTELLIGENCE,
  /** An armed group speaking as an organisation. */
  ARMED_GROUP,
  /** A news organisation or agency. */
  MEDIA,
  /** A non-governmental organisation. */
  NGO,
  /** An international body: the UN, the ICRC. */
  INTERNATIONAL_BODY,
  /** A hospital, morgue or health authority. */
  HEALTH_SERVICE,
  /** A court or prosecutor. */
  JUDICIARY,
  /** An emergency or rescue service. */
  EMERGENCY_SERVICE
}
