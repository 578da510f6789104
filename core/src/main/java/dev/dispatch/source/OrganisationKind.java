package dev.dispatch.source;

/** The kind of an {@link Organisation}. */
public enum OrganisationKind {
  /** A government or ministry. */
  GOVERNMENT,
  /** Armed forces or a military command. */
  MILITARY,
  /** A security service: the SBU, the FSB. */
  SECURITY_SERVICE,
  /** An intelligence agency. */
  INTELLIGENCE,
  /** A news organisation. */
  MEDIA,
  /** A non-governmental organisation. */
  NGO,
  /** An international body: the UN, the ICRC. */
  INTERNATIONAL_BODY
}
