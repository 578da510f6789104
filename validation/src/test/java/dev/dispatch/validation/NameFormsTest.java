package dev.dispatch.validation;

import static dev.dispatch.validation.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.testkit.Generator;
import dev.dispatch.testkit.Randomness;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Protected names generated in several scripts (Turkish, Polish and Nordic Latin, Greek,
 * Cyrillic, Devanagari with its vowel signs, Hangul with its particles, Han, kana, Thai, pointed
 * Arabic, names with a regnal number and a superscript, names of short words), printed in a text a
 * rule quotes in another case, form, transliteration, keyboard (Cyrillic lookalikes) or fragment,
 * with kashidas, in katakana, in running text of a script written without spaces, or cut by the
 * quote inside the name: the name is found in the text, and no violation's path or message holds
 * it or a fragment of it.
 *
 * <p>The check folds both sides its own way (compatibility decomposition, marks, superscripts,
 * kashidas and case dropped, letters with a stroke and Cyrillic lookalikes read as Latin letters,
 * katakana as hiragana), independently of {@link Words}.
 * The review's {@code ValLeak} reproducers are among the cases: "YILMAZ" for "Yılmaz", "Ivan IV²",
 * and Devanagari names whose vowel signs are combining marks ("सीता" alone).
 */
class NameFormsTest {

  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  /** A script a name is generated in: its name words, and whether its texts leave spaces between words. */
  private record Script(String label, boolean spaced, List<String> words) {
    Script(String label, boolean spaced, String... words) {
      this(label, spaced, List.of(words));
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static final Script HANGUL = new Script("Hangul", false, "철수", "영희", "민준", "비밀", "서연");
  private static final Script KANA = new Script("kana", false, "さくら", "ゆうき", "はると", "みさき");
  private static final Script HAN = new Script("Han", false, "山田", "太郎", "小明", "建国", "秀英");
  private static final Script REGNAL = new Script("regnal", true, "Ivan", "Pyotr", "Karl", "Olaf");
  /** Romanised names of short words, none looked for alone: only the whole name, and its start before a cut. */
  private static final Script SHORT = new Script("short words", true, "Ri", "Ok", "Li", "Na", "Wu", "An", "Yi");

  private static final List<Script> SCRIPTS = List.of(
      new Script("Turkish", true, "İbrahim", "Yılmaz", "Ağaoğlu", "Işık", "Şenol", "Çelik", "Öztürk", "Ünsal", "İlhan"),
      new Script("stroke", true, "Łukasz", "Wróbel", "Øyvind", "Hæge", "Đorđe", "Đurić", "Weiß", "Þórður", "Mœller"),
      new Script("Greek", true, "Οδυσσέας", "Παπαδόπουλος", "Σίσυφος", "Αλέξης", "Νίκος"),
      new Script("Cyrillic", true, "Дмитрий", "Ёлкин", "Щёкин", "Тайна", "Йовлев"),
      new Script("Devanagari", true, "सीता", "देवी", "राम", "पुरी", "शर्मा", "राहुल", "कृष्ण", "गौरव", "क़ादिर"),
      HANGUL,
      HAN,
      KANA,
      new Script("Thai", false, "สมชาย", "ใจดี", "ประยุทธ์", "วงศ์", "สุดา", "มณี"),
      new Script("Arabic", true, "عَلِيّ", "حَسَن", "مُحَمَّد", "فَاطِمَة", "يُوسُف", "خَالِد"),
      REGNAL, SHORT);

  /** A name: its words, some of which are short (a regnal number); the whole as the record holds it. */
  private record Name(Script script, List<String> words, List<Boolean> longWords) {
    String whole() {
      return String.join(" ", words);
    }
  }

  /** How a text prints a name. */
  private record Form(String label, UnaryOperator<String> print) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final Form AS_IS = new Form("as is", n -> n);
  private static final Form RUN_TOGETHER = new Form("run together", n -> n.replace(" ", ""));

  private static final List<Form> FORMS = List.of(AS_IS, RUN_TOGETHER,
      new Form("upper", n -> n.toUpperCase(Locale.ROOT)),
      new Form("lower", n -> n.toLowerCase(Locale.ROOT)),
      new Form("Turkish upper", n -> n.toUpperCase(TURKISH)),
      new Form("Turkish lower", n -> n.toLowerCase(TURKISH)),
      new Form("decomposed", n -> Normalizer.normalize(n, Normalizer.Form.NFD)),
      new Form("compatibility upper", n -> Normalizer.normalize(n.toUpperCase(Locale.ROOT), Normalizer.Form.NFKD)),
      new Form("ASCII", NameFormsTest::ascii),
      new Form("superscript flattened", n -> n.replace('²', '2').replace('³', '3').replace('¹', '1')),
      new Form("superscript dropped", n -> n.replace("²", "").replace("³", "").replace("¹", "")),
      new Form("unpointed", n -> n.replaceAll("[\u064B-\u065F\u0670]", "")),
      new Form("kashida", n -> n.replaceAll("(\\p{IsArabic})(?=\\p{IsArabic})", "$1\u0640")),
      new Form("katakana", n -> shift(n, 0x3041, 0x3096, 0x60)),
      new Form("Cyrillic keyboard", NameFormsTest::cyrillicKeyboard));

  /** {@code s} with the code points {@code from..to} moved by {@code by}. */
  private static String shift(String s, int from, int to, int by) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.appendCodePoint(c >= from && c <= to ? c + by : c));
    return b.toString();
  }

  private static final String LATIN = "aceopxyiABEHIKMOPCTXY";
  private static final String CYRILLIC = "асеорхуіАВЕНІКМОРСТХУ";

  /** Latin letters typed with their Cyrillic lookalikes, as on the wrong keyboard. */
  private static String cyrillicKeyboard(String s) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      int i = LATIN.indexOf(c);
      b.append(i >= 0 ? CYRILLIC.charAt(i) : c);
    }
    return b.toString();
  }

  /** One case: a name, how it is printed, whether alone one of its words, and where a quote cuts the text. */
  private record Case(Name name, Form form, int alone, int cut) {
    /** What the text prints of the name. */
    String printed() {
      String n = alone >= 0 ? name.words().get(alone) : name.whole();
      return form.print().apply(name.script().spaced() ? n : n.replace(" ", form.equals(AS_IS) ? " " : ""));
    }

    /** The text holding it: in running text of its script, or long enough that the quote cuts inside the name. */
    String text() {
      String printed = printed();
      if (name.script().equals(HAN)) {
        return "据" + printed + "的表弟说";
      }
      if (name.script().equals(KANA)) {
        return "記者は" + printed + "に会った";
      }
      if (name.script().equals(HANGUL)) {
        return "기자는 " + printed + "의 사촌을 만났다";
      }
      if (!name.script().spaced()) {
        return "ญาติของ" + printed + "กล่าว";
      }
      if (cut <= 0) {
        return "a cousin of " + printed + ", who asked not to be named";
      }
      int into = Math.min(cut, printed.length() - 1);
      StringBuilder prefix = new StringBuilder();
      while (prefix.length() < Quote.LONGEST - into - 1) {
        prefix.append("ab ");
      }
      prefix.setLength(Quote.LONGEST - into - 1);
      if (prefix.charAt(prefix.length() - 1) != ' ') {
        prefix.append(' ');
      }
      return prefix + printed + " was there";
    }

    @Override
    public String toString() {
      return form + " " + (alone >= 0 ? "word " + alone + " of " : "") + name.whole() + " cut " + cut + ": " + text();
    }
  }

  private static final Generator<Case> CASES = r -> {
    Script script = r.pick(SCRIPTS);
    Name name = name(script, r);
    Form picked = r.pick(FORMS);
    Form form = picked.equals(RUN_TOGETHER) && script.spaced() ? AS_IS : picked;
    List<Integer> longs = new ArrayList<>();
    for (int i = 0; i < name.words().size(); i++) {
      if (name.longWords().get(i)) {
        longs.add(i);
      }
    }
    int alone = name.words().size() > 1 && !longs.isEmpty() && r.oneIn(4) ? r.pick(longs) : -1;
    int cut = script.spaced() && r.nextBoolean() ? r.nextInt(1, name.whole().length()) : 0;
    return new Case(name, form, alone, cut);
  };

  private static Name name(Script script, Randomness r) {
    List<String> words = new ArrayList<>();
    List<Boolean> longWords = new ArrayList<>();
    int n = script.equals(HAN) && r.nextBoolean() ? 1 : r.nextInt(2, 3);
    for (int i = 0; i < n; i++) {
      words.add(script.equals(HAN) && n == 1 ? r.pick(script.words()) + r.pick(script.words()).substring(0, 1)
          : r.pick(script.words()));
      longWords.add(!script.equals(SHORT));
    }
    if (script.equals(REGNAL)) {
      words.set(1, r.pick("IV", "II", "VIII", "XII") + r.pick("²", "³", "¹", ""));
      longWords.set(1, false);
    }
    return new Name(script, words, longWords);
  }

  /** Letters with a stroke and ligatures as ASCII writes them, accents dropped. */
  private static String ascii(String s) {
    String t = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
        .replace("Đ", "D").replace("ð", "d").replace("Ð", "D").replace("æ", "ae").replace("Æ", "AE")
        .replace("œ", "oe").replace("Œ", "OE").replace("ß", "ss").replace("þ", "th").replace("Þ", "Th")
        .replace("ı", "i");
    return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("[\u0300-\u036F]", "");
  }

  /**
   * The check's own fold: superscripts, kashidas, marks and format characters dropped,
   * compatibility forms, case, strokes, Cyrillic lookalikes, katakana.
   */
  static String fold(String s) {
    String t = Normalizer.normalize(s.replaceAll("[¹²³⁰-⁹₀-₉\u0640]", ""), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder();
    t.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
        b.appendCodePoint(c);
      }
    });
    String lower = b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder();
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      int i = CYRILLIC.toLowerCase(Locale.ROOT).indexOf(c);
      latin.append(i >= 0 ? LATIN.toLowerCase(Locale.ROOT).charAt(i) : c);
    }
    return shift(Normalizer.normalize(ascii(latin.toString()), Normalizer.Form.NFC), 0x30A1, 0x30F6, -0x60);
  }

  private static final String NOT_A_LETTER = "(?<![\\p{L}])";
  private static final String NO_LETTER_AFTER = "(?![\\p{L}])";

  /** Words {@code from..to} of the name, folded, as a pattern: whole words in a spaced script, anywhere in another. */
  private static Pattern fragment(Name name, int from, int to) {
    List<String> words = new ArrayList<>();
    for (String w : name.words().subList(from, to)) {
      words.add(Pattern.quote(fold(w)));
    }
    if (!name.script().spaced()) {
      return Pattern.compile(String.join("\\s*", words));
    }
    return Pattern.compile(NOT_A_LETTER + String.join("[^\\p{L}\\p{N}]+", words) + NO_LETTER_AFTER);
  }

  /**
   * Fails if any violation holds the name, a long word of it, its first two words, or any first
   * words before a cut; in a script written without spaces, any two letters of a word of it (the
   * glue around the name shares no two letters with a name word).
   */
  private static void assertNotQuoted(List<Violation> violations, Name name, Object context) {
    List<Pattern> forbidden = new ArrayList<>();
    int n = name.words().size();
    forbidden.add(fragment(name, 0, n));
    for (int i = 0; i < n; i++) {
      if (name.longWords().get(i)) {
        forbidden.add(fragment(name, i, i + 1));
      }
    }
    if (n > 2) {
      forbidden.add(fragment(name, 0, 2));
    }
    List<Pattern> beforeCut = new ArrayList<>();
    for (int k = 1; k < n; k++) {
      beforeCut.add(Pattern.compile(fragment(name, 0, k).pattern() + "[^\\p{L}\\p{N}]*…"));
    }
    if (!name.script().spaced()) {
      for (String word : name.words()) {
        String letters = fold(word);
        for (int i = 0; i + 2 <= letters.length(); i++) {
          forbidden.add(Pattern.compile(Pattern.quote(letters.substring(i, i + 2))));
        }
      }
    }
    for (Violation v : violations) {
      String text = fold(v.path() + " " + v.message());
      for (Pattern p : forbidden) {
        assertFalse(p.matcher(text).find(), () -> "the protected name (" + p + ") in " + v + "; case " + context);
      }
      for (Pattern p : beforeCut) {
        assertFalse(p.matcher(text).find(), () -> "the start of the protected name (" + p + ") before a cut in " + v
            + "; case " + context);
      }
    }
  }

  private static Report report(Name name, String text) {
    return Base.base()
        .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
            .withIdentity(Identity.none().withName(Protected.known(name.whole()))))
        .addSources(Anonymous.builder().id(SourceId.of("s")).description(text).anonymity(Anonymity.GRANTED).build())
        .build();
  }

  @Test
  void propertyANameInAnyScriptCaseFormOrFragmentIsFoundAndNeverQuoted() {
    qt().withExamples(2_000).forAll(gen(CASES)).checkAssert(c -> {
      ValidationResult result = Validator.defaults().validate(report(c.name(), c.text()));
      assertEquals(List.of("sources[s].description"), result.withCode(Rules.PRISONER_NAME_LEARNABLE).stream()
          .map(Violation::path).collect(Collectors.toList()), () -> "found in the text: " + c);
      assertEquals(1, result.withCode(Rules.SOURCE_ANONYMOUS_NO_REASON).size(), c::toString);
      assertNotQuoted(result.violations(), c.name(), c);
    });
  }

  /** The review's {@code ValLeak} cases, each as it printed them. */
  @Test
  void theReviewsLeaksAreWithheld() {
    String[][] cases = {
        {"İbrahim Yılmaz", "YILMAZ's cousin"},
        {"İbrahim Yılmaz", "İbrahim  Yılmaz's cousin"},
        {"Ivan IV²", "Ivan IV²'s cousin"},
        {"Li IV²", "Li IV's cousin"},
        {"Li IV²", "LI IV2's cousin"},
        {"Ri Ok Li", "ab ".repeat(38) + "Ri Ok Li's cousin"},
        {"सीता देवी", "सीता's cousin"},
        {"राम शर्मा", "राम's cousin"},
        {"Łukasz Wróbel", "LUKASZ's cousin"},
        {"王小明", "据王小明的表弟说"},
        {"김 철수", "기자는 김철수의 사촌을 만났다"},
        {"김 철수", "철수는"},
        {"สมชาย ใจดี", "ญาติของสมชายกล่าว"},
    };
    for (String[] c : cases) {
      Report report = Base.base()
          .addPrisoners(Prisoner.of(PrisonerId.of("p"), Base.captured().build())
              .withIdentity(Identity.none().withName(Protected.known(c[0]))))
          .addSources(Anonymous.builder().id(SourceId.of("s")).description(c[1]).anonymity(Anonymity.GRANTED)
              .build())
          .build();
      ValidationResult result = Validator.defaults().validate(report);
      assertEquals(List.of("sources[s].description"), result.withCode(Rules.PRISONER_NAME_LEARNABLE).stream()
          .map(Violation::path).collect(Collectors.toList()), () -> String.join(" in ", c));
      List<String> quoted = result.withCode(Rules.SOURCE_ANONYMOUS_NO_REASON).stream().map(Violation::message)
          .map(m -> m.substring(0, m.indexOf(" is granted"))).collect(Collectors.toList());
      assertEquals(1, quoted.size());
      assertTrue(quoted.get(0).contains(ProtectedText.WITHHELD), () -> String.join(" in ", c) + ": " + quoted);
      List<String> words = List.of(c[0].split(" ", -1));
      for (String word : words) {
        if (word.length() > 2 || words.size() == 1) {
          assertFalse(fold(quoted.get(0)).contains(fold(word)), () -> String.join(" in ", c) + ": " + quoted);
        }
      }
      if (words.size() > 1) {
        String firstTwo = fold(words.get(0) + " " + words.get(1));
        assertFalse(fold(quoted.get(0)).contains(firstTwo), () -> String.join(" in ", c) + ": " + quoted);
      }
    }
  }
}
