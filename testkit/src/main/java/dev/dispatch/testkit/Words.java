package dev.dispatch.testkit;

import dev.dispatch.place.PlaceKind;
import java.util.List;

/** The small built-in lists generators draw from. Synthetic: names stand for nobody. */
final class Words {
  private Words() {}

  static final List<String> PEOPLE = List.of("Anna Example", "Олена Приклад", "김예시", "Ivan Testov", "Марія Зразок",
      "박시험", "John Sample", "Дмитро Тестенко", "이가상", "Amira Placeholder");

  static final List<String> ROLES = List.of("spokesperson", "Defence Minister", "regional governor", "commander",
      "analyst", "представник", "대변인");

  static final List<String> PROTECTED_NAMES = List.of("Pak Hidden", "Ким Скрытый", "리비밀", "Ri Secret", "Ли Тайна");

  /** A place: printed name, canonical name or null, kind, ISO country. */
  record PlaceWord(String printed, String canonical, PlaceKind kind, String country) {}

  static final List<PlaceWord> PLACES = List.of(
      new PlaceWord("Kyiv", null, PlaceKind.CITY, "UA"),
      new PlaceWord("Kiev", "Kyiv", PlaceKind.CITY, "UA"),
      new PlaceWord("Kharkiv", null, PlaceKind.CITY, "UA"),
      new PlaceWord("Kursk region", "Kursk Oblast", PlaceKind.REGION, "RU"),
      new PlaceWord("Donetsk", null, PlaceKind.REGION, "UA"),
      new PlaceWord("Pyongyang", null, PlaceKind.CITY, "KP"),
      new PlaceWord("Seoul", null, PlaceKind.CITY, "KR"),
      new PlaceWord("Запоріжжя", "Zaporizhzhia", PlaceKind.CITY, "UA"),
      new PlaceWord("Белгород", "Belgorod", PlaceKind.CITY, "RU"),
      new PlaceWord("the eastern front", null, PlaceKind.FRONT, null));

  /** An organisation: name, abbreviation or null, kind, ISO country. */
  record OrgWord(String name, String abbreviation, String kind, String country) {}

  static final List<OrgWord> ORGANISATIONS = List.of(
      new OrgWord("Security Service of Ukraine", "SBU", "SECURITY_SERVICE", "UA"),
      new OrgWord("Ministry of Defence of Ukraine", null, "MILITARY", "UA"),
      new OrgWord("Министерство обороны России", null, "MILITARY", "RU"),
      new OrgWord("국가정보원", "NIS", "INTELLIGENCE", "KR"),
      new OrgWord("Example Monitoring Group", null, "NGO", null),
      new OrgWord("International Committee of the Red Cross", "ICRC", "INTERNATIONAL_BODY", null),
      new OrgWord("Example Wire", null, "MEDIA", null));

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
