package dev.dispatch.prisoner;

import dev.dispatch.id.Id;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.internal.Checks;
import dev.dispatch.privacy.Identity;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One captured or detained person the report describes: an id, the protected
 * {@linkplain Identity identity}, and the {@link Particulars} the report links to this person.
 *
 * <p>Name, partial name, date of birth and face are {@link dev.dispatch.privacy.Protected} (Third
 * Geneva Convention, Art. 13): {@code toString()} shows only whether each is known, withheld or
 * absent. Facts the report gives about "one of them" without saying which belong in
 * {@link UnlinkedFacts}, not here. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prisoner {

  Prisoner() {}

  /** The prisoner's id in its report. */
  public abstract PrisonerId id();

  /** Who the prisoner is, protected. */
  @Value.Default
  public Identity identity() {
    return Identity.none();
  }

  /** What the report states about this person. */
  @Value.Default
  public Particulars particulars() {
    return Particulars.none();
  }

  /** The ids this record refers to. */
  public List<Id> references() {
    return particulars().references();
  }

  /** A prisoner of whom the report gives these particulars and no identity. */
  public static Prisoner of(PrisonerId id, Particulars particulars) {
    return builder().id(id).particulars(particulars).build();
  }

  /** This record as a public output carries it: the identity and documents redacted. */
  public Prisoner redacted() {
    Identity identity = identity().redacted();
    Particulars particulars = particulars().redacted();
    if (identity.equals(identity()) && particulars.equals(particulars())) {
      return this;
    }
    return copy().withIdentity(identity).withParticulars(particulars);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This record with an identity. */
  public Prisoner withIdentity(Identity identity) {
    return copy().withIdentity(identity);
  }

  /** This record with other particulars. */
  public Prisoner withParticulars(Particulars particulars) {
    return copy().withParticulars(particulars);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutablePrisoner copy() {
    return (ImmutablePrisoner) ImmutablePrisoner.copyOf(this);
  }

  /**
   * Builds a {@link Prisoner}. Required: {@link #id}. Not thread-safe; {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutablePrisoner.Builder b = ImmutablePrisoner.generatedBuilder();
    private @Nullable PrisonerId id;

    private Builder() {}

    /** Sets the prisoner's id, unique among the report's prisoners. */
    public Builder id(PrisonerId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets who the prisoner is, protected. */
    public Builder identity(Identity identity) {
      b.identity(Checks.notNull(identity, "identity"));
      return this;
    }

    /** Sets what the report states about this person. */
    public Builder particulars(Particulars particulars) {
      b.particulars(Checks.notNull(particulars, "particulars"));
      return this;
    }

    /**
     * The prisoner record.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set
     */
    public Prisoner build() {
      return b.id(Checks.required(id, "Prisoner", "id")).build();
    }
  }
}
