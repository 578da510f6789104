package dev.dispatch.statement;

/** Whether a statement asserts what it is about or denies it. */
public enum Stance {
  /** The statement asserts something about its subjects: the usual case. */
  ASSERTS,
  /**
   * The statement denies its subjects: that an event happened at all, that a figure is true.
   * "The ministry denied any strike took place" is a statement about the strike event that
   * DENIES it.
   */
  DENIES
}
