package dev.dispatch.privacy;

import dev.dispatch.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A piece of protected personal data that is {@linkplain State#KNOWN known}, {@linkplain
 * State#WITHHELD withheld at source} (the publisher blurred it) or {@linkplain State#ABSENT
 * absent} (the report does not give it).
 *
 * <p>The value never appears in {@link #toString()}, in an exception message, or in anything
 * this library writes for the public. Reading it is one explicit call, {@link #reveal()}, easy
 * to find in a code review. A known value may be marked {@linkplain Release released} (the person
 * consented, or it is already public); validation then lets it through.
 *
 * <p>Invariants: a value is present exactly when the state is KNOWN; a note only accompanies a
 * WITHHELD value; a release only a KNOWN one. Equality compares state, value, note and release.
 * Immutable and thread-safe if {@code T} is.
 *
 * @param <T> the type of the value, such as {@code String} for a name
 */
public final class Protected<T> {

  /** Whether the value is known, withheld at source, or absent. */
  public enum State {
    /** The value is known to whoever built the model. */
    KNOWN,
    /** The source had the value and withheld it: "CNN blurred the name". */
    WITHHELD,
    /** The report does not give the value. */
    ABSENT
  }

  /** Why a known value may be published after all. */
  public enum Release {
    /** The person consented to its publication. */
    CONSENTED,
    /** The value is already public. */
    ALREADY_PUBLIC
  }

  /** The note of a value withheld by {@link #redacted()}: a public output replaced it. */
  public static final String REDACTED = "redacted in the public view";

  private static final Protected<?> ABSENT = new Protected<>(State.ABSENT, null, null, null);
  private static final Protected<?> WITHHELD = new Protected<>(State.WITHHELD, null, null, null);

  private final State state;
  private final @Nullable T value;
  private final @Nullable String note;
  private final @Nullable Release release;

  private Protected(State state, @Nullable T value, @Nullable String note, @Nullable Release release) {
    this.state = state;
    this.value = value;
    this.note = note;
    this.release = release;
  }

  /**
   * A known value.
   *
   * @param value the value, not null
   * @param <T> its type
   * @return the protected value
   */
  public static <T> Protected<T> known(T value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value instanceof String text) {
      // Checked without quoting: the text is the protected value.
      if (text.isBlank()) {
        throw new IllegalArgumentException("Protected.value: must not be blank");
      }
      if (text.length() > Checks.MAX_TEXT) {
        throw new IllegalArgumentException("Protected.value: expected at most " + Checks.MAX_TEXT + " characters, got "
            + text.length());
      }
    }
    return new Protected<>(State.KNOWN, value, null, null);
  }

  /** A value the source withheld, without saying how. */
  @SuppressWarnings("unchecked")
  public static <T> Protected<T> withheld() {
    return (Protected<T>) WITHHELD;
  }

  /**
   * A value the source withheld, with how: "blurred by the publisher".
   *
   * @param note how or by whom it was withheld; not blank, and never the value itself
   * @param <T> the value's type
   * @return the protected value
   */
  public static <T> Protected<T> withheld(String note) {
    Objects.requireNonNull(note, "note must not be null");
    if (note.isBlank()) {
      throw new IllegalArgumentException("Protected.note: must not be blank");
    }
    return new Protected<>(State.WITHHELD, null, note, null);
  }

  /** A value the report does not give. */
  @SuppressWarnings("unchecked")
  public static <T> Protected<T> absent() {
    return (Protected<T>) ABSENT;
  }

  /** This known value marked as released for publication. */
  public Protected<T> released(Release why) {
    Objects.requireNonNull(why, "why must not be null");
    if (state != State.KNOWN) {
      throw new IllegalStateException("Protected.release: only a KNOWN value can be released, this one is " + state);
    }
    return new Protected<>(state, value, null, why);
  }

  /**
   * This value as a public output must carry it: a known value becomes {@code withheld(REDACTED)},
   * anything else is returned unchanged. Released values are redacted too: only the internal view
   * carries values.
   */
  public Protected<T> redacted() {
    return state == State.KNOWN ? withheld(REDACTED) : this;
  }

  /** The state. */
  public State state() {
    return state;
  }

  /** Whether the value is known. */
  public boolean isKnown() {
    return state == State.KNOWN;
  }

  /**
   * The protected value itself, for the internal view only. Every call is a disclosure: keep
   * calls few and reviewed.
   *
   * @return the value if known, else empty
   */
  public Optional<T> reveal() {
    return Optional.ofNullable(value);
  }

  /** How the value was withheld, for a WITHHELD value with a note. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** Why a known value may be published, if it was released. */
  public Optional<Release> release() {
    return Optional.ofNullable(release);
  }

  /** Whether the value is known and not released: publishing it would expose protected data. */
  public boolean isExposedIfPublished() {
    return state == State.KNOWN && release == null;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Protected<?> that)) {
      return false;
    }
    return state == that.state && Objects.equals(value, that.value) && Objects.equals(note, that.note)
        && release == that.release;
  }

  @Override
  public int hashCode() {
    // The value is left out: a hash that depends on it would let anyone holding a guess confirm a
    // protected name from a hash table of records. Values that differ only in the value collide.
    return Objects.hash(state, note, release);
  }

  /** {@code Protected[KNOWN]}, {@code Protected[WITHHELD: blurred by the publisher]}: never the value. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Protected[").append(state);
    if (note != null) {
      s.append(": ").append(note);
    }
    if (release != null) {
      s.append(", released: ").append(release);
    }
    return s.append(']').toString();
  }
}
