package dev.dispatch.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Unit;
import dev.dispatch.fixture.Expect;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureTest {

  private static final FigureId F = FigureId.of("f");

  private static Figure.Builder killed(Count total) {
    return Figure.builder().id(F).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED).count(total);
  }

  private static Part part(Count count, Facet facet) {
    return Part.of(count, facet);
  }

  private static Part children(Count count) {
    return part(count, Facet.age(AgeGroup.CHILD));
  }

  private static Part adults(Count count) {
    return part(count, Facet.age(AgeGroup.ADULT));
  }

  @Test
  void killedOrWoundedIsASetOfTwoOutcomes() {
    Figure f = Figure.builder().id(F).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED, Outcome.WOUNDED)
        .count(Count.moreThan(1_000)).build();
    assertEquals(Set.of(Outcome.KILLED, Outcome.WOUNDED), f.outcomes());
  }

  /** A part that certainly exceeds its whole, at each level and through each way of building it. */
  static Stream<Arguments> partsExceedingTheirWhole() {
    Part nested = part(Count.between(3, 5), Facet.sex(Sex.FEMALE));
    return Stream.of(
        exceeds("Figure.breakdowns[0].parts[1].count: lower bound 21 exceeds the whole's upper bound 20",
            () -> killed(Count.between(10, 20))
                .addBreakdowns(Breakdown.partial(adults(Count.exactly(5)), children(Count.atLeast(21)))).build()),
        exceeds("Figure.breakdowns[1].parts[0].count: lower bound 1001 exceeds the whole's upper bound 1000",
            () -> killed(Count.nearly(1_000)).addBreakdowns(Breakdown.partial(children(Count.exactly(1))),
                Breakdown.partial(part(Count.moreThan(1_000), Facet.sex(Sex.MALE)))).build()),
        exceeds("Part.breakdowns[0].parts[0].count: lower bound 6 exceeds the whole's upper bound 5",
            () -> children(Count.atMost(5)).plusBreakdown(Breakdown.partial(part(Count.exactly(6), Facet.sex(Sex.MALE))))),
        exceeds("Part.breakdowns[0].parts[1].count: lower bound 3 exceeds the whole's upper bound 2",
            () -> Part.builder().addFacets(Facet.outcomes(Outcome.KILLED)).count(Count.between(0, 10))
                .addBreakdowns(Breakdown.partial(children(Count.fewerThan(3))
                    .plusBreakdown(Breakdown.complete(part(Count.exactly(1), Facet.sex(Sex.MALE)), nested))))
                .build()),
        exceeds("Figure.breakdowns[0].parts[0].count: lower bound 21 exceeds the whole's upper bound 20",
            () -> killed(Count.atLeast(0)).addBreakdowns(Breakdown.partial(children(Count.atLeast(21)))).build()
                .withCount(Count.exactly(20))),
        exceeds("Part.breakdowns[0].parts[0].count: lower bound 3 exceeds the whole's upper bound 2",
            () -> children(Count.unknown()).plusBreakdown(Breakdown.partial(nested)).withCount(Count.exactly(2))),
        exceeds("Figure.breakdowns[0].parts[0].count: expected the whole's unit persons, got days",
            () -> killed(Count.exactly(5)).addBreakdowns(Breakdown.partial(
                children(Count.exactly(1).withUnit(Unit.DAYS)))).build()),
        exceeds("Part.breakdowns[0].parts[0].count: expected the whole's unit km2, got persons",
            () -> part(Count.exactly(5).withUnit(Unit.SQUARE_KILOMETRES), Facet.heldBy(PartyId.of("ru")))
                .plusBreakdown(Breakdown.partial(children(Count.exactly(1))))));
  }

  private static Arguments exceeds(String message, Executable build) {
    return Arguments.of(message, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partsExceedingTheirWhole")
  void aPartThatCertainlyExceedsItsWholeIsRejectedWithItsPath(String message, Executable build) {
    Expect.rejects(message, build);
  }

  /** Whole and part, the part's bounds reaching past the whole's but not certainly beyond them. */
  static Stream<Arguments> partsThatMayExceedTheirWhole() {
    return Stream.of(
        Arguments.of(Count.about(20), Count.exactly(30)),
        Arguments.of(Count.between(10, 20), Count.between(15, 25)),
        Arguments.of(Count.atLeast(5), Count.exactly(1_000)),
        Arguments.of(Count.exactly(20), Count.exactly(20)),
        Arguments.of(Count.unknown(), Count.moreThan(Count.MAX - 1)));
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("partsThatMayExceedTheirWhole")
  void aPartThatMerelyMayExceedItsWholeIsKept(Count whole, Count part) {
    Figure f = killed(whole).addBreakdowns(Breakdown.partial(children(part))).build();
    assertEquals(part, f.breakdowns().get(0).parts().get(0).count());
    assertEquals(part, children(whole).plusBreakdown(Breakdown.partial(adults(part))).breakdowns().get(0).parts().get(0)
        .count());
  }

  @Test
  void partsCombineFacetsOfDifferentDimensions() {
    Part boys = Part.of(Count.exactly(4), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.MALE),
        Facet.label("cause", "drowned"), Facet.label("place of death", "at sea"));
    assertEquals(List.of(Facet.Dimension.AGE, Facet.Dimension.SEX, Facet.Dimension.LABEL, Facet.Dimension.LABEL),
        boys.facets().stream().map(Facet::dimension).collect(Collectors.toList()));
  }

  @Test
  void twoPartsWithTheSameFacetsInAnotherOrderAreTheSamePart() {
    Expect.rejects("Breakdown.parts: must not hold two parts with the same facets", () -> Breakdown.partial(
        Part.of(Count.exactly(4), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.MALE)),
        Part.of(Count.exactly(5), Facet.sex(Sex.MALE), Facet.age(AgeGroup.CHILD))));
  }

  static Stream<Arguments> impliedCounts() {
    Count area = Count.between(25, 40).withUnit(Unit.SQUARE_KILOMETRES);
    return Stream.of(
        Arguments.of(Optional.of(CountingBasis.RECORDED), Count.exactly(25), Count.atLeast(25)),
        Arguments.of(Optional.of(CountingBasis.VERIFIED), Count.moreThan(100), Count.atLeast(101)),
        Arguments.of(Optional.of(CountingBasis.RECORDED), area, Count.atLeast(25).withUnit(Unit.SQUARE_KILOMETRES)),
        Arguments.of(Optional.of(CountingBasis.ESTIMATED), Count.exactly(25), Count.exactly(25)),
        Arguments.of(Optional.empty(), Count.between(60, 93), Count.between(60, 93)));
  }

  @ParameterizedTest(name = "{0} {1} implies {2}")
  @MethodSource("impliedCounts")
  void aRecordedOrVerifiedFigureImpliesAMinimum(Optional<CountingBasis> basis, Count count, Count implied) {
    Figure.Builder figure = Figure.builder().id(F).measure(Measure.OTHER).count(count);
    basis.ifPresent(figure::basis);
    assertEquals(implied, figure.build().impliedCount());
  }

  static Stream<FigureRelation> relationsToSelf() {
    return Stream.of(FigureRelation.revises(F), FigureRelation.shareOf(F, Proportion.percent(40)),
        FigureRelation.sumOf(FigureId.of("g"), F), FigureRelation.excludedFrom(F),
        FigureRelation.comparedWith(F, StatementId.of("why")));
  }

  @ParameterizedTest
  @MethodSource("relationsToSelf")
  void noRelationPointsAtTheFigureItself(FigureRelation relation) {
    Expect.rejects("Figure.relations: must not relate the figure to itself",
        () -> killed(Count.exactly(3)).addRelations(relation).build());
    Figure other = killed(Count.exactly(3)).build();
    Expect.rejects("Figure.relations: must not relate the figure to itself", () -> other.plusRelation(relation));
  }

  @Test
  void aComparisonMayBeExplainedByAStatementWithTheSameIdValue() {
    Figure f = killed(Count.exactly(3)).addRelations(FigureRelation.comparedWith(FigureId.of("g"), StatementId.of("f")))
        .build();
    assertEquals(List.of(FigureId.of("g"), StatementId.of("f")), f.relations().get(0).references());
  }

  @Test
  void referencesReachEveryNestedPart() {
    Attribution official = Attribution.of(SourceId.of("official"), Mode.PARAPHRASE);
    Part deepest = Part.builder().addFacets(Facet.place(PlaceId.of("kharkiv"))).count(Count.exactly(1))
        .addAttributions(official).build();
    Figure f = killed(Count.exactly(10)).addBreakdowns(Breakdown.partial(
        children(Count.exactly(3)).plusBreakdown(Breakdown.partial(part(Count.exactly(2), Facet.heldBy(PartyId.of("ru")))
            .plusBreakdown(Breakdown.partial(deepest)))))).build();
    assertEquals(Set.of(PartyId.of("ru"), PlaceId.of("kharkiv"), SourceId.of("official")), Set.copyOf(f.references()));
    assertEquals(3, f.breakdowns().get(0).depth());
  }

  @Test
  void populationsCompareOnStructuredFieldsOnly() {
    Population printed = Population.builder().description("North Korean troops").nationality(CountryCode.of("KP"))
        .side(PartyId.of("russia")).build();
    Population reworded = Population.builder().description("soldiers from the North").nationality(CountryCode.of("KP"))
        .side(PartyId.of("russia")).build();
    Population otherSide = Population.builder().nationality(CountryCode.of("KP")).side(PartyId.of("ukraine")).build();
    assertTrue(printed.sameAs(reworded));
    assertFalse(printed.sameAs(otherSide));
    assertNotEquals(printed, reworded, "equality still compares the description");
  }
}
