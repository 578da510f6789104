package dev.dispatch.party;

import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A party to a conflict: a state, armed forces, an armed group, a militia, a coalition, an
 * authority. Populations, events, figures and places refer to parties by id, so a civil war (two
 * parties from one country) and a war of coalitions are expressed as structure, not as text.
 *
 * <p>Invariants, checked at construction: the name and aliases are not blank and aliases
 * distinct; a party has no relation to itself, and no relation twice. The report checks that
 * hierarchical relations (member of, part of, controlled by) never cycle. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /** The party's id in its report. */
  public abstract PartyId id();

  /** The name as the report gives it: "Russia", "the Rapid Support Forces". */
  public abstract String name();

  /** Other names and abbreviations: "RSF". */
  public abstract List<String> aliases();

  /** What kind of party it is. */
  public abstract PartyKind kind();

  /** The country it belongs to, where there is one: none for a coalition of several. */
  public abstract Optional<CountryCode> country();

  /** How it stands to other parties. */
  public abstract List<PartyRelation> relations();

  /** The parties this one relates to, by id. */
  public List<Id> references() {
    if (relations().isEmpty()) {
      return List.of();
    }
    List<Id> ids = new ArrayList<>(relations().size());
    relations().forEach(r -> ids.add(r.party()));
    return Collections.unmodifiableList(ids);
  }

  /** A party of a kind, with no relations. */
  public static Party of(PartyId id, String name, PartyKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This party with its country. */
  public Party withCountry(CountryCode country) {
    return copy().withCountry(country);
  }

  /** This party with one more relation, after the others. */
  public Party plusRelation(PartyRelation relation) {
    List<PartyRelation> all = new ArrayList<>(relations());
    all.add(Checks.notNull(relation, "relation"));
    return copy().withRelations(all);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableParty copy() {
    return (ImmutableParty) ImmutableParty.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Party", "name");
    Checks.distinctTexts(aliases(), "Party", "aliases");
    for (PartyRelation r : relations()) {
      Checks.check(!r.party().equals(id()), "Party", "relations", "must not relate the party to itself");
    }
    Checks.check(Checks.distinct(relations()), "Party", "relations", "must not list the same relation twice");
  }

  /**
   * Builds a {@link Party}. Required: {@link #id}, {@link #name}, {@link #kind}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableParty.Builder b = ImmutableParty.generatedBuilder();
    private @Nullable PartyId id;
    private @Nullable String name;
    private @Nullable PartyKind kind;

    private Builder() {}

    /** Sets the party's id, unique among the report's parties. */
    public Builder id(PartyId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets the name as the report gives it. */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /** Adds other names and abbreviations. */
    public Builder addAliases(String... aliases) {
      b.addAliases(Checks.notNull(aliases, "aliases"));
      return this;
    }

    /** Sets what kind of party it is. */
    public Builder kind(PartyKind kind) {
      this.kind = Checks.notNull(kind, "kind");
      return this;
    }

    /** Sets the country it belongs to. */
    public Builder country(CountryCode country) {
      b.country(Checks.notNull(country, "country"));
      return this;
    }

    /** Adds relations to other parties. */
    public Builder addRelations(PartyRelation... relations) {
      b.addRelations(Checks.notNull(relations, "relations"));
      return this;
    }

    /** Replaces the relations to other parties. */
    public Builder relations(Iterable<PartyRelation> relations) {
      b.relations(Checks.notNull(relations, "relations"));
      return this;
    }

    /**
     * The party.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Party build() {
      return b.id(Checks.required(id, "Party", "id")).name(Checks.required(name, "Party", "name"))
          .kind(Checks.required(kind, "Party", "kind")).build();
    }
  }
}
