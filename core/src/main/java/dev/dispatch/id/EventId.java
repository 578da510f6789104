package dev.dispatch.id;

import java.util.Objects;

/**
 * The id of an event (a strike, a capture, an exchange) in a report. Immutable; the value obeys the syntax described in {@link Id}.
 *
 * @param value the id as text
 */
public record EventId(String value) implements Id, Comparable<EventId> {

  /** Checks the syntax of {@code value}; the message names the bad value. */
  public EventId {
    Id.checked("event", value);
  }

  /**
   * Obtains an event id.
   *
   * @param value 1 to 64 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the syntax
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String kind() {
    return "event";
  }

  /**
   * Orders ids by value. Besides sorting, this keeps hash maps of ids logarithmic when values are
   * chosen to collide: Java's {@code HashMap} falls back to ordering comparable keys.
   */
  @Override
  public int compareTo(EventId other) {
    return value.compareTo(Objects.requireNonNull(other, "other must not be null").value);
  }

  /** Returns the value itself, so ids read naturally in messages and paths. */
  @Override
  public String toString() {
    return value;
  }
}
