package dev.dispatch.time;

/** Where the date a relative phrase was resolved against came from. */
public enum ReferenceOrigin {
  /** The report's publication date, as printed. */
  PUBLICATION,
  /** The report's dateline. */
  DATELINE,
  /** The date of one of the report's updates. */
  UPDATE,
  /** When an archive or scraper captured the copy: the report was published on or before it. */
  RETRIEVAL,
  /** An editor's estimate. */
  EDITOR,
  /** Another date the report states: "on Monday" resolved against an event's date. */
  CONTEXT
}
