package dev.dispatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.MeansKind;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Completeness;
import dev.dispatch.figure.CountingBasis;
import dev.dispatch.figure.CountingScope;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.PersonRole;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.UpdateKind;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.RelativeTerm;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each fixture holds its pattern as typed data, not as free text. */
class FixturesTest {
  private static final Map<String, Report> ALL = Fixtures.all();

  private static Report fixture(String name) {
    return Objects.requireNonNull(ALL.get(name), name);
  }

  private static Figure figure(Report r, String id) {
    return r.figure(FigureId.of(id)).orElseThrow(() -> new AssertionError("no figure " + id));
  }

  private static Statement statement(Report r, String id) {
    return r.statement(StatementId.of(id)).orElseThrow(() -> new AssertionError("no statement " + id));
  }

  private static Part part(Breakdown b, Facet... facets) {
    return b.parts().stream().filter(p -> p.facets().equals(List.of(facets))).findFirst()
        .orElseThrow(() -> new AssertionError("no part " + List.of(facets) + " in " + b));
  }

  private static Breakdown breakdownBy(List<Breakdown> breakdowns, Facet.Dimension... dimensions) {
    List<Facet.Dimension> wanted = List.of(dimensions);
    return breakdowns.stream().filter(b -> b.parts().stream()
            .allMatch(p -> p.facets().stream().map(Facet::dimension).collect(Collectors.toList()).equals(wanted)))
        .findFirst().orElseThrow(() -> new AssertionError("no breakdown by " + wanted));
  }

  // --- the collection -------------------------------------------------------------------------

  @Test
  void allListsEveryFixtureInAStableOrderAndBuildsThemAfresh() {
    List<String> names = new ArrayList<>(ALL.keySet());
    assertEquals(27, names.size());
    assertEquals("nestedBreakdown", names.get(0));
    assertEquals("knownProtectedValuesExposed", names.get(names.size() - 1));
    assertEquals(names, new ArrayList<>(Fixtures.all().keySet()));
    assertEquals(ALL, Fixtures.all());
    for (String name : names) {
      assertEquals(ALL.get(name), Fixtures.all().get(name), name + " is built the same each time");
    }
    Set<Id> ids = new HashSet<>();
    ALL.values().forEach(r -> assertTrue(ids.add(r.id()), "report ids are distinct: " + r.id()));
    assertFalse(Fixtures.publishable().contains("knownProtectedValuesExposed"));
    assertEquals(names.size() - 1, Fixtures.publishable().size());
  }

  @Test
  void everyPersonAFixtureNamesIsInvented() {
    for (String name : ALL.keySet()) {
      Report r = fixture(name);
      for (Source s : r.sources()) {
        if (s instanceof Person p) {
          String person = p.name();
          assertTrue(person.contains("Example") || person.contains("Testov"), name + ": invented name " + person);
        }
      }
    }
  }

  /** Every fixture but the exposure one would validate for publication: no known value unreleased, no date after it. */
  @Test
  void publishableFixturesHoldNoExposedValueAndNoDateAfterPublication() {
    for (String name : Fixtures.publishable()) {
      Report r = fixture(name);
      Census c = Census.of(List.of(r));
      for (Protected<?> p : c.protectedValues) {
        assertFalse(p.isExposedIfPublished(), name + ": a known protected value is released");
      }
      r.published().flatMap(DateValue::latest).ifPresent(last -> {
        for (DateMention m : c.mentions) {
          m.value().flatMap(DateValue::earliest).ifPresent(e -> assertFalse(e.isAfter(last), name + ": " + m));
          m.value().flatMap(DateValue::latest).ifPresent(l -> assertFalse(l.isAfter(last), name + ": " + m));
        }
      });
      for (Figure f : r.figures()) {
        GeneratorsTest.assertPartsFit(f.count(), f.breakdowns());
      }
    }
  }

  // --- figures and how they relate ---------------------------------------------------------------

  @Test
  void nestedBreakdownHasThreeLevelsAndEveryDimension() {
    Report r = fixture("nestedBreakdown");
    Figure total = figure(r, "casualties");
    assertEquals(EnumSet.of(Outcome.KILLED, Outcome.WOUNDED), total.outcomes());
    assertEquals(1, total.breakdowns().size());
    Breakdown byOutcome = total.breakdowns().get(0);
    assertEquals(Completeness.COMPLETE, byOutcome.completeness());
    assertEquals(3, byOutcome.depth(), "killed > children > sex");
    Part killed = part(byOutcome, Facet.outcomes(Outcome.KILLED));
    Part children = part(breakdownBy(killed.breakdowns(), Facet.Dimension.AGE), Facet.age(AgeGroup.CHILD));
    Breakdown childrenBySex = children.breakdowns().get(0);
    assertEquals(Set.of(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN), childrenBySex.parts().stream()
        .map(p -> ((Facet.OfSex) p.facets().get(0)).sex()).collect(Collectors.toSet()));
    assertEquals(5, childrenBySex.parts().stream().mapToLong(p -> p.count().lowerBound()).sum());
    Breakdown menWomenBoysGirls = breakdownBy(killed.breakdowns(), Facet.Dimension.AGE, Facet.Dimension.SEX);
    assertEquals(5, menWomenBoysGirls.parts().size());
    part(menWomenBoysGirls, Facet.age(AgeGroup.CHILD), Facet.sex(Sex.UNKNOWN));
    Part women = part(menWomenBoysGirls, Facet.age(AgeGroup.ADULT), Facet.sex(Sex.FEMALE));
    assertEquals(Count.exactly(9).withNoun("women").withPhrase("nine women"), women.count());
    assertEquals(List.of(SourceId.of("local-official")), women.attributions().get(0).sources(), "another source");
    assertTrue(women.date().isPresent(), "another date");
    assertTrue(total.attributions().stream().noneMatch(a -> a.sources().contains(SourceId.of("local-official"))));
    assertEquals(21, menWomenBoysGirls.parts().stream().mapToLong(p -> p.count().lowerBound()).sum());
    Breakdown byStatus = breakdownBy(killed.breakdowns(), Facet.Dimension.STATUS);
    part(byStatus, Facet.status(CombatantStatus.CIVILIANS));
    part(byStatus, Facet.status(CombatantStatus.COMBATANTS));
    Part injured = part(byOutcome, Facet.outcomes(Outcome.WOUNDED));
    assertEquals(Completeness.PARTIAL, injured.breakdowns().get(0).completeness(), "including six children");
    assertEquals(Optional.of("children"), injured.breakdowns().get(0).parts().get(0).count().noun());
  }

  @Test
  void breakdownByPlaceAndControlUsesOblastsWithinTheCountryAndHeldBy() {
    Report r = fixture("breakdownByPlaceAndControl");
    Figure f = figure(r, "civilians-killed");
    Breakdown byPlace = breakdownBy(f.breakdowns(), Facet.Dimension.PLACE);
    assertEquals(Completeness.COMPLETE, byPlace.completeness());
    assertEquals(3, byPlace.parts().size());
    for (Part p : byPlace.parts()) {
      PlaceId oblast = ((Facet.InPlace) p.facets().get(0)).place();
      Place place = r.place(oblast).orElseThrow();
      assertEquals(Optional.of(PlaceKind.REGION), place.kind());
      assertEquals(Optional.of(PlaceId.of("ukraine")), place.within());
    }
    assertEquals(150, byPlace.parts().stream().mapToLong(p -> p.count().lowerBound()).sum());
    Part donetsk = part(byPlace, Facet.place(PlaceId.of("donetsk")));
    Breakdown donetskByHolder = donetsk.breakdowns().get(0);
    assertEquals(Set.of(Facet.heldBy(PartyId.of("ukraine")), Facet.heldBy(PartyId.of("russia"))),
        donetskByHolder.parts().stream().map(p -> p.facets().get(0)).collect(Collectors.toSet()));
    Breakdown byHolder = breakdownBy(f.breakdowns(), Facet.Dimension.HELD_BY);
    assertEquals(150, byHolder.parts().stream().mapToLong(p -> p.count().lowerBound()).sum());
  }

  @Test
  void revisedTollRevisesTheEarlierFigure() {
    Report r = fixture("revisedToll");
    Figure earlier = figure(r, "toll-morning");
    Figure later = figure(r, "toll-evening");
    assertEquals(Count.atLeast(25).withPhrase("at least 25"), earlier.count());
    assertEquals(41, later.count().lowerBound());
    assertEquals(List.of(FigureRelation.revises(earlier.id())), later.relations());
    assertEquals(earlier.event(), later.event());
  }

  @Test
  void sharesAreTypedProportionsOfTheWholeFigure() {
    Report r = fixture("sharesOfAWhole");
    Figure whole = figure(r, "detained");
    assertEquals(3_000, whole.count().lowerBound());
    Map<String, String> phrases = Map.of("released-third", "about a third", "servicemen-quarter", "nearly a quarter",
        "held-outside", "40%", "civilians-most", "most");
    phrases.forEach((id, phrase) -> {
      Figure share = figure(r, id);
      FigureRelation.ShareOf rel = (FigureRelation.ShareOf) share.relations().get(0);
      assertEquals(Optional.of(whole.id()), rel.base());
      assertEquals(Optional.of(phrase), rel.share().phrase());
      assertEquals(rel.share().of(whole.count()), share.count(), "the count is the share of the whole");
      assertTrue(share.count().upperBound().orElseThrow() <= 3_000, "a share never exceeds its whole");
    });
    assertEquals(Qualifier.MORE_THAN, ((FigureRelation.ShareOf) figure(r, "civilians-most").relations().get(0))
        .share().qualifier());
    assertEquals(1_501, figure(r, "civilians-most").count().lowerBound(), "most of 3,000 is more than 1,500");
    assertEquals(1_200, figure(r, "held-outside").count().lowerBound());
    FigureRelation.ShareOf ofDescribed = (FigureRelation.ShareOf) figure(r, "displaced-half").relations().get(0);
    assertEquals(Optional.empty(), ofDescribed.base());
    assertEquals(Optional.of("the town's pre-war population"), ofDescribed.baseDescription());
  }

  @Test
  void sumOfFiguresNamesItsParts() {
    Report r = fixture("sumOfFigures");
    FigureRelation.SumOf sum = (FigureRelation.SumOf) figure(r, "total-killed").relations().get(0);
    assertEquals(List.of(FigureId.of("kharkiv-killed"), FigureId.of("sumy-killed")), sum.parts());
    long parts = sum.parts().stream().mapToLong(id -> r.figure(id).orElseThrow().count().lowerBound()).sum();
    assertEquals(figure(r, "total-killed").count().lowerBound(), parts);
    assertEquals(2, figure(r, "total-killed").location().orElseThrow().places().size());
  }

  @Test
  void excludedFigureIsLeftOutOfTheTotal() {
    Report r = fixture("excludedFromTotal");
    assertEquals(List.of(FigureRelation.excludedFrom(FigureId.of("civilians-killed"))),
        figure(r, "soldiers-killed").relations());
    assertEquals(Optional.of(CombatantStatus.COMBATANTS),
        figure(r, "soldiers-killed").population().orElseThrow().status());
  }

  @Test
  void comparisonIsExplainedByAStatementAboutBothFigures() {
    Report r = fixture("comparedWithExplanation");
    FigureRelation.ComparedWith rel = (FigureRelation.ComparedWith) figure(r, "verified").relations().get(0);
    assertEquals(FigureId.of("ministry-toll"), rel.other());
    Statement explanation = r.statement(rel.explanation().orElseThrow()).orElseThrow();
    assertTrue(explanation.about().containsAll(List.of(FigureId.of("verified"), FigureId.of("ministry-toll"))));
    assertEquals("the lower figure reflects stricter counting", explanation.text());
    assertTrue(figure(r, "verified").count().contradicts(figure(r, "ministry-toll").count())
        || figure(r, "verified").count().lowerBound() < figure(r, "ministry-toll").count().best().orElseThrow());
  }

  @Test
  void recordedAndVerifiedFiguresAreMinimums() {
    Report r = fixture("recordedMinimum");
    Figure recorded = figure(r, "recorded");
    assertEquals(Optional.of(CountingBasis.RECORDED), recorded.basis());
    assertEquals(Qualifier.EXACTLY, recorded.count().qualifier(), "printed as a plain 25");
    assertEquals(Count.atLeast(25), recorded.impliedCount(), "but implies at least 25");
    Figure verified = figure(r, "verified");
    assertEquals(Optional.of(CountingBasis.VERIFIED), verified.basis());
    assertTrue(verified.impliedCount().upperBound().isEmpty());
    Timeframe.Cumulative cumulative = (Timeframe.Cumulative) verified.timeframe().orElseThrow();
    assertTrue(cumulative.since().isPresent() && cumulative.asOf().isPresent());
    assertEquals(HedgeKind.LIKELY, statement(r, "higher").hedge().orElseThrow().kind());
  }

  @Test
  void facilityCountStandsBesideTheEventToll() {
    Report r = fixture("facilityCount");
    Figure toll = figure(r, "event-toll");
    Figure hospital = figure(r, "bodies-received");
    assertEquals(Optional.of(CountingScope.EVENT), toll.scope());
    assertEquals(Optional.of(CountingScope.FACILITY), hospital.scope());
    assertEquals(toll.event(), hospital.event());
    PlaceId at = hospital.location().orElseThrow().places().get(0);
    assertEquals(Optional.of(PlaceKind.HOSPITAL), r.place(at).orElseThrow().kind());
    assertEquals(Relation.AT, hospital.location().orElseThrow().relation());
    assertEquals(Optional.of("bodies"), hospital.count().noun());
    assertEquals(Unit.PERSONS, hospital.count().unit());
  }

  @Test
  void casualtiesWithoutANumberAreAboveZeroAndUnspecified() {
    Figure f = figure(fixture("unquantifiedCasualties"), "casualties");
    assertEquals(Qualifier.UNQUANTIFIED, f.count().qualifier());
    assertEquals(1, f.count().lowerBound());
    assertEquals(Set.of(Outcome.UNSPECIFIED), f.outcomes());
  }

  @Test
  void everyOutcomeHasAFigureAndTheEuphemismIsKept() {
    Report r = fixture("everyOutcome");
    Set<Outcome> outcomes = r.figures().stream().flatMap(f -> f.outcomes().stream()).collect(Collectors.toSet());
    Set<Outcome> beyond = EnumSet.complementOf(EnumSet.of(Outcome.KILLED, Outcome.WOUNDED));
    assertEquals(beyond, outcomes);
    Figure eliminated = figure(r, "eliminated");
    assertEquals(Set.of(Outcome.UNSPECIFIED), eliminated.outcomes());
    assertEquals(Optional.of("eliminated"), eliminated.outcomePhrase());
    Figure casualties = figure(r, "casualties");
    assertEquals(Set.of(Outcome.UNSPECIFIED), casualties.outcomes());
    assertEquals(Optional.empty(), casualties.outcomePhrase(), "\"casualties\" is no euphemism");
  }

  @Test
  void countWordsAreMagnitudesAndApproachingWithNouns() {
    Report r = fixture("countWords");
    assertEquals(Optional.of(Magnitude.TENS), figure(r, "tens").count().magnitude());
    assertEquals(Optional.of(Magnitude.SCORES), figure(r, "scores").count().magnitude());
    assertEquals(Optional.of(Magnitude.NUMEROUS), figure(r, "numerous").count().magnitude());
    assertTrue(figure(r, "numerous").count().upperBound().isEmpty());
    assertEquals(Optional.of(Magnitude.SEVERAL), figure(r, "several").count().magnitude());
    assertEquals(Optional.of(Magnitude.HANDFUL), figure(r, "handful").count().magnitude());
    Count approaching = figure(r, "approaching").count();
    assertEquals(Qualifier.APPROACHING, approaching.qualifier());
    assertEquals(500, approaching.upperBound().getAsLong());
    assertEquals(Optional.of("deaths"), approaching.noun());
    r.figures().forEach(f -> assertEquals(Unit.PERSONS, f.count().unit(), "a noun is never a unit"));
  }

  @Test
  void hedgesOfEveryKindTheDomainNames() {
    Census c = Census.of(List.of(fixture("hedgedClaims")));
    assertEquals(Set.of(), EnumSet.of(HedgeKind.COULD_HAVE, HedgeKind.BELIEVED, HedgeKind.REPORTEDLY,
        HedgeKind.IF_CONFIRMED, HedgeKind.ESTIMATED, HedgeKind.ALLEGED).stream().map(Enum::name)
        .filter(k -> !c.seen(HedgeKind.class).contains(k)).collect(Collectors.toSet()));
    Report r = fixture("hedgedClaims");
    assertEquals(HedgeKind.ALLEGED, r.event(EventId.of("attack")).orElseThrow().actors().get(0).hedge()
        .orElseThrow().kind());
    assertTrue(r.source(SourceId.of("reportedly")).orElseThrow() instanceof dev.dispatch.source.Unspecified);
  }

  @Test
  void jointFigureHasTwoAttributions() {
    Figure f = figure(fixture("jointlyStatedFigure"), "detained");
    assertEquals(List.of(SourceId.of("army"), SourceId.of("police")),
        f.attributions().stream().map(a -> a.source()).collect(Collectors.toList()));
  }

  @Test
  void oneEventHasThreeIncompatibleTollsAndADenial() {
    Report r = fixture("competingTollsAndDenial");
    EventId strike = EventId.of("market-strike");
    List<Figure> tolls = r.figures().stream().filter(f -> f.event().equals(Optional.of(strike)))
        .collect(Collectors.toList());
    assertEquals(3, tolls.size());
    assertEquals(3, tolls.stream().map(f -> f.attributions().get(0).source()).distinct().count());
    for (int i = 0; i < tolls.size(); i++) {
      for (int j = i + 1; j < tolls.size(); j++) {
        assertTrue(tolls.get(i).count().contradicts(tolls.get(j).count()), "incompatible");
      }
    }
    Statement denial = statement(r, "denial");
    assertEquals(Stance.DENIES, denial.stance());
    assertEquals(List.of(strike), denial.about());
  }

  // --- events, parties and people ----------------------------------------------------------------

  @Test
  void eventHasRelativeTimePlaceAllegedActorMeansAndTargets() {
    Event e = fixture("eventWithActorMeansAndTarget").event(EventId.of("shelling")).orElseThrow();
    DateMention time = e.time().orElseThrow();
    assertEquals(Optional.of("on Tuesday night"), time.phrase());
    assertEquals(ReferenceOrigin.PUBLICATION, time.reference().orElseThrow().origin());
    assertEquals(Optional.of(ZoneOffset.ofHours(2)), time.time().orElseThrow().offset());
    assertEquals(Relation.NEAR, e.location().orElseThrow().relation());
    assertEquals(HedgeKind.ALLEGED, e.actors().get(0).hedge().orElseThrow().kind());
    assertTrue(e.actors().get(0).attribution().isPresent());
    assertEquals(Set.of(MeansKind.ARTILLERY, MeansKind.DRONE, MeansKind.EXPLOSIVE_WEAPONS_WIDE_AREA),
        e.means().stream().map(m -> m.kind()).collect(Collectors.toSet()));
    assertEquals(2, e.targets().size());
    assertTrue(e.targets().get(0).place().isPresent());
  }

  @Test
  void nonStatePartiesIncludeACoalitionACivilWarAndAnOrganisationRunByDeFactoAuthorities() {
    Report r = fixture("nonStateParties");
    Set<PartyKind> kinds = r.parties().stream().map(Party::kind).collect(Collectors.toSet());
    assertEquals(EnumSet.of(PartyKind.ARMED_FORCES, PartyKind.ARMED_GROUP, PartyKind.MILITIA, PartyKind.PARAMILITARY,
        PartyKind.COALITION, PartyKind.AUTHORITY), kinds);
    Party army = r.party(PartyId.of("army")).orElseThrow();
    Party militia = r.party(PartyId.of("militia")).orElseThrow();
    assertTrue(army.relations().contains(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, PartyId.of("coalition"))));
    assertTrue(militia.relations().contains(PartyRelation.of(PartyRelation.Kind.MEMBER_OF, PartyId.of("coalition"))));
    assertTrue(militia.relations().contains(PartyRelation.of(PartyRelation.Kind.ALLIED_WITH, PartyId.of("army"))));
    Party paramilitary = r.party(PartyId.of("paramilitary")).orElseThrow();
    assertEquals(army.country(), paramilitary.country(), "a civil war: two parties from one country");
    assertTrue(army.country().isPresent());
    Event clash = r.event(EventId.of("clash")).orElseThrow();
    assertEquals(Set.of(army.id(), paramilitary.id()), clash.actors().stream().map(a -> a.party().orElseThrow())
        .collect(Collectors.toSet()));
    Organisation ministry = (Organisation) r.source(SourceId.of("health-ministry")).orElseThrow();
    Party runBy = r.party(ministry.party().orElseThrow()).orElseThrow();
    assertEquals(PartyKind.AUTHORITY, runBy.kind());
    assertEquals(PartyRelation.Kind.CONTROLLED_BY, runBy.relations().get(0).kind());
  }

  @Test
  void exchangeHasTwoSidesWithDisagreeingAttributedCountsAMediatorAndASampleOfTheExchanged() {
    Report r = fixture("prisonerExchange");
    Event e = r.event(EventId.of("exchange")).orElseThrow();
    assertEquals(EventKind.PRISONER_EXCHANGE, e.kind());
    Exchange x = e.exchange().orElseThrow();
    assertEquals(2, x.sides().size());
    assertNotEquals(x.sides().get(0).party(), x.sides().get(1).party());
    List<Figure> ukraineSide = x.sides().get(0).counts().stream().map(id -> r.figure(id).orElseThrow())
        .collect(Collectors.toList());
    assertEquals(2, ukraineSide.size());
    assertTrue(ukraineSide.get(0).count().contradicts(ukraineSide.get(1).count()), "the sides disagree");
    assertNotEquals(ukraineSide.get(0).attributions(), ukraineSide.get(1).attributions(), "each attributed");
    assertEquals(1, x.mediators().size());
    assertTrue(r.source(x.mediators().get(0)).isPresent());
    assertTrue(e.time().orElseThrow().isResolved());
    assertTrue(e.location().isPresent());
    List<Prisoner> sample = r.prisoners().stream().filter(p -> p.particulars().transfers().stream()
        .anyMatch(t -> t.kind() == TransferKind.EXCHANGED && t.event().equals(Optional.of(e.id()))))
        .collect(Collectors.toList());
    assertEquals(2, sample.size());
    assertTrue(sample.size() < ukraineSide.get(1).count().lowerBound(), "a sample of the exchanged group");
    sample.forEach(p -> assertFalse(p.identity().name().isKnown(), "described, never named"));
  }

  @Test
  void detentionHasCaptureThreePlacesInOrderChargesTransferReleaseCaptivityAndARelativeSpeaking() {
    Report r = fixture("detentionOverTime");
    Prisoner p = r.prisoner(PrisonerId.of("journalist")).orElseThrow();
    Particulars x = p.particulars();
    assertEquals(Optional.of(PersonRole.JOURNALIST), x.role());
    assertTrue(x.capture().orElseThrow().date().isPresent());
    assertEquals(3, x.custody().size());
    LocalDate previous = x.capture().orElseThrow().date().orElseThrow().value().orElseThrow().earliest().orElseThrow();
    for (Custody c : x.custody()) {
      LocalDate start = c.period().orElseThrow().value().orElseThrow().earliest().orElseThrow();
      assertFalse(start.isBefore(previous), "places of detention in date order");
      previous = start;
      PlaceId at = c.location().orElseThrow().places().get(0);
      assertTrue(r.place(at).isPresent());
    }
    var charge = x.charges().get(0);
    assertEquals(Optional.of("Article 205.5"), charge.article());
    assertEquals(Optional.of("Criminal Code of the Russian Federation"), charge.code());
    assertTrue(r.source(charge.authority().orElseThrow()).isPresent());
    assertEquals(List.of(TransferKind.TRANSFERRED, TransferKind.RELEASED),
        x.transfers().stream().map(Transfer::kind).collect(Collectors.toList()));
    LocalDate released = x.transfers().get(1).date().orElseThrow().value().orElseThrow().earliest().orElseThrow();
    assertFalse(released.isBefore(previous), "released after the last place of detention began");
    assertEquals(Count.exactly(3).withUnit(Unit.YEARS), x.captivity().orElseThrow().length());
    IndividualSource speaker = (IndividualSource) r.source(statement(r, "waited").attribution().source()).orElseThrow();
    Individual mother = r.person(speaker.person()).orElseThrow();
    assertEquals(Relationship.Kind.PARENT, mother.relationships().get(0).kind());
    assertEquals(p.id(), mother.relationships().get(0).to());
    assertEquals(Protected.State.WITHHELD, mother.identity().name().state());
  }

  @Test
  void peopleMentionedAreProtectedAndTyped() {
    Report r = fixture("peopleMentioned");
    assertEquals(3, r.people().size());
    for (Individual p : r.people()) {
      assertFalse(p.identity().isExposedIfPublished());
      assertFalse(p.identity().name().isKnown());
    }
    Individual girl = r.person(PersonId.of("girl")).orElseThrow();
    assertEquals(Optional.of(PersonRole.CIVILIAN), girl.role());
    assertEquals(12, girl.age().orElseThrow().lowerBound());
    assertEquals(Relationship.Kind.PARENT, r.person(PersonId.of("father")).orElseThrow().relationships().get(0).kind());
    Individual commander = r.person(PersonId.of("commander")).orElseThrow();
    assertEquals(Optional.of(PersonRole.COMMANDER), commander.role());
    assertEquals(Optional.of("colonel"), commander.rank());
  }

  @Test
  void particularsHoldAgesAFirstNameOnlyRankRoleAndHealth() {
    Report r = fixture("personalParticulars");
    Prisoner sergeant = r.prisoner(PrisonerId.of("sergeant")).orElseThrow();
    assertEquals(Protected.State.ABSENT, sergeant.identity().name().state());
    assertEquals(Optional.of("Taras"), sergeant.identity().partialName().reveal());
    assertEquals(Optional.of(Protected.Release.ALREADY_PUBLIC), sergeant.identity().partialName().release());
    Particulars x = sergeant.particulars();
    assertEquals(Qualifier.EXACTLY, x.age().orElseThrow().qualifier());
    assertEquals(Unit.YEARS, x.age().orElseThrow().unit());
    assertEquals(Optional.of("sergeant"), x.rank());
    assertEquals(Optional.of(PersonRole.SERVICEMAN), x.role());
    assertEquals(List.of("diabetes", "lost 20 kilograms"), x.health());
    Individual medic = r.person(PersonId.of("medic")).orElseThrow();
    assertEquals(Qualifier.ABOUT, medic.age().orElseThrow().qualifier());
    assertEquals(Optional.of(PersonRole.MEDIC), medic.role());
    assertEquals(Qualifier.BETWEEN, r.prisoner(PrisonerId.of("older")).orElseThrow().particulars().age().orElseThrow()
        .qualifier());
    assertFalse(sergeant.redacted().identity().partialName().isKnown(), "still redacted in the public view");
  }

  // --- places and time -----------------------------------------------------------------------------

  @Test
  void placesNestFourDeepWithSitesControlAndLocationsOfSeveralOrNoPlaces() {
    Report r = fixture("placesWithinPlaces");
    List<String> chain = new ArrayList<>();
    Optional<PlaceId> at = Optional.of(PlaceId.of("plant"));
    while (at.isPresent()) {
      Place p = r.place(at.get()).orElseThrow();
      chain.add(p.kind().orElseThrow().name());
      at = p.within();
    }
    assertEquals(List.of("FACILITY", "DISTRICT", "CITY", "REGION"), chain, "a factory in a district of a city in a province");
    Place camp = r.place(PlaceId.of("camp")).orElseThrow();
    assertEquals(Optional.of(PlaceKind.CAMP), camp.kind());
    Location outside = statement(r, "camp").location().orElseThrow();
    assertEquals(Relation.OUTSIDE, outside.relation());
    assertEquals(List.of(PlaceId.of("example-city")), outside.places(), "outside the provincial capital");
    Set<PlaceKind> sites = r.places().stream().map(p -> p.kind().orElseThrow()).filter(PlaceKind::isSite)
        .collect(Collectors.toSet());
    assertEquals(EnumSet.of(PlaceKind.FACILITY, PlaceKind.CAMP, PlaceKind.HOSPITAL, PlaceKind.SCHOOL, PlaceKind.MARKET,
        PlaceKind.SHELTER, PlaceKind.PRISON), sites);
    Place town = r.place(PlaceId.of("north-town")).orElseThrow();
    assertEquals(PartyId.of("russia"), town.control().get(0).party());
    assertTrue(town.control().get(0).asOf().orElseThrow().isResolved());
    Location none = r.event(EventId.of("shelling")).orElseThrow().location().orElseThrow();
    assertEquals(List.of(), none.places());
    assertEquals(Optional.of("in three northern towns"), none.phrase());
    assertEquals(2, r.event(EventId.of("border-shelling")).orElseThrow().location().orElseThrow().places().size());
  }

  @Test
  void durationsOpenPeriodsAndACutOffWithAZone() {
    Report r = fixture("durationsAndOpenPeriods");
    assertEquals(Unit.YEARS, r.prisoner(PrisonerId.of("freed")).orElseThrow().particulars().captivity().orElseThrow()
        .length().unit());
    DateMention since = ((Timeframe.Cumulative) figure(r, "detained").timeframe().orElseThrow()).since().orElseThrow();
    DateInterval open = (DateInterval) since.value().orElseThrow();
    assertTrue(open.start().isPresent() && open.end().isEmpty(), "since the spring: an open end");
    DateMention cutOff = ((Timeframe.Cumulative) figure(r, "cumulative").timeframe().orElseThrow()).asOf().orElseThrow();
    assertEquals(LocalTime.of(18, 0), cutOff.time().orElseThrow().time());
    assertEquals(Optional.of(ZoneOffset.UTC), cutOff.time().orElseThrow().offset());
    DateMention withinTwoWeeks = ((Timeframe.During) figure(r, "displaced").timeframe().orElseThrow()).period();
    assertEquals(Optional.of("within two weeks"), withinTwoWeeks.phrase());
    assertEquals(Optional.of("a war now in its third year"), r.event(EventId.of("war")).orElseThrow().time()
        .orElseThrow().phrase());
  }

  @Test
  void relativeDatesResolveAgainstAnUncertainPublicationAndRecordTheOrigin() {
    Report r = fixture("relativeDatesAgainstUncertainPublication");
    assertTrue(r.published().orElseThrow() instanceof DateInterval, "known only to two days");
    DateMention saturday = r.event(EventId.of("drone-attack")).orElseThrow().time().orElseThrow();
    assertEquals(r.published().orElseThrow(), saturday.reference().orElseThrow().date());
    assertEquals(ReferenceOrigin.PUBLICATION, saturday.reference().orElseThrow().origin());
    assertEquals(PartialDate.of(2025, 1, 11), saturday.value().orElseThrow());
    DateMention yesterday = statement(r, "yesterday").attribution().origin().when().orElseThrow();
    assertTrue(yesterday.value().orElseThrow() instanceof DateInterval, "an uncertain reference widens the value");
    DateMention lastWeek = statement(r, "last-week").eventTime().orElseThrow();
    assertEquals(ReferenceOrigin.RETRIEVAL, lastWeek.reference().orElseThrow().origin());
    assertTrue(((PartialDate) lastWeek.reference().orElseThrow().date()).approximate());
    DateMention earlier = statement(r, "earlier").eventTime().orElseThrow();
    assertEquals(Optional.of(RelativeTerm.EARLIER), earlier.relative());
    assertFalse(earlier.isResolved());
  }

  // --- the copy ------------------------------------------------------------------------------------

  @Test
  void wireCopyHasSyndicationStandfirstPictureCreditsAndACorrection() {
    Report r = fixture("syndicatedWireCopy");
    assertEquals("Example Press Agency", r.syndication().orElseThrow().agency());
    assertTrue(r.syndication().orElseThrow().original().isPresent());
    assertTrue(r.standfirst().isPresent());
    assertEquals(2, r.pictureCredits().size());
    assertEquals(UpdateKind.CORRECTION, r.updates().get(0).kind());
    assertTrue(r.updates().get(0).when().isPresent());
    assertTrue(r.dateline().isPresent());
  }

  @Test
  void truncatedCopyLacksItsHeadlineAndCutsItsQuote() {
    Report r = fixture("truncatedCopyWithoutHeadline");
    assertTrue(r.truncated());
    assertEquals(Optional.empty(), r.headline());
    assertEquals(Optional.empty(), r.published());
    Statement quote = statement(r, "cut-quote");
    assertTrue(quote.truncated());
    assertTrue(quote.isDirectQuote());
    assertTrue(r.source(quote.attribution().source()).orElseThrow() instanceof IndividualSource);
  }

  // --- exposure ------------------------------------------------------------------------------------

  @Test
  void theExposureFixtureHoldsKnownUnreleasedValuesAndNamesLearntElsewhere() {
    Report r = fixture("knownProtectedValuesExposed");
    Prisoner named = r.prisoner(PrisonerId.of("named-prisoner")).orElseThrow();
    assertTrue(named.identity().name().isExposedIfPublished());
    assertTrue(named.identity().dateOfBirth().isExposedIfPublished());
    assertTrue(named.identity().face().isExposedIfPublished());
    String name = named.identity().name().reveal().orElseThrow();
    assertTrue(r.statements().stream().anyMatch(s -> s.text().contains(name)), "the name in a statement's text");
    Prisoner speaking = r.prisoner(PrisonerId.of("speaking-prisoner")).orElseThrow();
    assertFalse(speaking.identity().name().isKnown());
    StatementId linked = speaking.particulars().statements().get(0);
    assertTrue(r.source(r.statement(linked).orElseThrow().attribution().source()).orElseThrow() instanceof Person,
        "a named person's statements are linked to the record");
    var document = speaking.particulars().documents().get(0);
    assertTrue(document.holderName().isExposedIfPublished());
    assertTrue(r.person(PersonId.of("brother")).orElseThrow().identity().partialName().isExposedIfPublished());
    Census redacted = Census.of(List.of(r.redacted()));
    assertTrue(redacted.protectedValues.stream().noneMatch(Protected::isKnown), "redaction hides every known value");
    assertFalse(r.redacted().toString().contains("Ri Secret"));
    Report once = r.redacted();
    assertSame(once, once.redacted(), "redacting twice changes nothing");
  }
}
