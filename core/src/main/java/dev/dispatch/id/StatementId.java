package dev.dispatch.id;

import java.util.Objects;

/**
 * The id of a statement in a report. Immutable; the value obeys the syntax described in {@link Id}.
 *
 * @param value the id as text
 */
public record StatementId(String value) implements Id, Comparable<StatementId> {

  /** Checks the syntax of {@code value}; the message names the bad value. */
  public StatementId {
    Id.checked("statement", value);
  }

  /**
   * Obtains a statement id.
   *
   * @param value 1 to 64 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the syntax
   */
  public static StatementId of(String value) {
    return new StatementId(value);
  }

  @Override
  public String kind() {
    return "statement";
  }

  /**
   * Orders ids by value. Besides sorting, this keeps hash maps of ids logarithmic when values are
   * chosen to collide: Java's {@code HashMap} falls back to ordering comparable keys.
   */
  @Override
  public int compareTo(StatementId other) {
    return value.compareTo(Objects.requireNonNull(other, "other must not be null").value);
  }

  /** Returns the value itself, so ids read naturally in messages and paths. */
  @Override
  public String toString() {
    return value;
  }
}
