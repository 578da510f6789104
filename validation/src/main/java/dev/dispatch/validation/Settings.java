package dev.dispatch.validation;

import dev.dispatch.id.PartyId;
import dev.dispatch.party.Party;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings rules read: the purpose of the check, the house style's preferred place spellings,
 * and the parties to the conflict the reports are about.
 *
 * <p><b>Parties.</b> The parties to the conflict are {@link Party} values, so that non-state
 * parties (an armed group, a militia, de facto authorities) and civil wars (two parties of one
 * country) can be named. A configured party is matched to a report's party <em>by its {@link
 * PartyId id} only</em>: the report's party with that id is that party to the
 * conflict, whatever name or kind either gives it; a configured party whose id the report does not
 * hold matches nothing in that report. Within a report, a party that is part of, a member of,
 * controlled by or fighting for a configured party (the report's {@link
 * dev.dispatch.party.PartyRelation}s, followed upwards) is on that party's side. Only {@link
 * Rules#FIGURE_PARTISAN_SOURCE} reads the parties; with none configured it finds nothing.
 *
 * <pre>{@code
 * Settings settings = Settings.defaults().withParties(
 *     Party.of(PartyId.of("saf"), "Sudanese Armed Forces", PartyKind.ARMED_FORCES),
 *     Party.of(PartyId.of("rsf"), "Rapid Support Forces", PartyKind.PARAMILITARY));
 * }</pre>
 *
 * @param purpose publication (the default) or an internal record
 * @param spellings disfavoured place spelling to preferred one, such as {@code "Kiev" -> "Kyiv"}
 * @param parties the parties to the conflict, matched to a report's parties by id
 */
public record Settings(Purpose purpose, Map<String, String> spellings, Set<Party> parties) {

  /**
   * Copies the collections.
   *
   * @throws NullPointerException if an argument, a key, a value or an element is null
   */
  public Settings {
    Objects.requireNonNull(purpose, "purpose must not be null");
    spellings = Map.copyOf(Objects.requireNonNull(spellings, "spellings must not be null"));
    parties = Set.copyOf(Objects.requireNonNull(parties, "parties must not be null"));
  }

  /** For publication, with the {@linkplain #defaultSpellings() default spellings} and no parties. */
  public static Settings defaults() {
    return new Settings(Purpose.PUBLICATION, defaultSpellings(), Set.of());
  }

  /**
   * The default house style: the spellings that English-language newsrooms adopted for
   * Ukrainian places (Kyiv, Kharkiv, Odesa, Luhansk, Zaporizhzhia, Chornobyl).
   */
  public static Map<String, String> defaultSpellings() {
    return Map.of("Kiev", "Kyiv", "Kharkov", "Kharkiv", "Odessa", "Odesa", "Lugansk", "Luhansk",
        "Zaporozhye", "Zaporizhzhia", "Chernobyl", "Chornobyl");
  }

  /** These settings for another purpose. */
  public Settings withPurpose(Purpose purpose) {
    return new Settings(purpose, spellings, parties);
  }

  /** These settings with another house style, disfavoured spelling to preferred one. */
  public Settings withSpellings(Map<String, String> spellings) {
    return new Settings(purpose, spellings, parties);
  }

  /**
   * These settings with other parties to the conflict, replacing any set before.
   *
   * @throws NullPointerException if a party is null
   * @throws IllegalArgumentException if a party is given twice
   */
  public Settings withParties(Party... parties) {
    return new Settings(purpose, spellings, Set.of(parties));
  }

  /** The ids of the parties to the conflict: what a report's parties are matched by. */
  Set<PartyId> partyIds() {
    return parties.stream().map(Party::id).collect(Collectors.toUnmodifiableSet());
  }
}
