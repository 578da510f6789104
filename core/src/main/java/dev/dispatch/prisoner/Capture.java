package dev.dispatch.prisoner;

import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.time.DateMention;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a person was captured: when, where and by whom ("by Ukrainian special forces on January 9").
 *
 * <p>Invariants: at least one attribute is present; the capturing unit is not blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Capture permits ImmutableCapture {

  Capture() {}

  /** When, when stated. */
  public abstract Optional<DateMention> date();

  /** Where, when stated. */
  public abstract Optional<Location> location();

  /** The capturing unit as printed: "Ukrainian paratroopers". */
  public abstract Optional<String> by();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Capture}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCapture.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(date().isPresent() || location().isPresent() || by().isPresent(), "Capture", "date",
        "a date, a location or a capturing unit is required");
    by().ifPresent(b -> Checks.notBlank(b, "Capture", "by"));
  }
}
