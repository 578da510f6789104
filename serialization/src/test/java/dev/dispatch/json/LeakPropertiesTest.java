package dev.dispatch.json;

import static dev.dispatch.json.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.Generator;
import dev.dispatch.testkit.Generators;
import dev.dispatch.testkit.Randomness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over generated reports whose every protected field is known and not released: no protected
 * value's text reaches toString(), public JSON (preserved unknown properties included), or an
 * exception's message, toString or causes on any reading path.
 */
class LeakPropertiesTest {
  private final DispatchJson json = DispatchJson.create();

  /** A generated report with secrets; the secrets are unique to it, in Latin, Cyrillic and Hangul. */
  record Exposed(Report report, List<String> secrets) {}

  static Generator<Exposed> exposed() {
    return r -> {
      Report base = Generators.reports(6).generate(r);
      long tag = r.next(100_000, 999_999);
      List<String> secrets = new ArrayList<>();
      List<Prisoner> prisoners = new ArrayList<>();
      for (Prisoner p : base.prisoners()) {
        prisoners.add(p.withIdentity(identity(r, tag, p.id().value(), secrets))
            .withParticulars(documents(p.particulars(), tag, secrets)));
      }
      List<Individual> people = new ArrayList<>();
      for (Individual i : base.people()) {
        people.add(i.withIdentity(identity(r, tag, i.id().value(), secrets)));
      }
      List<UnlinkedFacts> unlinked = base.unlinked().stream().map(u -> UnlinkedFacts.of(u.among(),
          u.shares().stream().map(s -> documents(s, tag, secrets)).toList())).toList();
      return new Exposed(Copies.report(base).prisoners(prisoners).people(people).unlinked(unlinked).build(), secrets);
    };
  }

  /** A known identity, unique to {@code tag} and {@code id}: a full name, a partial name, a date of birth, a face. */
  private static Identity identity(Randomness r, long tag, String id, List<String> secrets) {
    String name = r.pick("Пак", "박", "Pak") + " Secret" + tag + id;
    String partial = r.pick("Сун", "순", "Sun") + "Partial" + tag + id;
    LocalDate born = LocalDate.of(1900 + (int) (tag % 100), 1 + (int) (tag % 12), 1 + (int) (tag % 28));
    String face = "face" + tag + id;
    secrets.addAll(List.of(name, partial, born.toString(), face));
    return Identity.none().withName(Protected.known(name)).withPartialName(Protected.known(partial))
        .withDateOfBirth(Protected.known(born)).withFace(Protected.known(face));
  }

  private static Particulars documents(Particulars p, long tag, List<String> secrets) {
    List<Document> docs = new ArrayList<>();
    for (Document d : p.documents()) {
      String holder = "Holder" + tag + "-" + docs.size();
      String number = "No" + tag + "-" + docs.size();
      secrets.add(holder);
      secrets.add(number);
      docs.add(Copies.document(d).holderName(Protected.known(holder)).number(Protected.known(number)).build());
    }
    return Copies.particulars(p, docs).build();
  }

  private static void none(String text, List<String> secrets, String where) {
    for (String s : secrets) {
      assertFalse(text.contains(s), () -> where + " leaks a protected value");
    }
  }

  @Test
  void propertyNoProtectedValueInToStringOrPublicJson() {
    qt().withExamples(1_000).forAll(gen(exposed())).checkAssert(e -> {
      Report r = e.report();
      none(r.toString(), e.secrets(), "Report.toString");
      r.prisoners().forEach(p -> {
        none(p.toString(), e.secrets(), "Prisoner.toString");
        none(p.identity().toString(), e.secrets(), "Identity.toString");
        p.particulars().documents().forEach(d -> none(d.toString(), e.secrets(), "Document.toString"));
      });
      r.people().forEach(p -> none(p.toString() + p.identity(), e.secrets(), "Individual.toString"));
      r.unlinked().forEach(u -> none(u.toString(), e.secrets(), "UnlinkedFacts.toString"));
      none(json.write(r), e.secrets(), "public JSON");
      none(json.mapper().writeValueAsString(r), e.secrets(), "the mapper's JSON");
      none(json.write(r.redacted(), View.INTERNAL), e.secrets(), "the redacted report's internal JSON");
      none(json.write(json.readPreserving(json.write(r, View.INTERNAL)), View.PUBLIC), e.secrets(),
          "the public view of a preserved report");
      for (Individual person : r.people()) {
        none(json.mapper().writeValueAsString(person), e.secrets(), "a person through the mapper");
      }
      java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
      try (NdjsonWriter w = json.ndjsonWriter(lines, View.PUBLIC)) {
        w.write(r);
      }
      none(lines.toString(java.nio.charset.StandardCharsets.UTF_8), e.secrets(), "public NDJSON");
    });
  }

  /** Ways to break the text of a quoted protected value {@code "S"}, as a corrupted feed would. */
  static List<String> corruptions(String document, String secret) {
    String quoted = "\"" + secret + "\"";
    int at = document.indexOf(quoted);
    int half = Math.max(1, secret.length() / 2);
    return List.of(
        document.replace(quoted, "1" + secret.length()),                                   // a number instead
        document.replace(quoted, secret),                                                   // unquoted: a bad token
        document.substring(0, at + 1 + half),                                               // cut inside the value
        document.substring(0, at) + secret + "\"" + document.substring(at + quoted.length()), // opening quote lost
        document.substring(0, at + quoted.length() - 1) + document.substring(at + quoted.length()), // closing quote lost
        document.replace(quoted, "\"" + secret.substring(0, half) + "\u0001" + secret.substring(half) + "\""),
        document.replace(quoted, "\"\\q" + secret + "\""),                                  // a bad escape
        document.replace("\"state\":\"known\",\"value\":" + quoted, "\"state\":" + quoted));  // in a code's place
  }

  /** The texts an exception shows: message and toString, its causes' too. */
  static List<String> shown(Throwable e) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    return texts;
  }

  /** A secret and its first word (a name's given name): neither may be shown. */
  private static void noneShown(Throwable e, List<String> secrets, String where) {
    for (String text : shown(e)) {
      for (String secret : secrets) {
        String first = secret.split(" ", -1)[0];
        assertFalse(text.contains(secret) || text.contains(first), () -> where + " shows a protected value: " + text);
      }
    }
  }

  /**
   * Issue 12, item 9: every protected value of the internal JSON broken each of eight ways and
   * read on every path the library offers (the facade, its mapper, and a mapper of the user's own
   * that even includes the source in locations): the facade fails with DispatchJsonException, the
   * mappers with a Jackson exception, and no message, toString or cause shows the value or its
   * first word.
   */
  @Test
  void propertyNoProtectedValueInErrorMessages() {
    JsonMapper own = JsonMapper.builder().addModule(new DispatchModule())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    qt().withExamples(300).forAll(gen(exposed())).checkAssert(e -> {
      String internal = json.write(e.report(), View.INTERNAL);
      int k = 0;
      for (String secret : e.secrets()) {
        if (!internal.contains("\"" + secret + "\"")) {
          continue;
        }
        List<String> broken = corruptions(internal, secret);
        // Each secret two ways, rotating: over the examples every way is taken many times.
        for (String doc : List.of(broken.get(k % broken.size()), broken.get((k + 3) % broken.size()))) {
          if (doc.equals(internal)) {
            continue;
          }
          noneShown(assertThrows(DispatchJsonException.class, () -> json.read(doc)), e.secrets(), "the facade");
          noneShown(assertThrows(JacksonException.class, () -> json.mapper().readValue(doc, Report.class)),
              e.secrets(), "DispatchJson.mapper()");
          noneShown(assertThrows(JacksonException.class, () -> own.readValue(doc, Report.class)), e.secrets(),
              "a mapper of the user's own");
          noneShown(assertThrows(DispatchJsonException.class, () -> json.readPreserving(doc)), e.secrets(),
              "the preserving reader");
          try (NdjsonReader lines = json.ndjsonReader(new java.io.ByteArrayInputStream(
              (doc.replace('\n', ' ') + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), NdjsonReader.OnError.COLLECT)) {
            assertEquals(0, lines.stream().count());
            lines.errors().forEach(x -> noneShown(x, e.secrets(), "the NDJSON reader"));
          }
        }
        k++;
      }
    });
  }

  /** Where a corrupted feed may put a property name that is itself personal data, or a line of a forged log. */
  static List<String> namedCorruptions(String document, String name) {
    String quoted = ReadState.quote(new StringBuilder(), name).toString();
    return List.of(
        document.replace("\"headline\":", quoted + ":1,\"headline\":"),                   // unknown at the root
        document.replace("\"state\":\"known\",", "\"state\":\"known\"," + quoted + ":{},"),  // inside a protected value
        document.replace("\"particulars\":{", "\"particulars\":{" + quoted + " 1,"),        // malformed after it
        document.replace("\"headline\":", quoted + ":{\"a\":[1,2,}],\"headline\":"),       // malformed inside its value
        document.replace("\"headline\":", quoted + ":1," + quoted + ":2,\"headline\":"),  // given twice
        document.replace("\"headline\":", quoted + ":{\"x\":1,\"x\":2},\"headline\":"), // a duplicate inside it
        document.replace("\"headline\":", quoted + ":\"" + "y".repeat(1_100) + "\",\"headline\":")); // beyond a limit
  }

  /**
   * Item 4: a property name the format does not define may itself be personal data (a name used
   * as a key) or carry control characters (a forged log line): no message, pointer, Jackson path
   * or toString of any error, on any reading path, shows it, strict or preserving. Names the
   * format defines are still shown.
   */
  @Test
  void propertyNoUnknownPropertyNameInErrors() {
    JsonMapper own = JsonMapper.builder().addModule(new DispatchModule())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    DispatchJson small = DispatchJson.create(new Limits(256, 1_024, 16_000_000, 32, 256, 1_000_000));
    qt().withExamples(100).forAll(gen(exposed())).checkAssert(e -> {
      String internal = json.write(e.report(), View.INTERNAL);
      String secret = e.secrets().isEmpty() ? "Kim Chol-jin" : e.secrets().get(0);
      Map<String, List<String>> names = Map.of(secret, List.of(secret, secret.split(" ", -1)[0]),
          "x\n2026-01-01 INFO admin login ok\u001b[2K", List.of("admin login", "\u001b"),
          secret.replace(" ", ""), List.of(secret.replace(" ", "")));
      for (Map.Entry<String, List<String>> named : names.entrySet()) {
        String name = named.getKey();
        List<String> shownNot = named.getValue();
        for (String doc : namedCorruptions(internal, name)) {
          if (doc.equals(internal)) {
            continue;
          }
          List<Throwable> errors = new ArrayList<>();
          errors.add(assertThrows(DispatchJsonException.class, () -> small.read(doc)));
          errors.add(assertThrows(JacksonException.class, () -> small.mapper().readValue(doc, Report.class)));
          errors.add(assertThrows(JacksonException.class, () -> own.readValue(doc, Report.class)));
          try {
            small.readPreserving(doc);
          } catch (DispatchJsonException x) {
            errors.add(x);
          }
          try (NdjsonReader lines = small.ndjsonReader(new java.io.ByteArrayInputStream(
              (doc.replace('\n', ' ') + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), NdjsonReader.OnError.COLLECT)) {
            assertEquals(0, lines.stream().count());
            errors.addAll(lines.errors());
          }
          for (Throwable x : errors) {
            List<String> texts = new ArrayList<>(shown(x));
            if (x instanceof DispatchJsonException d) {
              texts.add(d.pointer());
              texts.add(d.expected());
            }
            if (x instanceof JacksonException j) {
              texts.add(j.getPathReference());
            }
            for (String text : texts) {
              for (String not : shownNot) {
                assertFalse(text.contains(not), () -> "an error shows an unknown property name: " + text);
              }
            }
          }
        }
      }
    });
  }

  /** Item 4: writing back a preserved document, a refusal inside an unknown property names neither it nor its value. */
  @Test
  void aRefusalInsideAnUnknownPropertyShowsNoName() {
    String doc = json.write(Fixtures.withKnownProtectedValues(), View.INTERNAL)
        .replace("\"headline\":", "\"Kim Chol-jin\":{\"alias\":\"" + "z".repeat(2_000) + "\"},\"headline\":");
    Preserved<Report> read = json.readPreserving(doc);
    DispatchJson small = DispatchJson.create(new Limits(256, 1_024, 16_000_000, 32, 256, 1_000_000));
    DispatchJsonException e = assertThrows(DispatchJsonException.class, () -> small.write(read, View.INTERNAL));
    assertEquals("", e.pointer(), e.getMessage());
    assertTrue(e.getMessage().contains("the limit on string length (1024 chars)"), e.getMessage());
    assertFalse(e.getMessage().contains("Kim") || e.getMessage().contains("alias"), e.getMessage());
  }

  /**
   * Issue 12, item 7: unknown properties may hold protected data the reader cannot recognise (an
   * alias with a known value, a transliteration inside a known name): the public view of a
   * preserved document writes none of them; the internal view writes them back.
   */
  @Test
  void propertyNoUnknownPropertyInThePublicView() {
    qt().withExamples(300).forAll(gen(exposed())).checkAssert(e -> {
      String internal = json.write(e.report(), View.INTERNAL);
      List<String> planted = new ArrayList<>();
      StringBuilder doc = new StringBuilder(internal);
      int n = 0;
      List<Integer> places = new ArrayList<>();
      for (String anchor : List.of("\"particulars\":{", "\"state\":\"known\",", "\"identity\":{")) {
        for (int at = internal.indexOf(anchor); at >= 0; at = internal.indexOf(anchor, at + 1)) {
          places.add(at + anchor.length());
        }
      }
      places.sort(java.util.Comparator.reverseOrder());
      for (int at : places) {
        String secret = "Alias" + n++ + "x" + e.secrets().size();
        planted.add(secret);
        doc.insert(at, "\"extra\":{\"state\":\"known\",\"value\":\"" + secret + "\"},");
      }
      Preserved<Report> read = json.readPreserving(doc.toString());
      List<String> all = new ArrayList<>(e.secrets());
      all.addAll(planted);
      none(json.write(read, View.PUBLIC), all, "the public view of a preserved report");
      none(read.toString(), all, "Preserved.toString");
      String back = json.write(read, View.INTERNAL);
      for (String secret : planted) {
        assertTrue(back.contains(secret), "the internal view keeps what it read");
      }
    });
  }
}
