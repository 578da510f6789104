package dev.dispatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.fixture.Expect;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.place.Place;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, items 1 and 2: input within every limit must not stall a worker. The graph checks a
 * report runs at construction (cycles, references) are linear and iterative, so long chains and
 * densely shared structures build quickly and without a deep call stack. Each {@link Timeout} is a
 * hang guard far above the fixed cost, the only timing check these tests make.
 */
class BoundedCostTest {

  private static final int LONG = 20_000;

  /**
   * A family of reports whose elements each point at the one (or two) before: open, it builds;
   * closed (the first points at the last), it is a cycle through every element.
   */
  interface Chain {
    Report.Builder build(int length, boolean closed);
  }

  static Stream<Arguments> chains() {
    return Stream.of(
        chain("40 collectives, each listing the previous two", 40, BoundedCostTest::collectives,
            "Report.sources[c0]: parent or member chain cycles back to \"c0\""),
        chain("2,000 collectives, each listing the previous two", 2_000, BoundedCostTest::collectives,
            "Report.sources[c0]: parent or member chain cycles back to \"c0\""),
        chain("organisation parents, 20,000 links", LONG, BoundedCostTest::organisations,
            "Report.sources[o0]: parent or member chain cycles back to \"o0\""),
        chain("places within places, 20,000 links", LONG, BoundedCostTest::places,
            "Report.places[p0]: \"within\" chain cycles back to \"p0\""),
        chain("parties part of parties, 20,000 links", LONG, BoundedCostTest::parties,
            "Report.parties[x0]: member-of, part-of or controlled-by chain cycles back to \"x0\""),
        chain("figures revising figures, 20,000 links", LONG, BoundedCostTest::figures,
            "Report.figures[f0]: revises, share-of or sum-of chain cycles back to \"f0\""));
  }

  private static Arguments chain(String name, int length, Chain chain, String cycle) {
    return Arguments.of(name, length, chain, cycle);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anOpenChainBuilds(String name, int length, Chain chain, String cycle) {
    Report report = chain.build(length, false).build();
    assertEquals(length, report.sources().size() + report.places().size() + report.parties().size()
        + report.figures().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void closingTheChainIsACycleNamingItsFirstElement(String name, int length, Chain chain, String cycle) {
    Expect.rejects(cycle, () -> chain.build(length, true).build());
  }

  private static Report.Builder report() {
    return Report.builder().id(ReportId.of("r")).publisher("Publisher").language("en");
  }

  /** Element {@code i} points back at {@code i - 1}; element 0 at the last one when closed, else at none. */
  private static <T> List<T> linked(int length, boolean closed, IntFunction<T> free, IntFunction<T> pointing) {
    List<T> elements = new ArrayList<>(length);
    elements.add(closed ? pointing.apply(length) : free.apply(0));
    for (int i = 1; i < length; i++) {
      elements.add(pointing.apply(i));
    }
    return elements;
  }

  private static Report.Builder collectives(int length, boolean closed) {
    List<Collective> collectives = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      Collective.Builder c = Collective.builder().id(SourceId.of("c" + i)).description("sources " + i);
      if (i == 0 && closed) {
        c.addMembers(SourceId.of("c" + (length - 1)));
      }
      for (int member = Math.max(0, i - 2); member < i; member++) {
        c.addMembers(SourceId.of("c" + member));
      }
      collectives.add(c.build());
    }
    return report().sources(collectives);
  }

  private static Report.Builder organisations(int length, boolean closed) {
    return report().sources(linked(length, closed, i -> organisation(i).build(),
        i -> organisation(i % length).parent(SourceId.of("o" + (i - 1))).build()));
  }

  private static Organisation.Builder organisation(int i) {
    return Organisation.builder().id(SourceId.of("o" + i)).name("unit " + i).kind(OrganisationKind.MILITARY);
  }

  private static Report.Builder places(int length, boolean closed) {
    return report().places(linked(length, closed, i -> place(i).build(),
        i -> place(i % length).within(PlaceId.of("p" + (i - 1))).build()));
  }

  private static Place.Builder place(int i) {
    return Place.builder().id(PlaceId.of("p" + i)).printedName("place " + i);
  }

  private static Report.Builder parties(int length, boolean closed) {
    return report().parties(linked(length, closed, i -> party(i),
        i -> party(i % length).plusRelation(PartyRelation.of(PartyRelation.Kind.PART_OF, PartyId.of("x" + (i - 1))))));
  }

  private static Party party(int i) {
    return Party.of(PartyId.of("x" + i), "brigade " + i, PartyKind.ARMED_FORCES);
  }

  private static Report.Builder figures(int length, boolean closed) {
    return report().figures(linked(length, closed, i -> toll(i).build(),
        i -> toll(i % length).addRelations(FigureRelation.revises(FigureId.of("f" + (i - 1)))).build()));
  }

  private static Figure.Builder toll(int i) {
    return Figure.builder().id(FigureId.of("f" + i)).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.atLeast(i));
  }

  // --- parts nested to the limit -------------------------------------------------------------

  /** A part nested {@code levels} deep: each level one part, broken down into the next. */
  private static Part nested(int levels) {
    Part part = Part.of(Count.exactly(1), Facet.label("level", "1"));
    for (int level = 2; level <= levels; level++) {
      part = Part.of(Count.exactly(1), Facet.label("level", Integer.toString(level)))
          .plusBreakdown(Breakdown.partial(part));
    }
    return part;
  }

  private static Report withFigureOf(Breakdown breakdown) {
    return report().addFigures(Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.KILLED).count(Count.atLeast(1)).addBreakdowns(breakdown).build()).build();
  }

  @Test
  void partsNestToTheLimitAndNoFurther() {
    Part deepest = nested(Breakdown.MAX_DEPTH);
    assertEquals(Breakdown.MAX_DEPTH, deepest.depth());
    assertEquals(Breakdown.MAX_DEPTH, Breakdown.partial(deepest).depth());
    Expect.rejects("Breakdown.parts: expected parts nested at most " + Breakdown.MAX_DEPTH + " deep, got "
        + (Breakdown.MAX_DEPTH + 1), () -> Breakdown.partial(nested(Breakdown.MAX_DEPTH + 1)));
    Expect.rejects("Breakdown.parts: expected parts nested at most " + Breakdown.MAX_DEPTH + " deep, got "
        + (Breakdown.MAX_DEPTH + 1), () -> Breakdown.complete(Part.of(Count.exactly(1), Facet.label("level", "0")),
        nested(Breakdown.MAX_DEPTH + 1)));
  }

  /**
   * Building, checking, comparing and printing a report whose parts nest to the limit needs only a
   * small call stack: nothing recurses on more than the bounded nesting depth.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void partsNestedToTheLimitNeedNoDeepStack() throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        Report report = withFigureOf(Breakdown.partial(nested(Breakdown.MAX_DEPTH)));
        Report again = withFigureOf(Breakdown.partial(nested(Breakdown.MAX_DEPTH)));
        assertEquals(report, again);
        assertEquals(report.hashCode(), again.hashCode());
        assertEquals(report.toString(), again.toString());
        assertEquals(List.of(), report.figures().get(0).references());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", 256 * 1024);
    small.start();
    small.join();
    assertNull(failure.get(), () -> "failed on a 256 KB stack: " + failure.get());
  }

  /**
   * Parts are values and may be shared: two parts at each level breaking down into the same
   * breakdown make 2^32 paths through 64 parts, which writing, comparing or printing the figure
   * would walk. Construction counts parts at each place they appear and refuses more than
   * {@link Breakdown#MAX_PARTS}, long before the paths explode.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void sharedPartsAreBoundedAtConstruction() {
    Breakdown shared = Breakdown.partial(Part.of(Count.exactly(1), Facet.place(PlaceId.of("kharkiv"))));
    int level = 2;
    try {
      for (; level <= Breakdown.MAX_DEPTH; level++) {
        String name = Integer.toString(level);
        shared = Breakdown.complete(
            Part.of(Count.atLeast(1), Facet.label("left", name)).plusBreakdown(shared),
            Part.of(Count.atLeast(1), Facet.label("right", name)).plusBreakdown(shared));
      }
      throw new AssertionError("2^31 parts were accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("Breakdown.parts: expected at most " + Breakdown.MAX_PARTS + " parts, nested parts included, got more",
          e.getMessage());
    }
    assertEquals(13, level, "the first level above 10,000 parts");
    Breakdown breakdown = shared;
    Expect.rejects("Report.figures[f]: refers to place \"kharkiv\", which is not in the report",
        () -> withFigureOf(breakdown));
  }

  /** The {@code i}-th of 2^bits strings of "Aa" and "BB" blocks: every one has the same {@code String.hashCode}. */
  private static String colliding(int i, int bits) {
    StringBuilder s = new StringBuilder("x");
    for (int b = 0; b < bits; b++) {
      s.append((i >> b & 1) == 0 ? "Aa" : "BB");
    }
    return s.toString();
  }

  /**
   * Ids chosen so that their hashes collide, places and prisoners alike: the report's index keeps
   * one map per kind of id, whose ids order, so building stays far from quadratic.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void idsWithCollidingHashesBuildInReasonableTime() {
    int n = 1 << 14;
    Report.Builder b = report();
    for (int i = 0; i < n; i++) {
      String id = colliding(i, 14);
      b.addPlaces(Place.builder().id(PlaceId.of(id)).printedName("p").build());
      b.addParties(Party.of(PartyId.of(id), "p", PartyKind.ARMED_GROUP));
    }
    Report built = b.build();
    assertEquals(n, built.places().size());
    assertEquals(true, built.contains(PlaceId.of(colliding(n - 1, 14))));
  }

  /** Elements whose own hashes collide (attributions of colliding sources): the distinctness check stays fast. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void collidingAttributionsAreCheckedForDuplicatesQuickly() {
    int n = 1 << 14;
    Figure.Builder f = Figure.builder().id(FigureId.of("f")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.atLeast(1));
    for (int i = 0; i < n; i++) {
      f.addAttributions(Attribution.of(SourceId.of(colliding(i, 14)), Mode.PARAPHRASE));
    }
    assertEquals(n, f.build().attributions().size());
    f.addAttributions(Attribution.of(SourceId.of(colliding(0, 14)), Mode.PARAPHRASE));
    Expect.rejects("Figure.attributions: must be distinct", f::build);
  }
}
