package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person named as a source in their public capacity: "Volodymyr Zelensky, President of
 * Ukraine". Their name is public. A private person the report mentions (a relative, a witness
 * whose name is protected) is a {@link dev.dispatch.person.Individual}, speaking as an
 * {@link IndividualSource}.
 *
 * <p>Invariants: the name and role are not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Person implements Source {

  Person() {}

  @Override
  public abstract SourceId id();

  /** The name as printed. */
  public abstract String name();

  /** The role as printed: "President of Ukraine", "U.S. Secretary of State". */
  public abstract Optional<String> role();

  /** The organisation the person speaks for, when the report names it as a source. */
  public abstract Optional<SourceId> affiliation();

  @Override
  public String label() {
    return role().map(r -> name() + ", " + r).orElse(name());
  }

  @Override
  public List<Id> references() {
    return affiliation().<List<Id>>map(List::of).orElse(List.of());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This person with a role. */
  public Person withRole(String role) {
    return copy().withRole(role);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutablePerson copy() {
    return (ImmutablePerson) ImmutablePerson.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Person", "name");
    role().ifPresent(r -> Checks.notBlank(r, "Person", "role"));
  }

  /**
   * Builds a {@link Person}. Required: {@link #id}, {@link #name}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutablePerson.Builder b = ImmutablePerson.generatedBuilder();
    private @Nullable SourceId id;
    private @Nullable String name;

    private Builder() {}

    /** Sets the source's id, unique among the report's sources. */
    public Builder id(SourceId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets the name as printed. */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /** Sets the role as printed. */
    public Builder role(String role) {
      b.role(Checks.notNull(role, "role"));
      return this;
    }

    /** Sets the organisation the person speaks for, a source of the report. */
    public Builder affiliation(SourceId affiliation) {
      b.affiliation(Checks.notNull(affiliation, "affiliation"));
      return this;
    }

    /**
     * The person.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Person build() {
      return b.id(Checks.required(id, "Person", "id")).name(Checks.required(name, "Person", "name")).build();
    }
  }
}
