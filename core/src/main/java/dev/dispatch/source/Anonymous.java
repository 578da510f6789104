package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person the report does not name: one granted anonymity ("a senior official, speaking on
 * condition of anonymity because he was not authorised to brief the press") or one it simply does
 * not identify ("an unidentified doctor", a witness on the phone). Which of the two is the
 * {@link #anonymity()}; a reason is expected only when anonymity was granted.
 *
 * <p>Invariants: the description and reason, when present, are not blank. Whether a reason
 * should have been given is an editorial question for validation, not an invariant. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Anonymous implements Source {

  Anonymous() {}

  @Override
  public abstract SourceId id();

  /** How the report describes the source. */
  public abstract String description();

  /** Whether the source was granted anonymity or is simply not identified. */
  public abstract Anonymity anonymity();

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

  /** This source with the reason it is anonymous. */
  public Anonymous withReason(String reason) {
    return copy().withReason(reason);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableAnonymous copy() {
    return (ImmutableAnonymous) ImmutableAnonymous.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Anonymous", "description");
    reason().ifPresent(r -> Checks.notBlank(r, "Anonymous", "reason"));
  }

  /**
   * Builds an {@link Anonymous} source. Required: {@link #id}, {@link #description},
   * {@link #anonymity}. Not thread-safe; {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableAnonymous.Builder b = ImmutableAnonymous.generatedBuilder();
    private @Nullable SourceId id;
    private @Nullable String description;
    private @Nullable Anonymity anonymity;

    private Builder() {}

    /** Sets the source's id, unique among the report's sources. */
    public Builder id(SourceId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets how the report describes the source. */
    public Builder description(String description) {
      this.description = Checks.notNull(description, "description");
      return this;
    }

    /** Sets whether anonymity was granted or the source is simply not identified. */
    public Builder anonymity(Anonymity anonymity) {
      this.anonymity = Checks.notNull(anonymity, "anonymity");
      return this;
    }

    /** Sets why the source is anonymous. */
    public Builder reason(String reason) {
      b.reason(Checks.notNull(reason, "reason"));
      return this;
    }

    /** Sets the organisation the source belongs to, a source of the report. */
    public Builder affiliation(SourceId affiliation) {
      b.affiliation(Checks.notNull(affiliation, "affiliation"));
      return this;
    }

    /**
     * The source.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Anonymous build() {
      return b.id(Checks.required(id, "Anonymous", "id"))
          .description(Checks.required(description, "Anonymous", "description"))
          .anonymity(Checks.required(anonymity, "Anonymous", "anonymity")).build();
    }
  }
}
