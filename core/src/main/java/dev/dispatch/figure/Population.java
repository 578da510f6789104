package dev.dispatch.figure;

import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whom a figure counts: "North Korean troops fighting for Russia" is nationality KP, force the
 * North Korean army (a party), side Russia (a party), combatants. Figures are compared on these
 * structured fields, never on the free description.
 *
 * <p>Invariant: at least one attribute is present, and the description is not blank. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Population {

  Population() {}

  /** How the report names the population: "North Korean troops". */
  public abstract Optional<String> description();

  /** The people's nationality. */
  public abstract Optional<CountryCode> nationality();

  /** The armed force they serve in, a party of the report: the North Korean army. */
  public abstract Optional<PartyId> force();

  /** The side they fight for or belong to, a party of the report: Russia. */
  public abstract Optional<PartyId> side();

  /** Civilians or combatants, where stated. */
  public abstract Optional<CombatantStatus> status();

  /** The age group, where the population is one: "children". */
  public abstract Optional<AgeGroup> ageGroup();

  /** The sex, where the population is of one: "women". */
  public abstract Optional<Sex> sex();

  /** Whether two populations are the same on their structured fields; descriptions are ignored. */
  public boolean sameAs(Population other) {
    Checks.notNull(other, "other");
    return nationality().equals(other.nationality()) && force().equals(other.force()) && side().equals(other.side())
        && status().equals(other.status()) && ageGroup().equals(other.ageGroup()) && sex().equals(other.sex());
  }

  /** The parties this population refers to. */
  public List<Id> references() {
    if (force().isEmpty() && side().isEmpty()) {
      return List.of();
    }
    List<Id> ids = new ArrayList<>(2);
    force().ifPresent(ids::add);
    side().ifPresent(ids::add);
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.check(description().isPresent() || nationality().isPresent() || force().isPresent()
        || side().isPresent() || status().isPresent() || ageGroup().isPresent() || sex().isPresent(), "Population",
        "description",
        "at least one attribute is required");
    description().ifPresent(d -> Checks.notBlank(d, "Population", "description"));
  }

  /** Builds a {@link Population}; at least one attribute is required. Not thread-safe. */
  public static final class Builder {
    private final ImmutablePopulation.Builder b = ImmutablePopulation.generatedBuilder();

    private Builder() {}

    /** Sets how the report names the population. */
    public Builder description(String description) {
      b.description(Checks.notNull(description, "description"));
      return this;
    }

    /** Sets the people's nationality. */
    public Builder nationality(CountryCode nationality) {
      b.nationality(Checks.notNull(nationality, "nationality"));
      return this;
    }

    /** Sets the armed force they serve in, a party of the report. */
    public Builder force(PartyId force) {
      b.force(Checks.notNull(force, "force"));
      return this;
    }

    /** Sets the side they fight for, a party of the report. */
    public Builder side(PartyId side) {
      b.side(Checks.notNull(side, "side"));
      return this;
    }

    /** Sets whether they are civilians or combatants. */
    public Builder status(CombatantStatus status) {
      b.status(Checks.notNull(status, "status"));
      return this;
    }

    /** Sets the age group. */
    public Builder ageGroup(AgeGroup ageGroup) {
      b.ageGroup(Checks.notNull(ageGroup, "ageGroup"));
      return this;
    }

    /** Sets the sex. */
    public Builder sex(Sex sex) {
      b.sex(Checks.notNull(sex, "sex"));
      return this;
    }

    /**
     * The population.
     *
     * @throws IllegalArgumentException if no attribute is set or the description is blank
     */
    public Population build() {
      return b.build();
    }
  }
}
