package dev.dispatch.testkit;

import dev.dispatch.place.PlaceKind;
import dev.dispatch.source.OrganisationKind;
import java.util.List;
import java.util.Optional;

/** The small built-in lists generators draw from. Synthetic: names stand for nobody. */
final class Words {
  private Words() {}

  static final List<String> PEOPLE = List.of("Anna Example", "Олена Приклад", "김예시", "Ivan Testov", "Марія Зразок",
      "박시험", "John Sample", "Дмитро Тестенко", "이가상", "Amira Placeholder");

  static final List<String> ROLES = List.of("spokesperson", "Defence Minister", "regional governor", "commander",
      "analyst", "представник", "대변인");

  static final List<String> PROTECTED_NAMES = List.of("Pak Hidden", "Ким Скрытый", "리비밀", "Ri Secret", "Ли Тайна");

  /** A place: printed name, canonical name or "", kind, ISO country or "". */
  record PlaceWord(String printed, String canonicalName, PlaceKind kind, String countryCode) {
    Optional<String> canonical() {
      return canonicalName.isEmpty() ? Optional.empty() : Optional.of(canonicalName);
    }

    Optional<String> country() {
      return countryCode.isEmpty() ? Optional.empty() : Optional.of(countryCode);
    }
  }

  static final List<PlaceWord> PLACES = List.of(
      new PlaceWord("Kyiv", "", PlaceKind.CITY, "UA"),
      new PlaceWord("Kiev", "Kyiv", PlaceKind.CITY, "UA"),
      new PlaceWord("Kharkiv", "", PlaceKind.CITY, "UA"),
      new PlaceWord("Kursk region", "Kursk Oblast", PlaceKind.REGION, "RU"),
      new PlaceWord("Donetsk", "", PlaceKind.REGION, "UA"),
      new PlaceWord("Pyongyang", "", PlaceKind.CITY, "KP"),
      new PlaceWord("Seoul", "", PlaceKind.CITY, "KR"),
      new PlaceWord("Запоріжжя", "Zaporizhzhia", PlaceKind.CITY, "UA"),
      new PlaceWord("Белгород", "Belgorod", PlaceKind.CITY, "RU"),
      new PlaceWord("the eastern front", "", PlaceKind.FRONT, ""));

  /** An organisation: name, abbreviation or "", kind, ISO country or "". */
  record OrgWord(String name, String abbreviationText, OrganisationKind kind, String countryCode) {
    Optional<String> abbreviation() {
      return abbreviationText.isEmpty() ? Optional.empty() : Optional.of(abbreviationText);
    }

    Optional<String> country() {
      return countryCode.isEmpty() ? Optional.empty() : Optional.of(countryCode);
    }
  }

  static final List<OrgWord> ORGANISATIONS = List.of(
      new OrgWord("Security Service of Ukraine", "SBU", OrganisationKind.SECURITY_SERVICE, "UA"),
      new OrgWord("Ministry of Defence of Ukraine", "", OrganisationKind.MILITARY, "UA"),
      new OrgWord("Министерство обороны России", "", OrganisationKind.MILITARY, "RU"),
      new OrgWord("국가정보원", "NIS", OrganisationKind.INTELLIGENCE, "KR"),
      new OrgWord("Example Monitoring Group", "", OrganisationKind.NGO, ""),
      new OrgWord("International Committee of the Red Cross", "ICRC", OrganisationKind.INTERNATIONAL_BODY, ""),
      new OrgWord("Example Wire", "", OrganisationKind.MEDIA, ""));

  static final List<String> ANONYMOUS = List.of("an unidentified doctor", "a Western official",
      "a military source familiar with the operation", "джерело в армії", "정보 소식통");

  static final List<String> REASONS = List.of("not authorised to speak publicly", "for fear of reprisal",
      "to discuss intelligence matters");

  static final List<String> COLLECTIVES = List.of("Western assessments", "Ukrainian and Western officials",
      "local residents");

  static final List<String> STATEMENTS = List.of("troops captured two soldiers in the region",
      "the strike hit a command post", "They are being held in appropriate conditions",
      "\u00abМы удерживаем позиции\u00bb", "포로들은 부상을 입었다", "communication was conducted through translators",
      "the offensive keeps troops from moving east", "No one spoke.");

  static final List<String> PUBLISHERS = List.of("Example Wire", "Test Courier", "Пример Ньюс", "예시 통신");

  static final List<String> CONTRIBUTORS = List.of("Jane Reporter", "Олег Кореспондент", "김기자", "Sam Editor");

  static final List<String> INJURIES = List.of("injury to his jaw", "broken leg", "shrapnel wounds", "burns");

  static final List<String> UNITS = List.of("Ukrainian special forces", "Ukrainian paratroopers", "a border unit");

  static final List<String> FORCES = List.of("North Korean army", "Russian armed forces", "Armed Forces of Ukraine");
}
