package dev.dispatch.event;

import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * What an event used: "artillery", "a Shahed drone", "explosive weapons with a wide impact area".
 *
 * <p>Invariant: the phrase is not blank, and is present for {@link MeansKind#OTHER}. Immutable
 * and thread-safe.
 *
 * @param kind the kind of means
 * @param phrase the means as printed, when kept
 */
public record Means(MeansKind kind, Optional<String> phrase) {

  /** Checks the invariant; the message names the field. */
  public Means {
    Checks.notNull(kind, "kind");
    Checks.notNull(phrase, "phrase");
    phrase.ifPresent(p -> Checks.notBlank(p, "Means", "phrase"));
    Checks.check(kind != MeansKind.OTHER || phrase.isPresent(), "Means", "phrase", "required for OTHER");
  }

  /** Means of a kind. */
  public static Means of(MeansKind kind) {
    return new Means(kind, Optional.empty());
  }

  /** Means of a kind, as printed: {@code of(MeansKind.DRONE, "a Shahed drone")}. */
  public static Means of(MeansKind kind, String phrase) {
    return new Means(kind, Optional.of(Checks.notNull(phrase, "phrase")));
  }
}
