package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Several sources spoken of together: "Ukrainian and Western assessments", "local officials",
 * "officials, speaking on condition of anonymity". A collective may name its members, belong to an
 * organisation, and be anonymous with a reason.
 *
 * <p>Invariants: the description and reason are not blank; members are distinct and do not include
 * the collective itself; a reason needs an anonymity. The report checks that membership never
 * cycles. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Collective implements Source {

  Collective() {}

  @Override
  public abstract SourceId id();

  /** How the report describes the sources together. */
  public abstract String description();

  /** The member sources, by id, when the report names them. */
  public abstract List<SourceId> members();

  /** The organisation the members belong to, when stated: "Ukrainian officials". */
  public abstract Optional<SourceId> affiliation();

  /** Whether the members were granted anonymity or are simply not identified, when they are anonymous. */
  public abstract Optional<Anonymity> anonymity();

  /** Why the members are anonymous, when the report says. */
  public abstract Optional<String> reason();

  @Override
  public String label() {
    return description();
  }

  @Override
  public List<Id> references() {
    if (affiliation().isEmpty()) {
      return List.copyOf(members());
    }
    List<Id> ids = new ArrayList<>(members().size() + 1);
    ids.addAll(members());
    ids.add(affiliation().get());
    return Collections.unmodifiableList(ids);
  }

  /** A collective source with no named members. */
  public static Collective of(SourceId id, String description) {
    return builder().id(id).description(description).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Collective", "description");
    Checks.check(!members().contains(id()), "Collective", "members", "must not include the collective itself");
    Checks.check(Checks.distinct(members()), "Collective", "members", () -> "must be distinct, got " + members());
    reason().ifPresent(r -> Checks.notBlank(r, "Collective", "reason"));
    Checks.check(reason().isEmpty() || anonymity().isPresent(), "Collective", "reason",
        "explains an anonymity, so anonymity is required");
  }

  /**
   * Builds a {@link Collective}. Required: {@link #id}, {@link #description}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableCollective.Builder b = ImmutableCollective.generatedBuilder();
    private @Nullable SourceId id;
    private @Nullable String description;

    private Builder() {}

    /** Sets the source's id, unique among the report's sources. */
    public Builder id(SourceId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets how the report describes the sources together. */
    public Builder description(String description) {
      this.description = Checks.notNull(description, "description");
      return this;
    }

    /** Adds member sources of the report. */
    public Builder addMembers(SourceId... members) {
      b.addMembers(Checks.notNull(members, "members"));
      return this;
    }

    /** Replaces the member sources. */
    public Builder members(Iterable<SourceId> members) {
      b.members(Checks.notNull(members, "members"));
      return this;
    }

    /** Sets the organisation the members belong to, a source of the report. */
    public Builder affiliation(SourceId affiliation) {
      b.affiliation(Checks.notNull(affiliation, "affiliation"));
      return this;
    }

    /** Sets whether the members were granted anonymity or are simply not identified. */
    public Builder anonymity(Anonymity anonymity) {
      b.anonymity(Checks.notNull(anonymity, "anonymity"));
      return this;
    }

    /** Sets why the members are anonymous; needs an anonymity. */
    public Builder reason(String reason) {
      b.reason(Checks.notNull(reason, "reason"));
      return this;
    }

    /**
     * The collective source.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Collective build() {
      return b.id(Checks.required(id, "Collective", "id"))
          .description(Checks.required(description, "Collective", "description")).build();
    }
  }
}
