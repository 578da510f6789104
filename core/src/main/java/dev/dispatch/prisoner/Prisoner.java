package dev.dispatch.prisoner;

import dev.dispatch.id.Id;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One captured person the report describes: an id, the protected identity, and the
 * {@link Particulars} the report links to this person.
 *
 * <p>Name, date of birth and face are {@link Protected} (Third Geneva Convention, Art. 13):
 * {@code toString()} shows only whether each is known, withheld or absent. Facts the report gives
 * about "one of them" without saying which belong in {@link UnlinkedFacts}, not here.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Prisoner permits ImmutablePrisoner {

  Prisoner() {}

  /** The prisoner's id in its report. */
  public abstract PrisonerId id();

  /** The name. */
  @Value.Default
  public Protected<String> name() {
    return Protected.absent();
  }

  /** The date of birth. */
  @Value.Default
  public Protected<LocalDate> dateOfBirth() {
    return Protected.absent();
  }

  /** An image of the face, as a reference (URI or file name) to the image. */
  @Value.Default
  public Protected<String> face() {
    return Protected.absent();
  }

  /** What the report states about this person. */
  @Value.Default
  public Particulars particulars() {
    return Particulars.builder().build();
  }

  /** The ids this record refers to. */
  public List<Id> references() {
    return particulars().references();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prisoner}. */
  public static final class Builder extends ImmutablePrisoner.Builder {
    Builder() {}
  }
}
