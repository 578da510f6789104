package dev.dispatch.figure;

import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whom a figure counts: "North Korean troops fighting for Russia" is nationality KP, side RU,
 * combatants.
 *
 * <p>Invariant: at least one attribute is present, and text attributes are not blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Population permits ImmutablePopulation {

  Population() {}

  /** How the report names the population: "North Korean troops". */
  public abstract Optional<String> description();

  /** The people's nationality. */
  public abstract Optional<CountryCode> nationality();

  /** The armed force they serve in, as printed: "North Korean army". */
  public abstract Optional<String> force();

  /** The side they fight for, when it differs from or is stated beside their nationality. */
  public abstract Optional<CountryCode> side();

  /** Civilians or combatants, where stated. */
  public abstract Optional<CombatantStatus> status();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Population}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePopulation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(description().isPresent() || nationality().isPresent() || force().isPresent()
        || side().isPresent() || status().isPresent(), "Population", "description", "at least one attribute is required");
    description().ifPresent(d -> Checks.notBlank(d, "Population", "description"));
    force().ifPresent(f -> Checks.notBlank(f, "Population", "force"));
  }
}
