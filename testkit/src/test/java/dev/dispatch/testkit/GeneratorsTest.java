package dev.dispatch.testkit;

import static dev.dispatch.testkit.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.report.Report;
import dev.dispatch.time.DateValue;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core's properties over generated values, and the generators' own promises. */
class GeneratorsTest {

  @Test
  void theSameSeedGivesTheSameReports() {
    List<Report> a = Generators.reports(8).sample(42, 20);
    assertEquals(a, Generators.reports(8).sample(42, 20));
    assertNotEquals(a, Generators.reports(8).sample(43, 20));
  }

  @Test
  void propertyGeneratedReportsKeepTheirInvariantsWhenRebuilt() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      Report rebuilt = rebuild(r);
      assertEquals(r, rebuilt);
      assertEquals(r.hashCode(), rebuilt.hashCode());
      r.statements().forEach(s -> s.references().forEach(id -> assertTrue(r.contains(id), id::toString)));
    });
  }

  @Test
  void propertyCountOverlapIsSymmetricAndAgreesWithTheBounds() {
    qt().withExamples(1_000).forAll(gen(Generators.counts()), gen(Generators.counts())).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a));
      assertEquals(a.contradicts(b), b.contradicts(a));
      assertEquals(!a.overlaps(b), a.contradicts(b));
      long witness = Math.max(a.lowerBound(), b.lowerBound());
      assertEquals(a.contains(witness) && b.contains(witness), a.overlaps(b));
      a.upperBound().ifPresent(high -> assertTrue(a.lowerBound() <= high));
    });
  }

  @Test
  void propertyCountsKeepTheirPhrase() {
    qt().withExamples(1_000).forAll(gen(Generators.counts())).checkAssert(c -> {
      Count plain = c.withoutPhrase();
      assertEquals(c.qualifier(), plain.qualifier());
      assertEquals(c.lowerBound(), plain.lowerBound());
    });
  }

  @Test
  void propertyEdtfFormatThenParseIsIdentity() {
    qt().withExamples(1_000).forAll(gen(Generators.dateValues())).checkAssert(v -> assertEquals(v, DateValue.parse(v.toEdtf())));
    qt().withExamples(1_000).forAll(gen(Generators.partialDates())).checkAssert(v -> assertEquals(v, DateValue.parse(v.toEdtf())));
  }

  @Test
  void everyElementGeneratorMakesValidValues() {
    Randomness r = Randomness.seeded(7);
    for (int i = 0; i < 200; i++) {
      assertTrue(Generators.sources().generate(r).label().length() > 0);
      assertTrue(Generators.places().generate(r).printedName().length() > 0);
      assertTrue(Generators.figures().generate(r).count().lowerBound() >= 0);
      assertTrue(Generators.prisoners().generate(r).id().value().startsWith("p"));
      assertTrue(Generators.statements().generate(r).attribution().links().size() >= 1);
      assertTrue(Generators.dateMentions().generate(r).phrase().isPresent());
    }
  }

  @Test
  void reportsIncludeNonAsciiNamesAndProtectedValues() {
    List<Report> reports = Generators.reports(8).sample(1, 200);
    String all = reports.stream().map(Report::toString).collect(Collectors.joining());
    assertTrue(all.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), "Cyrillic");
    assertTrue(all.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HANGUL_SYLLABLES), "Hangul");
    assertTrue(reports.stream().flatMap(r -> r.prisoners().stream()).anyMatch(p -> p.identity().name().isKnown()),
        "known names");
    assertTrue(reports.stream().anyMatch(r -> r.published().isEmpty()) && reports.stream().anyMatch(r -> r.published().isPresent()));
  }

  @Test
  void fixturesAreWhatTheySay() {
    assertEquals("an unidentified doctor", Fixtures.anonymousSource().description());
    assertEquals(2, Fixtures.chainedAttribution().links().size());
    assertEquals(93, Fixtures.rangeFigure().count().upperBound().getAsLong());
    assertEquals(dev.dispatch.privacy.Protected.State.WITHHELD,
        Fixtures.prisonerWithWithheldName().identity().name().state());
  }

  /** The report built anew through the public builder, element by element. */
  static Report rebuild(Report r) {
    Report.Builder b = Report.builder().id(r.id()).publisher(r.publisher()).language(r.language())
        .addContributors(r.contributors().toArray(new String[0]))
        .addPictureCredits(r.pictureCredits().toArray(new String[0])).truncated(r.truncated())
        .places(r.places()).parties(r.parties()).sources(r.sources()).people(r.people()).events(r.events())
        .statements(r.statements()).figures(r.figures()).prisoners(r.prisoners()).unlinked(r.unlinked())
        .addUpdates(r.updates().toArray(new dev.dispatch.report.Update[0]));
    r.url().ifPresent(b::url);
    r.headline().ifPresent(b::headline);
    r.standfirst().ifPresent(b::standfirst);
    r.credit().ifPresent(b::credit);
    r.published().ifPresent(b::published);
    r.dateline().ifPresent(b::dateline);
    r.syndication().ifPresent(b::syndication);
    return b.build();
  }
}
