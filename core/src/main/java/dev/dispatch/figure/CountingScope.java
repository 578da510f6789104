package dev.dispatch.figure;

/** What a figure counts over: a whole event, or one facility's share of it. */
public enum CountingScope {
  /** The whole event or area: a toll. */
  EVENT,
  /**
   * What one facility counted: the bodies a hospital or morgue received. Not a toll: it leaves out
   * whoever went elsewhere.
   */
  FACILITY
}
