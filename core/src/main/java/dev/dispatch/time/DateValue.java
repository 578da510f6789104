package dev.dispatch.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A resolved date: a {@link PartialDate} at some precision or a {@link DateInterval}.
 *
 * <p>Every date value has one EDTF (ISO 8601-2) form, and {@code parse(x.toEdtf()).equals(x)}
 * holds for every value. The supported subset of EDTF:
 * <ul>
 *   <li>{@code 2025}, {@code 2025-01}, {@code 2025-01-09}: year, month, day (years 0000 to 9999);
 *   <li>{@code 2024-23}: a season (21 spring, 22 summer, 23 autumn, 24 winter);
 *   <li>{@code XXXX-01-09}, {@code XXXX-08}, {@code XXXX-23}: a year the text leaves unspecified
 *       (EDTF level 2 unspecified digits, for the whole year only);
 *   <li>a trailing {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both), applying
 *       to the whole date;
 *   <li>{@code 2024-12-25/2024-12-31}: an interval; {@code ../2025-01} and {@code 2025-01/..}: an
 *       interval with an open start or end.
 * </ul>
 * Anything else (times of day, partial unspecified digits such as {@code 201X}, sets, the
 * empty "unknown" end of an interval) is rejected with an {@link EdtfParseException}.
 */
public sealed interface DateValue permits PartialDate, DateInterval {

  /**
   * Parses an EDTF string of the supported subset.
   *
   * @param edtf the text, such as {@code "2024-23~"} or {@code "XXXX-12-25/XXXX-12-31"}
   * @return the date value
   * @throws EdtfParseException naming the position and what was expected, if the text is not in the subset
   */
  static DateValue parse(CharSequence edtf) {
    return Edtf.parse(edtf);
  }

  /** The EDTF form of this value. */
  String toEdtf();

  /** The first day this value may denote; absent when its year is unspecified or its start is open. */
  Optional<LocalDate> earliest();

  /** The last day this value may denote; absent when its year is unspecified or its end is open. */
  Optional<LocalDate> latest();
}
