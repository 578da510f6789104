package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person: "Volodymyr Zelensky, President of Ukraine".
 *
 * <p>Invariants: the name and role are not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Person implements Source permits ImmutablePerson {

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

  /** Builds a {@link Person}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Person", "name");
    role().ifPresent(r -> Checks.notBlank(r, "Person", "role"));
  }
}
