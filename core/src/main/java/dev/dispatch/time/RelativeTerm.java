package dev.dispatch.time;

/**
 * A time given only relative to another, which no reference date resolves: "earlier", "later",
 * "recently". A {@link DateMention} with a relative term is typed but deliberately unresolved.
 */
public enum RelativeTerm {
  /** "earlier", "previously": before the time spoken of, by an unstated amount. */
  EARLIER,
  /** "later", "afterwards": after the time spoken of, by an unstated amount. */
  LATER,
  /** "recently", "in recent weeks": shortly before the reference, by an unstated amount. */
  RECENTLY
}
