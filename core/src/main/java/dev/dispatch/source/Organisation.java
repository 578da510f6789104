package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation as a source: "the Security Service of Ukraine (SBU)", "the Ukrainian military".
 *
 * <p>Invariants: name and abbreviation are not blank; an organisation is not its own parent.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Organisation implements Source permits ImmutableOrganisation {

  Organisation() {}

  @Override
  public abstract SourceId id();

  /** The name as printed. */
  public abstract String name();

  /** The abbreviation the report uses, such as "SBU". */
  public abstract Optional<String> abbreviation();

  /** What kind of organisation it is. */
  public abstract OrganisationKind kind();

  /** The country it belongs to, when stated. */
  public abstract Optional<CountryCode> country();

  /** The organisation it is part of, by id, when the report names it. */
  public abstract Optional<SourceId> parent();

  @Override
  public String label() {
    return name();
  }

  @Override
  public List<Id> references() {
    return parent().<List<Id>>map(List::of).orElse(List.of());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Organisation", "name");
    abbreviation().ifPresent(a -> Checks.notBlank(a, "Organisation", "abbreviation"));
    Checks.check(!parent().equals(Optional.of(id())), "Organisation", "parent", "must not be the organisation itself");
  }
}
