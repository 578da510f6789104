package dev.dispatch.source;

/** How a report conveys what a source asserted. */
public enum Mode {
  /** The source's exact words, kept verbatim even when garbled. */
  DIRECT_QUOTE,
  /** The source's meaning in the report's words. */
  PARAPHRASE,
  /** An estimate or judgement: "according to Ukrainian and Western assessments". */
  ASSESSMENT,
  /** What footage or images show: "the video shows". */
  MEDIA_OBSERVATION,
  /** What a document says or shows. */
  DOCUMENT
}
