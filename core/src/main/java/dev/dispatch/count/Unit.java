package dev.dispatch.count;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The unit of measure of a {@link Count}: persons by default, square kilometres, days, tonnes, or
 * any other unit named by a short lower-case code. A unit is a measure, never a noun of what is
 * counted: "100 deaths" counts persons, and keeps "deaths" as the count's
 * {@linkplain Count#noun() noun}.
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
  /** Duration in hours. */
  public static final Unit HOURS = new Unit("hours");
  /** Duration in months. */
  public static final Unit MONTHS = new Unit("months");
  /** Duration in years; also ages. */
  public static final Unit YEARS = new Unit("years");
  /** Mass in metric tonnes: aid delivered, explosives. */
  public static final Unit TONNES = new Unit("tonnes");

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
    return switch (code) {
      case "persons" -> PERSONS;
      case "km2" -> SQUARE_KILOMETRES;
      case "days" -> DAYS;
      case "weeks" -> WEEKS;
      case "hours" -> HOURS;
      case "months" -> MONTHS;
      case "years" -> YEARS;
      case "tonnes" -> TONNES;
      default -> {
        if (!CODE.matcher(code).matches()) {
          throw new IllegalArgumentException(
              "Unit.code: expected 1 to 32 characters of [a-z0-9_] starting with a letter, got \"" + code + "\"");
        }
        yield new Unit(code);
      }
    };
  }

  /** Whether this is a unit of time (hours, days, weeks, months, years): a duration's unit. */
  public boolean isTime() {
    return equals(HOURS) || equals(DAYS) || equals(WEEKS) || equals(MONTHS) || equals(YEARS);
  }

  /** The unit's code, such as {@code "persons"} or {@code "km2"}. */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Unit that && that.code.equals(code);
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
