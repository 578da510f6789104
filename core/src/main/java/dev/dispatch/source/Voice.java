package dev.dispatch.source;

/** In what capacity a report speaks in its {@link OwnVoice}. */
public enum Voice {
  /** What the reporters saw or verified themselves, including what media show. */
  OBSERVATION,
  /** Context the report supplies: history, earlier events. */
  BACKGROUND
}
