package dev.dispatch.validation;

import dev.dispatch.place.CountryCode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings rules read: the purpose of the check, the house style's preferred place spellings,
 * and the parties to the conflict the report is about.
 *
 * @param purpose publication (the default) or an internal record
 * @param spellings disfavoured place spelling to preferred one, such as {@code "Kiev" -> "Kyiv"}
 * @param parties the countries party to the conflict; a figure about one party's losses sourced
 *     only to another is partisan
 */
public record Settings(Purpose purpose, Map<String, String> spellings, Set<CountryCode> parties) {

  /** Copies the collections; none may be null. */
  public Settings {
    Objects.requireNonNull(purpose, "purpose must not be null");
    spellings = Map.copyOf(spellings);
    parties = Set.copyOf(parties);
  }

  /**
   * The default house style: the spellings that English-language newsrooms adopted for
   * Ukrainian places (Kyiv, Kharkiv, Odesa, Luhansk, Zaporizhzhia, Chornobyl).
   */
  public static Map<String, String> defaultSpellings() {
    return Map.of("Kiev", "Kyiv", "Kharkov", "Kharkiv", "Odessa", "Odesa", "Lugansk", "Luhansk",
        "Zaporozhye", "Zaporizhzhia", "Chernobyl", "Chornobyl");
  }
}
