package dev.dispatch.id;

import java.util.Objects;

/**
 * The id of a report in a report. Immutable; the value obeys the syntax described in {@link Id}.
 *
 * @param value the id as text
 */
public record ReportId(String value) implements Id, Comparable<ReportId> {

  /** Checks the syntax of {@code value}; the message names the bad value. */
  public ReportId {
    Id.checked("report", value);
  }

  /**
   * Obtains a report id.
   *
   * @param value 1 to 64 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the syntax
   */
  public static ReportId of(String value) {
    return new ReportId(value);
  }

  @Override
  public String kind() {
    return "report";
  }

  /**
   * Orders ids by value. Besides sorting, this keeps hash maps of ids logarithmic when values are
   * chosen to collide: Java's {@code HashMap} falls back to ordering comparable keys.
   */
  @Override
  public int compareTo(ReportId other) {
    return value.compareTo(Objects.requireNonNull(other, "other must not be null").value);
  }

  /** Returns the value itself, so ids read naturally in messages and paths. */
  @Override
  public String toString() {
    return value;
  }
}
