package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as a source: "the Security Service of Ukraine (SBU)", "the health ministry run
 * by the de facto authorities", "the UN human rights monitoring mission".
 *
 * <p>Invariants: name and abbreviation are not blank; an organisation is not its own parent. The
 * report checks that parent chains never cycle. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Organisation implements Source {

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

  /**
   * The party to the conflict that runs or controls it, when the report says: "a ministry run by
   * the de facto authorities". What the organisation says is then a party's word.
   */
  public abstract Optional<PartyId> party();

  @Override
  public String label() {
    return name();
  }

  @Override
  public List<Id> references() {
    if (parent().isEmpty() && party().isEmpty()) {
      return List.of();
    }
    List<Id> ids = new ArrayList<>(2);
    parent().ifPresent(ids::add);
    party().ifPresent(ids::add);
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This organisation with the party that runs it. */
  public Organisation withParty(PartyId party) {
    return copy().withParty(party);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableOrganisation copy() {
    return (ImmutableOrganisation) ImmutableOrganisation.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Organisation", "name");
    abbreviation().ifPresent(a -> Checks.notBlank(a, "Organisation", "abbreviation"));
    Checks.check(!parent().equals(Optional.of(id())), "Organisation", "parent", "must not be the organisation itself");
  }

  /**
   * Builds an {@link Organisation}. Required: {@link #id}, {@link #name}, {@link #kind}. Not
   * thread-safe; {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableOrganisation.Builder b = ImmutableOrganisation.generatedBuilder();
    private @Nullable SourceId id;
    private @Nullable String name;
    private @Nullable OrganisationKind kind;

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

    /** Sets the abbreviation the report uses. */
    public Builder abbreviation(String abbreviation) {
      b.abbreviation(Checks.notNull(abbreviation, "abbreviation"));
      return this;
    }

    /** Sets what kind of organisation it is. */
    public Builder kind(OrganisationKind kind) {
      this.kind = Checks.notNull(kind, "kind");
      return this;
    }

    /** Sets the country it belongs to. */
    public Builder country(CountryCode country) {
      b.country(Checks.notNull(country, "country"));
      return this;
    }

    /** Sets the organisation it is part of, a source of the report. */
    public Builder parent(SourceId parent) {
      b.parent(Checks.notNull(parent, "parent"));
      return this;
    }

    /** Sets the party to the conflict that runs or controls it. */
    public Builder party(PartyId party) {
      b.party(Checks.notNull(party, "party"));
      return this;
    }

    /**
     * The organisation.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Organisation build() {
      return b.id(Checks.required(id, "Organisation", "id")).name(Checks.required(name, "Organisation", "name"))
          .kind(Checks.required(kind, "Organisation", "kind")).build();
    }
  }
}
