package dev.dispatch.place;

import dev.dispatch.id.Id;
import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A place a report names: the name as printed ("Kiev"), a canonical name ("Kyiv"), aliases, its
 * kind, its country, the place it lies {@linkplain #within() within}, who controls it, and
 * optionally a GeoNames id and coordinates.
 *
 * <p>Places nest to any depth: a factory within a district within a city within a province. The
 * report checks that nesting never cycles and that every place referred to is in the report.
 *
 * <p>Invariants, checked at construction: names and aliases are not blank and aliases distinct; a
 * GeoNames id is positive; a place is not within itself. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Place {

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

  /** The place this one lies within, by id: the city of a district, the province of a city. */
  public abstract Optional<PlaceId> within();

  /**
   * Where the place lies relative to other places, when the report says so rather than naming
   * what contains it: "a camp outside the provincial capital" lies OUTSIDE the capital.
   */
  public abstract Optional<Location> position();

  /** Who controls the place, as the report says, possibly several parties at different dates. */
  public abstract List<Control> control();

  /** The GeoNames id, when the place was matched to the gazetteer. */
  public abstract OptionalLong geonamesId();

  /** Coordinates, when known. */
  public abstract Optional<Coordinates> coordinates();

  /** The canonical name if there is one, else the printed name. */
  public String name() {
    return canonicalName().orElse(printedName());
  }

  /** The ids this place refers to: the place it lies within, the places it lies relative to, the controlling parties. */
  public List<Id> references() {
    if (within().isEmpty() && position().isEmpty() && control().isEmpty()) {
      return List.of();
    }
    List<Id> ids = new ArrayList<>(1 + control().size());
    within().ifPresent(ids::add);
    position().ifPresent(p -> ids.addAll(p.places()));
    control().forEach(c -> ids.add(c.party()));
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This place with a canonical name. */
  public Place withCanonicalName(String canonicalName) {
    return copy().withCanonicalName(canonicalName);
  }

  /** This place lying within another. */
  public Place withWithin(PlaceId within) {
    return copy().withWithin(within);
  }

  /** This place with its coordinates. */
  public Place withCoordinates(Coordinates coordinates) {
    return copy().withCoordinates(coordinates);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutablePlace copy() {
    return (ImmutablePlace) ImmutablePlace.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(printedName(), "Place", "printedName");
    canonicalName().ifPresent(n -> Checks.notBlank(n, "Place", "canonicalName"));
    Checks.distinctTexts(aliases(), "Place", "aliases");
    geonamesId().ifPresent(g -> Checks.check(g > 0, "Place", "geonamesId", () -> "expected a positive id, got " + g));
    Checks.check(!within().equals(Optional.of(id())), "Place", "within", "must not be the place itself");
    position().ifPresent(p -> Checks.check(!p.places().contains(id()), "Place", "position",
        "must not place the place relative to itself"));
  }

  /**
   * Builds a {@link Place}. Required: {@link #id}, {@link #printedName}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutablePlace.Builder b = ImmutablePlace.generatedBuilder();
    private @Nullable PlaceId id;
    private @Nullable String printedName;

    private Builder() {}

    /** Sets the place's id, unique among the report's places. */
    public Builder id(PlaceId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets the name exactly as printed: "Kiev". */
    public Builder printedName(String printedName) {
      this.printedName = Checks.notNull(printedName, "printedName");
      return this;
    }

    /** Sets the canonical name: "Kyiv". */
    public Builder canonicalName(String canonicalName) {
      b.canonicalName(Checks.notNull(canonicalName, "canonicalName"));
      return this;
    }

    /** Adds other names of the place. */
    public Builder addAliases(String... aliases) {
      b.addAliases(Checks.notNull(aliases, "aliases"));
      return this;
    }

    /** Replaces the other names of the place. */
    public Builder aliases(Iterable<String> aliases) {
      b.aliases(Checks.notNull(aliases, "aliases"));
      return this;
    }

    /** Sets the kind of place. */
    public Builder kind(PlaceKind kind) {
      b.kind(Checks.notNull(kind, "kind"));
      return this;
    }

    /** Sets the country the place lies in (or is). */
    public Builder country(CountryCode country) {
      b.country(Checks.notNull(country, "country"));
      return this;
    }

    /** Sets the place this one lies within. */
    public Builder within(PlaceId within) {
      b.within(Checks.notNull(within, "within"));
      return this;
    }

    /** Sets where the place lies relative to other places. */
    public Builder position(Location position) {
      b.position(Checks.notNull(position, "position"));
      return this;
    }

    /** Adds who controls the place. */
    public Builder addControl(Control... control) {
      b.addControl(Checks.notNull(control, "control"));
      return this;
    }

    /** Replaces who controls the place. */
    public Builder control(Iterable<Control> control) {
      b.control(Checks.notNull(control, "control"));
      return this;
    }

    /** Sets the GeoNames id, a positive number. */
    public Builder geonamesId(long geonamesId) {
      b.geonamesId(geonamesId);
      return this;
    }

    /** Sets the coordinates. */
    public Builder coordinates(Coordinates coordinates) {
      b.coordinates(Checks.notNull(coordinates, "coordinates"));
      return this;
    }

    /**
     * The place.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Place build() {
      return b.id(Checks.required(id, "Place", "id")).printedName(Checks.required(printedName, "Place", "printedName"))
          .build();
    }
  }
}
