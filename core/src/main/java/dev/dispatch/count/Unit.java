package dev.dispatch.count;

import java.util.regex.Pattern;

/**
 * What a {@link Count} counts: persons by default, square kilometres, days, or any other unit
 * named by a short lower-case code.
 *
 * <p>A unit is its code: two units are equal when their codes are. Codes are 1 to 32 characters
 * of {@code [a-z0-9_]}, starting with a letter. Immutable and thread-safe.
 */
public final class Unit {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  /** People: troops, civilians, prisoners. The default unit of a count. */
  public static final Unit PERSONS = new Unit("persons");
  /** Area in square kilometres. */
  public static final Unit SQUARE_KILOMETRES = new Unit("km2");
  /** Duration in days. */
  public static final Unit DAYS = new Unit("days");
  /** Duration in weeks. */
  public static final Unit WEEKS = new Unit("weeks");

  private final String code;

  private Unit(String code) {
    this.code = code;
  }

  /**
   * Obtains a unit by its code; the constants of this class are returned for their codes.
   *
   * @param code 1 to 32 characters of {@code [a-z0-9_]}, starting with a letter
   * @return the unit
   * @throws IllegalArgumentException if the code breaks that syntax
   */
  public static Unit of(String code) {
    if (code == null) {
      throw new NullPointerException("code must not be null");
    }
    switch (code) {
      case "persons":
        return PERSONS;
      case "km2":
        return SQUARE_KILOMETRES;
      case "days":
        return DAYS;
      case "weeks":
        return WEEKS;
      default:
        if (!CODE.matcher(code).matches()) {
          throw new IllegalArgumentException(
              "Unit.code: expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"" + code + "\"");
        }
        return new Unit(code);
    }
  }

  /** The unit's code, such as {@code "persons"} or {@code "km2"}. */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unit && ((Unit) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
