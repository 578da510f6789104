package dev.dispatch.person;

import dev.dispatch.count.Count;
import dev.dispatch.id.EventId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import dev.dispatch.privacy.Identity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person the report mentions who is neither a source nor a prisoner: "his mother, who asked
 * that her name not be used", a victim, a local commander. Protected by default: the
 * {@link Identity} (name, partial name, date of birth, face) never appears in a public output,
 * {@code toString()} or a message; only the description, as printed, and the particulars the
 * report gives are public.
 *
 * <p>Invariants, checked at construction: the description, rank and health conditions are not
 * blank; an age is in a unit of time and at most 150 years; relationships are distinct and not
 * to the person itself. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Individual {

  Individual() {}

  /** The person's id in the report. */
  public abstract PersonId id();

  /** How the report describes the person, never a protected value: "his mother", "a local commander". */
  public abstract String description();

  /** Who the person is, protected. */
  @Value.Default
  public Identity identity() {
    return Identity.none();
  }

  /** The role the report gives: serviceman, civilian, journalist, medic. */
  public abstract Optional<PersonRole> role();

  /** The rank as printed: "sergeant". */
  public abstract Optional<String> rank();

  /** The age, a count in a unit of time: "34" (years), "in his 20s", "about 40", "eight months". */
  public abstract Optional<Count> age();

  /** The nationality, when stated. */
  public abstract Optional<CountryCode> nationality();

  /** Health conditions as printed, beyond injuries: "diabetic", "lost 20 kg". */
  public abstract List<String> health();

  /** How the person stands to prisoners and other people of the report. */
  public abstract List<Relationship> relationships();

  /** The party the person serves or belongs to, when the report says: the commander's armed group. */
  public abstract Optional<PartyId> party();

  /** Events the person was part of, by id: the strike that killed or wounded them, the exchange that freed them. */
  public abstract List<EventId> events();

  /** The prisoners, people, party and events this person relates to. */
  public List<Id> references() {
    if (relationships().isEmpty() && party().isEmpty() && events().isEmpty()) {
      return List.of();
    }
    List<Id> ids = new ArrayList<>(relationships().size() + events().size() + 1);
    relationships().forEach(r -> ids.add(r.to()));
    party().ifPresent(ids::add);
    ids.addAll(events());
    return Collections.unmodifiableList(ids);
  }

  /** This person as a public output carries them: the identity redacted, everything else kept. */
  public Individual redacted() {
    Identity redacted = identity().redacted();
    return redacted.equals(identity()) ? this : copy().withIdentity(redacted);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This person with an identity. */
  public Individual withIdentity(Identity identity) {
    return copy().withIdentity(identity);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableIndividual copy() {
    return (ImmutableIndividual) ImmutableIndividual.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Individual", "description");
    rank().ifPresent(r -> Checks.notBlank(r, "Individual", "rank"));
    age().ifPresent(a -> Checks.age(a, "Individual", "age"));
    Checks.distinctTexts(health(), "Individual", "health");
    Checks.check(Checks.distinct(relationships()), "Individual", "relationships", "must be distinct");
    Checks.check(Checks.distinct(events()), "Individual", "events", "must be distinct");
    for (Relationship r : relationships()) {
      Checks.check(!r.to().equals(id()), "Individual", "relationships", "must not relate the person to itself");
    }
  }

  /**
   * Builds an {@link Individual}. Required: {@link #id}, {@link #description}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableIndividual.Builder b = ImmutableIndividual.generatedBuilder();
    private @Nullable PersonId id;
    private @Nullable String description;

    private Builder() {}

    /** Sets the person's id, unique among the report's people. */
    public Builder id(PersonId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets how the report describes the person; never a protected value. */
    public Builder description(String description) {
      this.description = Checks.notNull(description, "description");
      return this;
    }

    /** Sets who the person is, protected. */
    public Builder identity(Identity identity) {
      b.identity(Checks.notNull(identity, "identity"));
      return this;
    }

    /** Sets the role the report gives. */
    public Builder role(PersonRole role) {
      b.role(Checks.notNull(role, "role"));
      return this;
    }

    /** Sets the rank as printed. */
    public Builder rank(String rank) {
      b.rank(Checks.notNull(rank, "rank"));
      return this;
    }

    /** Sets the age, a count in years. */
    public Builder age(Count age) {
      b.age(Checks.notNull(age, "age"));
      return this;
    }

    /** Sets the nationality. */
    public Builder nationality(CountryCode nationality) {
      b.nationality(Checks.notNull(nationality, "nationality"));
      return this;
    }

    /** Adds health conditions as printed. */
    public Builder addHealth(String... health) {
      b.addHealth(Checks.notNull(health, "health"));
      return this;
    }

    /** Adds relationships to prisoners and people of the report. */
    public Builder addRelationships(Relationship... relationships) {
      b.addRelationships(Checks.notNull(relationships, "relationships"));
      return this;
    }

    /** Sets the party the person serves or belongs to. */
    public Builder party(PartyId party) {
      b.party(Checks.notNull(party, "party"));
      return this;
    }

    /** Adds events the person was part of. */
    public Builder addEvents(EventId... events) {
      b.addEvents(Checks.notNull(events, "events"));
      return this;
    }

    /**
     * The person.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Individual build() {
      return b.id(Checks.required(id, "Individual", "id"))
          .description(Checks.required(description, "Individual", "description")).build();
    }
  }
}
