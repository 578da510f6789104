package dev.dispatch.place;

import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code UA} or {@code KP}, or the user-assigned
 * code {@code XK} (Kosovo) that conflict data (UCDP, ACLED, the EU, the IMF) uses.
 *
 * <p>Invariant: the code is one of the 249 codes ISO 3166-1 assigns, or {@code XK}. The list is
 * part of this library, not read from the running JDK, so a document valid on one JDK is valid
 * on all. Other user-assigned codes ({@code AA}, {@code QM}-{@code QZ}, {@code XA}-{@code XZ},
 * {@code ZZ}) are rejected. Immutable and thread-safe.
 *
 * @param alpha2 the two upper-case letters
 */
public record CountryCode(String alpha2) {
  private static final Set<String> KNOWN = Set.of((
      "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV "
      + "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER "
      + "ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU "
      + "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT "
      + "LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL "
      + "NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH "
      + "SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM "
      + "US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK").split(" "));

  /** Checks the code; the message names the bad value. */
  public CountryCode {
    if (alpha2 == null) {
      throw new NullPointerException("alpha2 must not be null");
    }
    if (!KNOWN.contains(alpha2)) {
      throw new IllegalArgumentException("CountryCode.alpha2: expected an ISO 3166-1 alpha-2 code such as \"UA\", "
          + "or XK, got \"" + (alpha2.length() <= 8 ? alpha2 : alpha2.substring(0, 8) + "...") + "\"");
    }
  }

  /**
   * Obtains a country code.
   *
   * @param alpha2 two upper-case letters of ISO 3166-1, or {@code XK}
   * @return the code
   * @throws IllegalArgumentException if the code is not one of those
   */
  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  /** Every code accepted, for schemas and generators. */
  public static Set<String> codes() {
    return KNOWN;
  }

  /** Returns the two letters. */
  @Override
  public String toString() {
    return alpha2;
  }
}
