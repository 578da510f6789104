package dev.dispatch.source;

/** The kinds of {@link Hedge}: the epistemic weight a report gives one claim. */
public enum HedgeKind {
  /** "could have killed": possible, not asserted. */
  COULD_HAVE,
  /** "may have been": possible, not asserted. */
  MAY_HAVE,
  /** "are believed to", "is thought to". */
  BELIEVED,
  /** "reportedly", "was said to": passed on without a named source. */
  REPORTEDLY,
  /** "an estimated", "estimates put". */
  ESTIMATED,
  /** "if confirmed": conditional on a confirmation not yet given. */
  IF_CONFIRMED,
  /** "alleged", "allegedly": an accusation. */
  ALLEGED,
  /** "likely", "probably". */
  LIKELY,
  /** "apparently", "appeared to". */
  APPARENTLY
}
