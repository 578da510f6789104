package dev.dispatch.source;

/** Through what a source made its statement. */
public enum ChannelKind {
  /** A post on a social network or messaging channel: Zelensky "on X". */
  SOCIAL_MEDIA_POST,
  /** A written or spoken statement. */
  STATEMENT,
  /** A regular address: Zelensky's "daily speech". */
  ADDRESS,
  /** A video the source released or posted. */
  VIDEO,
  /** A photo the source released or posted. */
  PHOTO,
  /** A press briefing or conference. */
  PRESS_BRIEFING,
  /** A briefing to selected reporters, closed to the public. */
  CLOSED_BRIEFING,
  /** A document or image of one. */
  DOCUMENT,
  /** A filing or ruling in a court. */
  COURT_FILING,
  /** A register kept by an institution: a hospital's admissions, a morgue's records. */
  REGISTER,
  /** An interview with a reporter. */
  INTERVIEW,
  /** A telephone call with a reporter. */
  PHONE_CALL,
  /** Another outlet's report. */
  MEDIA_REPORT
}
