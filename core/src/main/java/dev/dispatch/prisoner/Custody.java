package dev.dispatch.prisoner;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who holds a captive, where, and in what conditions as claimed.
 *
 * <p>Invariants: at least one attribute is present; the conditions are not blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Custody permits ImmutableCustody {

  Custody() {}

  /** The holder, a source of the report by id: the SBU. */
  public abstract Optional<SourceId> holder();

  /** Where the captive is held: in Kyiv. */
  public abstract Optional<Location> location();

  /** The conditions as claimed, in the report's words. */
  public abstract Optional<String> conditions();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Custody}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCustody.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(holder().isPresent() || location().isPresent() || conditions().isPresent(), "Custody", "holder",
        "a holder, a location or conditions are required");
    conditions().ifPresent(c -> Checks.notBlank(c, "Custody", "conditions"));
  }
}
