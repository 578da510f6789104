package dev.dispatch.place;

import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A place a report names: the name as printed ("Kiev"), a canonical name ("Kyiv"), aliases, its
 * kind, its country, and optionally a GeoNames id and coordinates.
 *
 * <p>Invariants, checked at construction: names and aliases are not blank; a GeoNames id is
 * positive. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Place permits ImmutablePlace {

  Place() {}

  /** The place's id in its report. */
  public abstract PlaceId id();

  /** The name exactly as the report prints it. */
  public abstract String printedName();

  /** The canonical name, when it differs from or confirms the printed one. */
  public abstract Optional<String> canonicalName();

  /** Other names of the place. */
  public abstract List<String> aliases();

  /** The kind of place, when known. */
  public abstract Optional<PlaceKind> kind();

  /** The country the place lies in (or is), when stated. */
  public abstract Optional<CountryCode> country();

  /** The GeoNames id, when the place was matched to the gazetteer. */
  public abstract OptionalLong geonamesId();

  /** Coordinates, when known. */
  public abstract Optional<Coordinates> coordinates();

  /** The canonical name if there is one, else the printed name. */
  public String name() {
    return canonicalName().orElse(printedName());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(printedName(), "Place", "printedName");
    canonicalName().ifPresent(n -> Checks.notBlank(n, "Place", "canonicalName"));
    aliases().forEach(a -> Checks.notBlank(a, "Place", "aliases"));
    geonamesId().ifPresent(g -> Checks.check(g > 0, "Place", "geonamesId", () -> "expected a positive id, got " + g));
  }
}
