package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.dispatch.count.Count;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Comparisons} finds, for each figure, the first earlier figure it contradicts (or
 * diverges from) with trees of bounds: the same answers as comparing every pair, over generated
 * groups of figures with every kind of count, nested outcome sets, two populations, revisions and
 * the counts of two exchanges.
 */
class ComparisonsTest {

  /** One figure drawn: its count, outcome set, population, what it revises and which exchange counts it. */
  private record Drawn(int qualifier, int number, int width, int outcomes, int population, int revises,
      int exchange) {}

  private static final List<Set<Outcome>> OUTCOMES = List.of(Set.of(Outcome.KILLED), Set.of(Outcome.WOUNDED),
      Set.of(Outcome.KILLED, Outcome.WOUNDED));

  private static Gen<Drawn> drawn() {
    return integers().between(0, 7).zip(integers().between(0, 300), integers().between(0, 40),
        (q, n, w) -> new int[] {q, n, w}).zip(integers().between(0, 2), integers().between(0, 1),
        integers().between(-6, 5), integers().between(-4, 2),
        (a, o, p, r, e) -> new Drawn(a[0], a[1], a[2], o, p, r, e));
  }

  private static Count count(Drawn d) {
    return switch (d.qualifier()) {
      case 0 -> Count.exactly(d.number());
      case 1 -> Count.about(d.number());
      case 2 -> Count.atLeast(d.number());
      case 3 -> Count.atMost(d.number());
      case 4 -> Count.between(d.number(), d.number() + d.width());
      case 5 -> Count.moreThan(d.number());
      case 6 -> Count.nearly(d.number());
      default -> Count.between(d.number(), d.number() + d.width()).withEstimate(d.number() + d.width() / 2);
    };
  }

  private static Report report(List<Drawn> drawn) {
    List<Figure> figures = new ArrayList<>();
    List<List<FigureId>> exchanges = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < drawn.size(); i++) {
      Drawn d = drawn.get(i);
      FigureId id = FigureId.of("f" + i);
      Population population = d.population() == 0 ? Base.russianTroops() : Population.builder()
          .nationality(CountryCode.of("UA")).status(CombatantStatus.CIVILIANS).build();
      Figure.Builder f = Figure.builder().id(id).measure(Measure.PEOPLE).outcomes(OUTCOMES.get(d.outcomes()))
          .count(count(d)).population(population).location(Location.in(Base.KYIV)).addAttributions(Base.said(
              Base.ANALYST));
      if (d.revises() >= 0 && d.revises() < i) {
        f.addRelations(FigureRelation.revises(FigureId.of("f" + d.revises())));
      }
      figures.add(f.build());
      if (d.exchange() >= 0) {
        exchanges.get(d.exchange()).add(id);
      }
    }
    Report.Builder b = Base.base().figures(figures);
    for (int e = 0; e < exchanges.size(); e++) {
      b.addEvents(Event.builder().id(EventId.of("swap" + e)).kind(EventKind.PRISONER_EXCHANGE)
          .exchange(Exchange.between(new ExchangeSide(Base.UA, exchanges.get(e)), ExchangeSide.of(Base.RU))).build());
    }
    return b.build();
  }

  /** Whether two figures may be compared: same population, nested outcomes, not related, not of one exchange. */
  private static boolean comparable(List<Drawn> drawn, int i, int j) {
    Drawn a = drawn.get(i);
    Drawn b = drawn.get(j);
    Set<Outcome> x = OUTCOMES.get(a.outcomes());
    Set<Outcome> y = OUTCOMES.get(b.outcomes());
    boolean related = b.revises() == i; // a figure revises only earlier figures: i < j
    boolean oneExchange = a.exchange() >= 0 && a.exchange() == b.exchange();
    return a.population() == b.population() && (x.containsAll(y) || y.containsAll(x)) && !related && !oneExchange;
  }

  private static long point(Count c) {
    return c.best().isPresent() ? c.best().getAsLong() : c.lowerBound() > 0 ? c.lowerBound() : -1;
  }

  /** The definition of divergence, pair by pair. */
  private static boolean diverge(Figure i, Figure j) {
    long pi = point(i.count());
    long pj = point(j.count());
    boolean iBig = j.count().best().isPresent() && pi >= 0 && pi >= 10 * j.count().best().getAsLong() && pi > pj;
    boolean jBig = i.count().best().isPresent() && pj >= 0 && pj >= 10 * i.count().best().getAsLong() && pj > pi;
    return iBig || jBig;
  }

  @Test
  void propertyTheTreesFindWhatComparingEveryPairFinds() {
    qt().withExamples(1_000).forAll(lists().of(drawn()).ofSizeBetween(0, 24)).checkAssert(drawn -> {
      Report report = report(drawn);
      List<Figure> figures = report.figures();
      List<String> contradictions = new ArrayList<>();
      List<String> divergences = new ArrayList<>();
      for (int j = 0; j < figures.size(); j++) {
        int first = -1;
        for (int i = 0; i < j && first < 0; i++) {
          if (comparable(drawn, i, j) && FigureRules.contradict(figures.get(i), figures.get(j))) {
            first = i;
          }
        }
        if (first >= 0) {
          contradictions.add("f" + j + " against f" + first);
          continue;
        }
        for (int i = 0; i < j && first < 0; i++) {
          if (comparable(drawn, i, j) && drawn.get(i).outcomes() == drawn.get(j).outcomes()
              && diverge(figures.get(i), figures.get(j))) {
            first = i;
          }
        }
        if (first >= 0) {
          divergences.add("f" + j + " against f" + first);
        }
      }
      Comparisons c = Comparisons.of(report);
      assertEquals(contradictions, c.contradictions.stream().map(p -> p.later().id() + " against " + p.earlier().id())
          .toList(), report::toString);
      assertEquals(divergences, c.divergences.stream().map(p -> p.later().id() + " against " + p.earlier().id())
          .toList(), report::toString);
    });
  }
}
