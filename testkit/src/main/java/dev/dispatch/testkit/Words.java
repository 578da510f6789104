package dev.dispatch.testkit;

import dev.dispatch.party.PartyKind;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.OrganisationKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The small built-in lists generators draw from. Synthetic: names of people stand for nobody, and
 * none of the protected names appears in any other list (so no generated text reveals one).
 */
final class Words {
  private Words() {}

  /** Public named sources: invented, in Latin, Cyrillic and Hangul script. */
  static final List<String> PEOPLE = List.of("Anna Example", "Олена Приклад", "김예시", "Ivan Testov", "Марія Зразок",
      "박시험", "John Sample", "Дмитро Тестенко", "이가상", "Amira Placeholder");

  static final List<String> ROLES = List.of("spokesperson", "Defence Minister", "regional governor", "commander",
      "analyst", "представник", "대변인");

  /** Protected names (prisoners, people mentioned, document holders): in no other list. */
  static final List<String> PROTECTED_NAMES = List.of("Pak Hidden", "Ким Скрытый", "리비밀", "Ri Secret", "Ли Тайна");

  /** Protected first names, for partial names. */
  static final List<String> FIRST_NAMES = List.of("Oksana", "Тарас", "민수", "Olha", "Сергій");

  /** A place: printed name, canonical name or "", ISO country or "". */
  record PlaceWord(String printed, String canonicalName, String countryCode) {
    Optional<String> canonical() {
      return canonicalName.isEmpty() ? Optional.empty() : Optional.of(canonicalName);
    }

    Optional<String> country() {
      return countryCode.isEmpty() ? Optional.empty() : Optional.of(countryCode);
    }
  }

  /** Places by kind, so that every kind can be drawn. */
  static final Map<PlaceKind, List<PlaceWord>> PLACES = places();

  private static Map<PlaceKind, List<PlaceWord>> places() {
    Map<PlaceKind, List<PlaceWord>> m = new EnumMap<>(PlaceKind.class);
    m.put(PlaceKind.COUNTRY, List.of(new PlaceWord("Ukraine", "", "UA"), new PlaceWord("Russia", "", "RU"),
        new PlaceWord("Sudan", "", "SD"), new PlaceWord("Kosovo", "", "XK")));
    m.put(PlaceKind.REGION, List.of(new PlaceWord("Kursk region", "Kursk Oblast", "RU"),
        new PlaceWord("Donetsk", "", "UA"), new PlaceWord("Запорізька область", "Zaporizhzhia Oblast", "UA"),
        new PlaceWord("North Darfur", "", "SD")));
    m.put(PlaceKind.DISTRICT, List.of(new PlaceWord("Shevchenkivskyi district", "", "UA"),
        new PlaceWord("Example raion", "", "")));
    m.put(PlaceKind.CITY, List.of(new PlaceWord("Kyiv", "", "UA"), new PlaceWord("Kiev", "Kyiv", "UA"),
        new PlaceWord("Kharkiv", "", "UA"), new PlaceWord("Белгород", "Belgorod", "RU"),
        new PlaceWord("Запоріжжя", "Zaporizhzhia", "UA"), new PlaceWord("Pyongyang", "", "KP"),
        new PlaceWord("Seoul", "", "KR"), new PlaceWord("El Fasher", "", "SD")));
    m.put(PlaceKind.TOWN, List.of(new PlaceWord("Belaya", "", ""), new PlaceWord("Sudzha", "", "RU"),
        new PlaceWord("Examplivka", "", "UA")));
    m.put(PlaceKind.VILLAGE, List.of(new PlaceWord("Testove", "", "UA"), new PlaceWord("Sampleino", "", "RU")));
    m.put(PlaceKind.NEIGHBOURHOOD, List.of(new PlaceWord("the old town", "", ""),
        new PlaceWord("Saltivka", "", "UA")));
    m.put(PlaceKind.FRONT, List.of(new PlaceWord("the eastern front", "", ""),
        new PlaceWord("the southern front line", "", "")));
    m.put(PlaceKind.FACILITY, List.of(new PlaceWord("an industrial plant", "", ""),
        new PlaceWord("a command post", "", ""), new PlaceWord("the river bridge", "", "")));
    m.put(PlaceKind.HOSPITAL, List.of(new PlaceWord("the regional hospital", "", ""),
        new PlaceWord("City Clinical Hospital No. 1", "", "")));
    m.put(PlaceKind.SCHOOL, List.of(new PlaceWord("School No. 5", "", ""), new PlaceWord("the university", "", "")));
    m.put(PlaceKind.CAMP, List.of(new PlaceWord("a camp for displaced people", "", ""),
        new PlaceWord("the Example camp", "", "")));
    m.put(PlaceKind.PRISON, List.of(new PlaceWord("a pre-trial detention centre", "", ""),
        new PlaceWord("Colony No. 10", "", "")));
    m.put(PlaceKind.MARKET, List.of(new PlaceWord("the central market", "", "")));
    m.put(PlaceKind.SHELTER, List.of(new PlaceWord("a basement shelter", "", "")));
    return m;
  }

  /** The places of a kind. */
  static List<PlaceWord> places(PlaceKind kind) {
    return Objects.requireNonNull(PLACES.get(kind), kind::name);
  }

  /** The parties of a kind. */
  static List<PartyWord> parties(PartyKind kind) {
    return Objects.requireNonNull(PARTIES.get(kind), kind::name);
  }

  /** The organisations of a kind. */
  static List<OrgWord> organisations(OrganisationKind kind) {
    return Objects.requireNonNull(ORGANISATIONS.get(kind), kind::name);
  }

  /** A party: name, ISO country or "". */
  record PartyWord(String name, String countryCode) {
    Optional<String> country() {
      return countryCode.isEmpty() ? Optional.empty() : Optional.of(countryCode);
    }
  }

  /** Parties by kind, so that every kind can be drawn; non-state names are invented. */
  static final Map<PartyKind, List<PartyWord>> PARTIES = parties();

  private static Map<PartyKind, List<PartyWord>> parties() {
    Map<PartyKind, List<PartyWord>> m = new EnumMap<>(PartyKind.class);
    m.put(PartyKind.STATE, List.of(new PartyWord("Russia", "RU"), new PartyWord("Ukraine", "UA"),
        new PartyWord("Sudan", "SD")));
    m.put(PartyKind.ARMED_FORCES, List.of(new PartyWord("North Korean army", "KP"),
        new PartyWord("Armed Forces of Ukraine", "UA"), new PartyWord("Збройні сили", "UA")));
    m.put(PartyKind.ARMED_GROUP, List.of(new PartyWord("Northern Example Front", ""),
        new PartyWord("the Sample Liberation Movement", "SD")));
    m.put(PartyKind.MILITIA, List.of(new PartyWord("Example Militia", ""), new PartyWord("народне ополчення", "")));
    m.put(PartyKind.PARAMILITARY, List.of(new PartyWord("Rapid Example Forces", "SD")));
    m.put(PartyKind.COALITION, List.of(new PartyWord("the Example Coalition", "")));
    m.put(PartyKind.AUTHORITY, List.of(new PartyWord("the de facto authorities", ""),
        new PartyWord("임시 당국", "")));
    return m;
  }

  /** An organisation: name, abbreviation or "", ISO country or "". */
  record OrgWord(String name, String abbreviationText, String countryCode) {
    Optional<String> abbreviation() {
      return abbreviationText.isEmpty() ? Optional.empty() : Optional.of(abbreviationText);
    }

    Optional<String> country() {
      return countryCode.isEmpty() ? Optional.empty() : Optional.of(countryCode);
    }
  }

  /** Organisations by kind, so that every kind can be drawn. */
  static final Map<OrganisationKind, List<OrgWord>> ORGANISATIONS = organisations();

  private static Map<OrganisationKind, List<OrgWord>> organisations() {
    Map<OrganisationKind, List<OrgWord>> m = new EnumMap<>(OrganisationKind.class);
    m.put(OrganisationKind.GOVERNMENT, List.of(new OrgWord("Cabinet of Ministers", "", "UA")));
    m.put(OrganisationKind.MILITARY, List.of(new OrgWord("Ministry of Defence of Ukraine", "", "UA"),
        new OrgWord("Министерство обороны России", "", "RU")));
    m.put(OrganisationKind.SECURITY_SERVICE, List.of(new OrgWord("Security Service of Ukraine", "SBU", "UA")));
    m.put(OrganisationKind.INTELLIGENCE, List.of(new OrgWord("국가정보원", "NIS", "KR")));
    m.put(OrganisationKind.ARMED_GROUP, List.of(new OrgWord("Northern Example Front press office", "", "")));
    m.put(OrganisationKind.MEDIA, List.of(new OrgWord("Example Wire", "", ""), new OrgWord("Пример Ньюс", "", "RU")));
    m.put(OrganisationKind.NGO, List.of(new OrgWord("Example Monitoring Group", "", "")));
    m.put(OrganisationKind.INTERNATIONAL_BODY, List.of(
        new OrgWord("International Committee of the Red Cross", "ICRC", ""),
        new OrgWord("UN Human Rights Monitoring Mission", "HRMMU", "")));
    m.put(OrganisationKind.HEALTH_SERVICE, List.of(new OrgWord("Ministry of Health", "", "UA")));
    m.put(OrganisationKind.JUDICIARY, List.of(new OrgWord("Prosecutor General's Office", "", "UA")));
    m.put(OrganisationKind.EMERGENCY_SERVICE, List.of(new OrgWord("State Emergency Service", "DSNS", "UA")));
    return m;
  }

  static final List<String> ANONYMOUS = List.of("an unidentified doctor", "a Western official",
      "a military source familiar with the operation", "джерело в армії", "정보 소식통", "a witness reached by phone");

  static final List<String> REASONS = List.of("not authorised to speak publicly", "for fear of reprisal",
      "to discuss intelligence matters");

  static final List<String> COLLECTIVES = List.of("Western assessments", "Ukrainian and Western officials",
      "local residents", "officials, speaking on condition of anonymity", "관계자들");

  static final List<String> UNSPECIFIED = List.of("reportedly", "there were reports", "it is alleged");

  /** Statement texts: no protected name appears in any. */
  static final List<String> STATEMENTS = List.of("troops captured two soldiers in the region",
      "the strike hit a command post", "They are being held in appropriate conditions",
      "\u00abМы удерживаем позиции\u00bb", "포로들은 부상을 입었다", "communication was conducted through translators",
      "the offensive keeps troops from moving east", "No one spoke.", "no strike took place in the area",
      "the lower figure reflects stricter counting", "He was taken from his home at night and we have not",
      "the exchange was mediated after weeks of talks");

  static final List<String> PUBLISHERS = List.of("Example Wire", "Test Courier", "Пример Ньюс", "예시 통신");

  static final List<String> AGENCIES = List.of("Example Press Agency", "Test Wire Service", "Агентство Приклад");

  static final List<String> CONTRIBUTORS = List.of("Jane Reporter", "Олег Кореспондент", "김기자", "Sam Editor");

  static final List<String> HEADLINES = List.of("Soldiers captured", "Захоплено двох солдатів", "포로 두 명 생포",
      "Strike near the front", "Toll rises after overnight attack", "Prisoners exchanged");

  static final List<String> STANDFIRSTS = List.of("Officials gave differing tolls as rescuers searched the rubble.",
      "Обидві сторони підтвердили обмін.", "The copy below was republished from an agency.");

  static final List<String> PICTURE_CREDITS = List.of("Photo: Example Press Agency", "Security Service of Ukraine",
      "Фото: Приклад", "Handout via Test Wire Service");

  static final List<String> DATELINES = List.of("KYIV, Ukraine", "SEOUL", "ХАРКІВ");

  static final List<String> INJURIES = List.of("injury to his jaw", "broken leg", "shrapnel wounds", "burns");

  static final List<String> HEALTH = List.of("diabetes", "lost 20 kilograms", "needs heart surgery",
      "tuberculosis", "건강 악화");

  static final List<String> RANKS = List.of("private", "sergeant", "lieutenant", "майор", "captain");

  static final List<String> UNITS = List.of("Ukrainian special forces", "Ukrainian paratroopers", "a border unit");

  static final List<String> DESCRIPTIONS = List.of("his mother", "a local commander", "a 12-year-old girl",
      "the detainee's wife", "a volunteer driver", "його брат", "한 의사");

  static final List<String> EVENT_LABELS = List.of("overnight attack", "precision strike", "prisoner swap",
      "cross-border incursion", "обстріл", "siege of the city");

  static final List<String> TARGETS = List.of("a Russian military command post", "a residential building",
      "a power station", "a bus stop", "the market");

  static final List<String> MEANS = List.of("glide bombs", "cluster munitions", "a car bomb");

  static final List<String> OUTCOME_PHRASES = List.of("eliminated", "neutralised", "liquidated", "lost");

  static final List<String> NOUNS = List.of("deaths", "bodies", "children", "civilians", "soldiers", "others");

  static final List<String> CHARGE_CODES = List.of("Criminal Code of Ukraine", "Criminal Code of the Russian Federation");

  static final List<String> CHARGE_DESCRIPTIONS = List.of("treason", "participation in a terrorist organisation",
      "mercenarism", "espionage");

  static final List<String> LABEL_DIMENSIONS = List.of("cause", "nationality", "occupation");

  static final List<String> LABEL_VALUES = List.of("drowned", "shelling", "gunfire", "Uzbek", "farmers");

  static final List<String> LOCATION_PHRASES = List.of("in three northern towns", "across the region",
      "in several villages near the border", "на околицях міста");

  static final List<String> SHARE_BASES = List.of("the city's population", "all those detained",
      "the pre-war population");

  static final List<String> DOCUMENTS = List.of("military identification card", "passport", "service record");

  static final List<String> ISSUERS = List.of("Russian military", "DPRK authorities", "Ministry of Internal Affairs");

  static final List<String> LANGUAGES = List.of("en", "uk", "ko", "ru", "ar");

  /** A hedge phrase as printed, for each kind. */
  static String hedge(HedgeKind kind) {
    return switch (kind) {
      case COULD_HAVE -> "could have";
      case MAY_HAVE -> "may have";
      case BELIEVED -> "are believed to";
      case REPORTEDLY -> "reportedly";
      case ESTIMATED -> "an estimated";
      case IF_CONFIRMED -> "if confirmed";
      case ALLEGED -> "alleged";
      case LIKELY -> "likely";
      case APPARENTLY -> "apparently";
      default -> "it is said";
    };
  }
}
