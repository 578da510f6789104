package dev.dispatch.place;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code UA} or {@code KP}.
 *
 * <p>Invariant: the code is one the JDK lists in {@link Locale#getISOCountries()}. Immutable and
 * thread-safe.
 *
 * @param alpha2 the two upper-case letters
 */
public record CountryCode(String alpha2) {
  private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

  /** Checks the code; the message names the bad value. */
  public CountryCode {
    if (alpha2 == null) {
      throw new NullPointerException("alpha2 must not be null");
    }
    if (!KNOWN.contains(alpha2)) {
      throw new IllegalArgumentException(
          "CountryCode.alpha2: expected an ISO 3166-1 alpha-2 code such as \"UA\", got \"" + alpha2 + "\"");
    }
  }

  /**
   * Obtains a country code.
   *
   * @param alpha2 two upper-case letters of ISO 3166-1
   * @return the code
   * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  /** Returns the two letters. */
  @Override
  public String toString() {
    return alpha2;
  }
}
