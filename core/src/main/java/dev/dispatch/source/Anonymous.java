package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An anonymous or unidentified source: "an unidentified doctor", "an SBU spokesman", with why
 * it is anonymous where the report says.
 *
 * <p>Invariants: the description and reason, when present, are not blank. Whether a reason
 * should have been given is an editorial question for validation, not an invariant.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Anonymous implements Source permits ImmutableAnonymous {

  Anonymous() {}

  @Override
  public abstract SourceId id();

  /** How the report describes the source. */
  public abstract String description();

  /** Why the source is anonymous, when the report says. */
  public abstract Optional<String> reason();

  /** The organisation the source belongs to, when stated: the SBU for "an SBU spokesman". */
  public abstract Optional<SourceId> affiliation();

  @Override
  public String label() {
    return description();
  }

  @Override
  public List<Id> references() {
    return affiliation().<List<Id>>map(List::of).orElse(List.of());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Anonymous} source; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAnonymous.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Anonymous", "description");
    reason().ifPresent(r -> Checks.notBlank(r, "Anonymous", "reason"));
  }
}
