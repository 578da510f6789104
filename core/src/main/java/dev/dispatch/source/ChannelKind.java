package dev.dispatch.source;

/** Through what a source made its statement. */
public enum ChannelKind {
  /** A post on a social network: Zelensky "on X". */
  SOCIAL_MEDIA_POST,
  /** A written or spoken statement. */
  STATEMENT,
  /** A regular address: Zelensky's "daily speech". */
  ADDRESS,
  /** A video the source released. */
  VIDEO,
  /** A press briefing or conference. */
  PRESS_BRIEFING,
  /** A document or image of one. */
  DOCUMENT,
  /** An interview with a reporter. */
  INTERVIEW
}
