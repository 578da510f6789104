package dev.dispatch.source;

import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * The epistemic weight of one claim as the report words it: "could have killed", "are believed
 * to", "reportedly", "if confirmed". A hedge is separate from {@link Verification}, which says
 * what standing the outlet gives the claim (stated, claimed, confirmed): "Ukraine claims the
 * strike reportedly killed dozens" is CLAIMED and hedged REPORTEDLY.
 *
 * @param kind the kind of hedge
 * @param phrase the hedging words as printed, when kept
 */
public record Hedge(HedgeKind kind, Optional<String> phrase) {

  /** Checks the phrase; the message names the field. */
  public Hedge {
    Checks.notNull(kind, "kind");
    Checks.notNull(phrase, "phrase");
    phrase.ifPresent(p -> Checks.notBlank(p, "Hedge", "phrase"));
  }

  /** A hedge with no phrase kept. */
  public static Hedge of(HedgeKind kind) {
    return new Hedge(kind, Optional.empty());
  }

  /** A hedge with its words as printed: {@code Hedge.of(HedgeKind.COULD_HAVE, "could have killed")}. */
  public static Hedge of(HedgeKind kind, String phrase) {
    return new Hedge(kind, Optional.of(Checks.notNull(phrase, "phrase")));
  }
}
