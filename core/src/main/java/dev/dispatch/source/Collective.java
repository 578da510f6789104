package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A source that is several sources spoken of together: "Ukrainian and Western assessments".
 *
 * <p>Invariants: the description is not blank; members are distinct and do not include the
 * collective itself. Members are optional: the report may not name them. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract sealed class Collective implements Source permits ImmutableCollective {

  Collective() {}

  @Override
  public abstract SourceId id();

  /** How the report describes the sources together. */
  public abstract String description();

  /** The member sources, by id, when the report names them. */
  public abstract List<SourceId> members();

  @Override
  public String label() {
    return description();
  }

  @Override
  public List<Id> references() {
    return List.copyOf(members());
  }

  /** A collective source with no named members. */
  public static Collective of(SourceId id, String description) {
    return builder().id(id).description(description).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Collective}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCollective.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Collective", "description");
    Checks.check(!members().contains(id()), "Collective", "members", "must not include the collective itself");
    Checks.check(Checks.distinct(members()), "Collective", "members",
        () -> "must be distinct, got " + members());
  }
}
