package dev.dispatch.validation;

import static dev.dispatch.validation.Base.ANALYST;
import static dev.dispatch.validation.Base.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.Mode;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Protected values found wherever a report may print them, and never quoted. Over names in
 * several scripts (Turkish dotted and dotless i, German sharp s, Greek final sigma, Cyrillic,
 * Hangul, combining accents), printed in other cases and forms and placed in every text a rule
 * quotes, no violation's path or message ever holds the name, a word of it, or its holder's date
 * of birth in any printed form.
 */
class ProtectedNamesTest {

  /** Synthetic names; they stand for no one. */
  private static final List<String> NAMES = List.of("İlhan Yılmaz", "Jürgen Weiß", "Οδυσσέας Παπαδόπουλος",
      "Дмитрий Ёлкин", "리비밀", "Pak Testname", "Jose\u0301 Ejemplo", "O'Testy-Namesson", "Ли Тайна", "Ri Ok");

  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  /** How a text prints a name: as it is, in other cases (some of them Turkish), decomposed, its last word alone. */
  private static final List<UnaryOperator<String>> PRINTED = List.of(
      n -> n,
      n -> n.toUpperCase(Locale.ROOT),
      n -> n.toLowerCase(Locale.ROOT),
      n -> n.toUpperCase(TURKISH),
      n -> n.toLowerCase(TURKISH),
      n -> Normalizer.normalize(n, Normalizer.Form.NFD),
      n -> Normalizer.normalize(n.toUpperCase(Locale.ROOT), Normalizer.Form.NFKD),
      n -> n.replace("ß", "ss").replace("ς", "σ"),
      n -> n.substring(n.lastIndexOf(' ') + 1));

  private static final LocalDate BORN = LocalDate.of(1999, 3, 4);

  /** Dates of birth as texts print them. */
  private static final List<String> DATES = List.of("1999-03-04", "04.03.1999", "4 March 1999", "March 4, 1999",
      "4.3.1999", "03/04/1999", "4th of March 1999");

  /** The places a rule quotes a text from; the text holds {@code printed}. */
  private static Report quoting(String name, String printed, int where) {
    String text = "of " + printed + " (born " + DATES.get(Math.floorMod(where, DATES.size())) + ")";
    Report.Builder b = base()
        .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known(name)).withDateOfBirth(Protected.known(BORN))))
        .addPeople(Individual.builder().id(PersonId.of("brother")).description("his brother")
            .identity(Identity.none().withPartialName(Protected.known(name))).build());
    switch (where) {
      case 0 -> b.addSources(Anonymous.builder().id(SourceId.of("x")).description("a cousin " + text)
              .anonymity(Anonymity.GRANTED).build())
          .addStatements(Statement.builder().id(StatementId.of("q")).text("We are fed.")
              .attribution(Attribution.of(SourceId.of("x"), Mode.DIRECT_QUOTE)).build());
      case 1 -> b.addSources(Person.builder().id(SourceId.of("x")).name("Brother " + text).build())
          .addFigures(Base.killed("a", Count.exactly(5)).build(),
              Base.killed("b", Count.exactly(50)).attributions(List.of(Base.said(SourceId.of("x")))).build());
      case 2 -> b.addPlaces(Place.builder().id(PlaceId.of("street")).printedName("Street " + text).build());
      case 3 -> b.addStatements(Base.statement("s", ANALYST, "t").withEventTime(DateMention.unresolved("the day "
          + text)));
      case 4 -> b.addParties(Party.of(PartyId.of("side"), "Party " + text, PartyKind.ARMED_GROUP),
              Party.of(PartyId.of("other"), "Other", PartyKind.ARMED_GROUP))
          .addFigures(people("c1", 5), people("c2", 7))
          .addEvents(Event.builder().id(EventId.of("swap")).kind(EventKind.PRISONER_EXCHANGE)
              .exchange(Exchange.between(ExchangeSide.of(PartyId.of("side"), FigureId.of("c1"), FigureId.of("c2")),
                  ExchangeSide.of(PartyId.of("other")))).build());
      case 5 -> b.addFigures(Base.killed("f", Count.exactly(5)).addRelations(FigureRelation.shareOf(
          Proportion.percent(40), "the family " + text)).build());
      case 6 -> b.addContributors("Reporter " + text, "reporter  " + text);
      default -> b.addPrisoners(Prisoner.of(PrisonerId.of("carrier"), Base.captured()
          .addDocuments(Document.builder().kind("card " + text).issuedTo(IssuedTo.ANOTHER_PERSON)
              .holderDescription("a man " + text).holderName(Protected.known(name)).build()).build()));
    }
    return b.build();
  }

  private static Figure people(String id, long n) {
    return Figure.builder().id(FigureId.of(id)).measure(Measure.PEOPLE).addOutcomes(Outcome.EXCHANGED)
        .count(Count.exactly(n)).event(EventId.of("swap")).addAttributions(Base.said(ANALYST)).build();
  }

  /** What must not appear in any violation: the name and its words (three letters or more), in any form; the date. */
  static void assertNothingProtected(List<Violation> violations, String name, List<String> dates) {
    List<String> forbidden = new ArrayList<>();
    for (UnaryOperator<String> form : PRINTED.subList(0, PRINTED.size() - 1)) {
      forbidden.add(form.apply(name));
    }
    List<String> words = new ArrayList<>();
    Words.scan(name, (start, end) -> words.add(name.substring(start, end)));
    for (String word : words) {
      if (Words.letters(word) >= 3) {
        for (UnaryOperator<String> form : PRINTED) {
          forbidden.add(form.apply(word));
        }
      }
    }
    List<String> keys = Words.keys(name);
    for (Violation v : violations) {
      String text = v.path() + " " + v.message();
      String lower = text.toLowerCase(Locale.ROOT);
      String upper = text.toUpperCase(Locale.ROOT);
      for (String f : forbidden) {
        assertFalse(text.contains(f) || lower.contains(f.toLowerCase(Locale.ROOT))
            || upper.contains(f.toUpperCase(Locale.ROOT)), () -> "a protected name in: " + v);
      }
      List<String> found = Words.keys(text);
      for (Words.Run run : Words.runs(name)) {
        assertFalse(Words.letters(run.text()) >= 3 && Collections.indexOfSubList(found, run.keys()) >= 0,
            () -> "a word of a protected name in: " + v);
      }
      assertFalse((" " + String.join(" ", found) + " ").contains(" " + String.join(" ", keys) + " "),
          () -> "a protected name in: " + v);
      for (String date : dates) {
        assertFalse(text.contains(date), () -> "a protected date in: " + v);
      }
    }
  }

  @Test
  void propertyNoViolationEverHoldsAProtectedValue() {
    Validator validator = Validator.builder().spellings(Map.of()).build();
    qt().withExamples(1_000).forAll(integers().between(0, NAMES.size() - 1), integers().between(0, PRINTED.size() - 1),
        integers().between(0, 7)).checkAssert((n, form, where) -> {
          String name = NAMES.get(n);
          Report report = quoting(name, PRINTED.get(form).apply(name), where);
          Validator v = where == 2
              ? Validator.builder().spellings(Map.of(report.place(PlaceId.of("street")).orElseThrow().name(), "Street"))
                  .build()
              : validator;
          ValidationResult result = v.validate(report);
          assertNothingProtected(result.violations(), name, DATES);
          assertTrue(result.violations().stream().anyMatch(x -> x.message().contains(ProtectedText.WITHHELD)),
              () -> "a rule quotes the text, withheld: " + result);
        });
  }

  @Test
  void nameWordsAreFoldedAcrossScriptsAndForms() {
    assertEquals(List.of("ilhan", "yilmaz"), Words.keys("İlhan Yılmaz"));
    assertEquals(Words.keys("İlhan Yılmaz"), Words.keys("ILHAN YILMAZ"));
    assertEquals(Words.keys("İlhan Yılmaz"), Words.keys("ilhan yılmaz"));
    assertEquals(Words.keys("İlhan Yılmaz"), Words.keys("İlhan Yılmaz".toLowerCase(Locale.ROOT)));
    assertEquals(List.of("jurgen", "weiss"), Words.keys("Jürgen Weiß"));
    assertEquals(Words.keys("Jürgen Weiß"), Words.keys("JÜRGEN WEISS"));
    assertEquals(Words.keys("Weiß"), Words.keys("WEIẞ"));
    assertEquals(Words.keys("Οδυσσέας"), Words.keys("ΟΔΥΣΣΕΑΣ"));
    assertEquals(Words.keys("Οδυσσέας"), Words.keys("οδυσσεασ"));
    assertEquals(Words.keys("Дмитрий Ёлкин"), Words.keys("ДМИТРИЙ ЕЛКИН"));
    assertEquals(List.of("리", "비", "밀"), Words.keys("리비밀"), "Hangul syllable by syllable: words carry particles");
    assertEquals(Words.keys("리비밀"), Words.keys(Normalizer.normalize("리비밀", Normalizer.Form.NFD)));
    assertEquals(List.of("jose", "ejemplo"), Words.keys("Jose\u0301 Ejemplo"));
    assertEquals(List.of("o", "testy", "namesson"), Words.keys("O'Testy-Namesson"));
    assertEquals(Words.keys("ким скрытыи"), Words.keys("  КИМ,Скрытый!"));
    assertEquals(2, Words.keys("  КИМ,Скрытый!").size());
    assertEquals(List.of("ivan"), Words.keys("Іvаn"), "a Cyrillic І and а typed for Latin ones");
    assertEquals(Words.keys("BOPИC"), Words.keys("ВОРИС"), "capital lookalikes too");
    assertEquals(Words.keys("さくら"), Words.keys("サクラ"), "katakana as hiragana");
    assertEquals(Words.keys("علي"), Words.keys("عـلـي"), "a kashida is no letter");
    assertEquals(List.of("petrov"), Words.keys("Pe\u200Btrov"), "a zero-width space does not split a word");
    assertEquals(List.of("petrov"), Words.keys("ＰＥＴＲＯＶ"), "full-width letters");
    assertEquals(List.of("4", "3", "1999"), Words.keys("04.03.1999"));
    assertEquals(List.of("4", "of", "march", "1999"), Words.keys("4th of March, 1999"));
    assertEquals(6, Words.letters("리비밀"), "a Hangul syllable is a syllable");
    assertEquals(2, Words.letters("김"));
    assertEquals(4, Words.letters("सीता"), "vowel signs are letters, as in \"Sita\"");
    assertEquals(3, Words.letters("राम"));
    assertEquals(4, Words.letters("山田"), "an ideograph is a syllable");
    assertEquals(4, Words.letters("José"), "an accent is no letter");
    assertEquals(3, Words.letters("عَلِيّ"), "nor a vowel point");
    assertEquals(2, Words.letters("IV²"), "nor a digit");
    assertEquals(List.of("iv"), Words.keys("IV²"), "a superscript digit is dropped");
    assertEquals(List.of("iv", "2"), Words.keys("IV2"), "letters and digits are words of their own");
    assertEquals(List.of("4", "of", "march"), Words.keys("4th of March"), "but an ordinal suffix is not");
    assertEquals(List.of("4", "3", "1999"), Words.keys("٠٤.٠٣.١٩٩٩"), "digits of any script");
    assertEquals(List.of("lukasz", "orjan", "dorde", "aegir", "thor"), Words.keys("Łukasz Ørjan Đorđe Ægir Þór"));
    assertEquals(List.of("王", "小", "明", "说"), Words.keys("王小明说"), "a script without spaces, letter by letter");
    assertEquals(List.of("ส", "ม", "ช", "า", "ย", "ก", "ล", "า", "ว"), Words.keys("สมชายกล่าว"));
    assertEquals(List.of("철", "수", "는"), Words.keys(Normalizer.normalize("철수는", Normalizer.Form.NFD)));
  }

  /** The reviewer's first reproducer: a dotted capital I in a name an anonymous source's description holds. */
  @Test
  void aDottedCapitalIIsWithheldWhereARuleQuotesIt() {
    String name = "İlhan Yılmaz";
    Report report = Base.base().addPeople(Individual.builder().id(PersonId.of("m")).description("his mother")
            .identity(Identity.none().withName(Protected.known(name))).build())
        .addSources(Anonymous.builder().id(SourceId.of("s")).description(name).anonymity(Anonymity.GRANTED).build())
        .build();
    List<Violation> noReason = Validator.defaults().validate(report).withCode(Rules.SOURCE_ANONYMOUS_NO_REASON);
    assertEquals(List.of("[protected] is granted anonymity without a stated reason; say why (\"not authorised to "
        + "speak publicly\")"), noReason.stream().map(Violation::message).collect(Collectors.toList()));
    assertNothingProtected(Validator.defaults().validate(report).violations(), name, List.of());
  }

  /**
   * The reviewer's second and third: a surname alone, and a date of birth and a document number
   * printed in other forms, are found, and withheld where a rule quotes them.
   */
  @Test
  void aSurnameADateOfBirthAndANumberInOtherFormsAreFoundAndWithheld() {
    Report surname = Base.base()
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p1")).identity(Identity.none()
                .withName(Protected.withheld("blurred"))).build(),
            Prisoner.builder().id(PrisonerId.of("p2")).identity(Identity.none()
                .withName(Protected.known("Ivan Petrov"))).build())
        .addSources(Anonymous.builder().id(SourceId.of("s")).description("Petrov's cellmate")
            .anonymity(Anonymity.GRANTED).build())
        .headline("Captured soldier Petrov says he was sent to the front after a week").build();
    ValidationResult found = Validator.defaults().validate(surname);
    assertEquals(List.of("headline", "sources[s].description"), found.withCode(Rules.PRISONER_NAME_LEARNABLE)
        .stream().map(Violation::path).collect(Collectors.toList()));
    assertNothingProtected(found.violations(), "Ivan Petrov", List.of());

    Document card = Document.builder().kind("military ID").issuedTo(IssuedTo.ANOTHER_PERSON)
        .holderDescription("another man")
        .holderName(Protected.known("Aldar Dorzhiev").released(Protected.Release.ALREADY_PUBLIC))
        .holderDateOfBirth(Protected.known(BORN)).number(Protected.known("AB 123456")).build();
    Report printed = Base.base().addPrisoners(Prisoner.of(PrisonerId.of("p3"), Particulars.builder()
            .addDocuments(card).build()))
        .addSources(Anonymous.builder().id(SourceId.of("s2")).description("a soldier born 04.03.1999, card AB123456")
            .anonymity(Anonymity.GRANTED).build())
        .build();
    ValidationResult result = Validator.defaults().validate(printed);
    List<Violation> learnable = result.withCode(Rules.PRISONER_NAME_LEARNABLE);
    assertEquals(1, learnable.size(), result::toString);
    assertEquals("the known holder's date of birth of prisoners[p3].particulars.documents[0] and the known number "
        + "of prisoners[p3].particulars.documents[0] appear in this text", learnable.get(0).message()
        .substring(0, learnable.get(0).message().indexOf(';')));
    assertEquals(List.of("a soldier born [protected], card [protected] is granted anonymity without a stated reason; "
        + "say why (\"not authorised to speak publicly\")"), result.withCode(Rules.SOURCE_ANONYMOUS_NO_REASON).stream()
        .map(Violation::message).collect(Collectors.toList()));
    assertNothingProtected(result.violations(), "Aldar Dorzhiev", DATES);
    for (Violation v : result.violations()) {
      assertFalse(v.message().contains("123456"), v::toString);
    }
  }

  /**
   * The reviewer's fourth and fifth: a document holder's name in a statement, and a name in texts
   * the rule never read (a count's, a date's and a hedge's phrase, a facet label, a picture credit).
   * Before redaction, while the value is known, the rule finds them; redacting the record does not
   * remove them from the texts, which is why the finding is an error.
   */
  @Test
  void everyTextIsSearched() {
    Document card = Document.builder().kind("military ID").issuedTo(IssuedTo.ANOTHER_PERSON)
        .holderDescription("another man").holderName(Protected.known("Aldar Dorzhiev")).build();
    Report holder = Base.base().addPrisoners(Prisoner.of(PrisonerId.of("p4"), Particulars.builder()
            .addDocuments(card).build()))
        .addSources(OwnVoice.of(SourceId.of("o"), Voice.OBSERVATION))
        .addStatements(Statement.builder().id(StatementId.of("st"))
            .attribution(Attribution.of(SourceId.of("o"), Mode.MEDIA_OBSERVATION))
            .text("The card was issued to Aldar Dorzhiev of Kyzyl.").build())
        .build();
    assertEquals(List.of("statements[st].text"), Validator.defaults().validate(holder)
        .withCode(Rules.PRISONER_NAME_LEARNABLE).stream().map(Violation::path).collect(Collectors.toList()));

    Report unread = Base.base()
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("p5")).identity(Identity.none()
            .withName(Protected.known("Oleh Kuzma"))).build())
        .addPictureCredits("Photo: Oleh Kuzma's family")
        .addSources(OwnVoice.of(SourceId.of("o"), Voice.OBSERVATION))
        .addFigures(Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).addOutcomes(Outcome.CAPTURED)
            .count(Count.exactly(3).withPhrase("three, among them Oleh Kuzma"))
            .timeframe(Timeframe.during(DateMention.unresolved("the day Oleh Kuzma was taken")))
            .hedge(Hedge.of(HedgeKind.BELIEVED, "Oleh Kuzma's unit is believed to"))
            .addBreakdowns(Breakdown.partial(Part.of(Count.exactly(1), Facet.label("unit", "Oleh Kuzma's platoon"))))
            .addAttributions(Attribution.of(SourceId.of("o"), Mode.PARAPHRASE)).build())
        .build();
    assertEquals(List.of("pictureCredits[0]", "figures[f].count.phrase", "figures[f].timeframe.period.phrase",
        "figures[f].hedge.phrase", "figures[f].breakdowns[0].parts[0].facets[0].value"),
        Validator.defaults().validate(unread).withCode(Rules.PRISONER_NAME_LEARNABLE).stream().map(Violation::path)
            .collect(Collectors.toList()));
  }

  @Test
  void aNameIsMatchedAsWholeWords() {
    Report notAWord = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withPartialName(Protected.known("Ivan"))))
        .addPlaces(Place.builder().id(PlaceId.of("ivanovo")).printedName("Ivanovo").build())
        .addStatements(Base.statement("s", ANALYST, "He spoke of Ivanov, not of the prisoner.")).build();
    assertEquals(List.of(), Validator.defaults().validate(notAWord).withCode(Rules.PRISONER_NAME_LEARNABLE));
    Report released = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured()
            .addStatements(StatementId.of("s")).build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname")
                .released(Protected.Release.ALREADY_PUBLIC))))
        .addSources(Person.builder().id(SourceId.of("x")).name("Pak Testname").build())
        .addStatements(Base.statement("s", SourceId.of("x"), "Pak Testname said he was well.")).build();
    assertEquals(List.of(), Validator.defaults().validate(released).withCode(Rules.PRISONER_NAME_LEARNABLE),
        "a released name is not protected");
    Report internal = quoting("Pak Testname", "Pak Testname", 0);
    assertEquals(List.of(), Validator.builder().purpose(Purpose.INTERNAL).build().validate(internal)
        .withSeverity(Severity.ERROR));
  }

  /** One finding per text, naming every owner whose value it holds (a prisoner and his brother share a name). */
  @Test
  void oneFindingPerTextNamesEveryOwner() {
    Report report = quoting("Pak Testname", "Pak Testname", 0);
    List<Violation> found = Validator.defaults().validate(report).withCode(Rules.PRISONER_NAME_LEARNABLE);
    assertEquals(List.of("sources[x].description: the known name of prisoners[p], the known partial name of "
        + "people[brother] and the known date of birth of prisoners[p] appear in this text"),
        found.stream().map(v -> v.path() + ": " + v.message().substring(0, v.message().indexOf(';')))
            .collect(Collectors.toList()));
  }

  @Test
  void aMessageThatWouldQuoteAProtectedValueHasItWithheld() {
    Report report = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname"))))
        .addSources(Anonymous.builder().id(SourceId.of("x")).description("pak-TESTNAME's cellmate")
            .anonymity(Anonymity.UNIDENTIFIED).build())
        .addStatements(Statement.builder().id(StatementId.of("q")).text("We are fed.")
            .attribution(Attribution.of(SourceId.of("x"), Mode.DIRECT_QUOTE)).build())
        .build();
    List<Violation> quote = Validator.defaults().validate(report).withCode(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED);
    assertEquals(List.of("a direct quote from [protected]'s cellmate, who is not identified; name the speaker or "
        + "paraphrase"), quote.stream().map(Violation::message).collect(Collectors.toList()));
    Rule rule = RulesTest.rule(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED);
    assertEquals(quote, Findings.run(rule, report, Settings.defaults()).violations(),
        "run alone, the rule's findings are withheld as the validator's are");
  }

  @Test
  void descriptionsAreSearchedButNotCompared() {
    Report report = base().addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known("Pak Testname"))))
        .addFigures(Base.killed("f", Count.exactly(1)).population(Population.builder()
            .description("the unit of Pak Testname").side(Base.RU).build()).build()).build();
    assertEquals(List.of("figures[f].population.description"), Validator.defaults().validate(report)
        .withCode(Rules.PRISONER_NAME_LEARNABLE).stream().map(Violation::path).collect(Collectors.toList()));
  }

  /**
   * A quote cut inside a protected value keeps only its start, which is no value whole: the first
   * words of a name of short words, the first characters of a document number. The start is
   * withheld.
   */
  @Test
  void aQuoteCutInsideAValueWithholdsItsStart() {
    String before = "xy ".repeat(37) + "x ";
    Document card = Document.builder().kind("military ID").number(Protected.known("AB 123 456")).build();
    Report report = base()
        .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().addDocuments(card).build())
            .withIdentity(Identity.none().withName(Protected.known("Ri Ok Li"))))
        .addSources(Anonymous.builder().id(SourceId.of("n")).description(before + "Ri Ok Li and others")
                .anonymity(Anonymity.GRANTED).build(),
            Anonymous.builder().id(SourceId.of("d")).description(before + "AB 123 456 was his card")
                .anonymity(Anonymity.GRANTED).build())
        .build();
    assertEquals(Quote.LONGEST, (before + "AB 123 ").length(), "the cut falls in the last word of each");
    List<String> quoted = Validator.defaults().validate(report).withCode(Rules.SOURCE_ANONYMOUS_NO_REASON).stream()
        .map(v -> v.message().substring(0, v.message().indexOf(" is granted"))).collect(Collectors.toList());
    assertEquals(List.of(before + "[protected]…", before + "[protected]…"), quoted);
  }

  /** A quote is cut at the end of a word, never inside one; a first word too long is left out. */
  @Test
  void longTextsAreQuotedShortAndNeverInsideAWord() {
    String longWord = "x".repeat(200);
    assertEquals("…", Quote.text(longWord));
    String words = "word ".repeat(40) + "Petrov";
    String quoted = Quote.text(words);
    assertTrue(quoted.length() <= Quote.LONGEST + 1, quoted);
    assertTrue(quoted.endsWith("word…"), quoted);
    String cut = "a".repeat(Quote.LONGEST - 3) + " Petrov and more";
    assertEquals("a".repeat(Quote.LONGEST - 3) + "…", Quote.text(cut));
  }
}
