package dev.dispatch.prisoner;

import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * How captors communicate with a captive: the language, the interpreters, and who helped
 * ("through Korean translators", "with the cooperation of South Korean intelligence services").
 *
 * <p>Invariants: at least one attribute is present; the language is a well-formed BCP 47 tag;
 * text attributes are not blank. Immutable and thread-safe.
 *
 * @param language the language of communication as a BCP 47 tag: {@code ko}
 * @param interpreters the interpreters as printed: "Korean translators"
 * @param assistedBy who helped, as printed: "South Korean intelligence services"
 */
public record Interpreting(Optional<String> language, Optional<String> interpreters, Optional<String> assistedBy) {

  /** Checks the invariants; the message names the field. */
  public Interpreting {
    Checks.notNull(language, "language");
    Checks.notNull(interpreters, "interpreters");
    Checks.notNull(assistedBy, "assistedBy");
    Checks.check(language.isPresent() || interpreters.isPresent() || assistedBy.isPresent(), "Interpreting",
        "language", "a language, interpreters or assistance is required");
    language.ifPresent(l -> Checks.languageTag(l, "Interpreting", "language"));
    interpreters.ifPresent(i -> Checks.notBlank(i, "Interpreting", "interpreters"));
    assistedBy.ifPresent(a -> Checks.notBlank(a, "Interpreting", "assistedBy"));
  }

  /** Communication in a language. */
  public static Interpreting in(String language) {
    return new Interpreting(Optional.of(Checks.notNull(language, "language")), Optional.empty(), Optional.empty());
  }

  /** Communication through interpreters, as printed, language unstated. */
  public static Interpreting through(String interpreters) {
    return new Interpreting(Optional.empty(), Optional.of(Checks.notNull(interpreters, "interpreters")),
        Optional.empty());
  }

  /** This interpreting through interpreters, as printed. */
  public Interpreting withInterpreters(String interpreters) {
    return new Interpreting(language, Optional.of(Checks.notNull(interpreters, "interpreters")), assistedBy);
  }

  /** This interpreting with who helped, as printed. */
  public Interpreting withAssistedBy(String assistedBy) {
    return new Interpreting(language, interpreters, Optional.of(Checks.notNull(assistedBy, "assistedBy")));
  }
}
