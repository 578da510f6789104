package dev.dispatch.prisoner;

import dev.dispatch.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How captors communicate with a captive: the language, the interpreters, and who helped
 * ("through Korean translators", "with the cooperation of South Korean intelligence services").
 *
 * <p>Invariants: at least one attribute is present; the language is a well-formed BCP 47 tag;
 * text attributes are not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Interpreting permits ImmutableInterpreting {

  Interpreting() {}

  /** The language of communication as a BCP 47 tag: {@code ko}. */
  public abstract Optional<String> language();

  /** The interpreters as printed: "Korean translators". */
  public abstract Optional<String> interpreters();

  /** Who helped, as printed: "South Korean intelligence services". */
  public abstract Optional<String> assistedBy();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Interpreting}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableInterpreting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(language().isPresent() || interpreters().isPresent() || assistedBy().isPresent(),
        "Interpreting", "language", "a language, interpreters or assistance is required");
    language().ifPresent(l -> Checks.languageTag(l, "Interpreting", "language"));
    interpreters().ifPresent(i -> Checks.notBlank(i, "Interpreting", "interpreters"));
    assistedBy().ifPresent(a -> Checks.notBlank(a, "Interpreting", "assistedBy"));
  }
}
