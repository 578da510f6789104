package dev.dispatch.report;

/** Whether an entry of a report's history updates it or corrects it. */
public enum UpdateKind {
  /** New information or a rewrite: "This story has been updated." */
  UPDATE,
  /** A correction of something the report got wrong. */
  CORRECTION
}
