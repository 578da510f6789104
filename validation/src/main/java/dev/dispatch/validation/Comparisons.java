package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.CountingScope;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Relation;
import dev.dispatch.report.Report;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which figures of a report count the same thing, and which of them cannot both be true
 * ({@link Rules#FIGURE_CONTRADICTION}) or put forward values ten times apart or more
 * ({@link Rules#FIGURE_ESTIMATES_DIVERGE}), worked out once per report.
 *
 * <p>Figures count the same thing when they have the same {@linkplain #key key} (measure, unit,
 * population on its structured fields, place, timeframe, event, counting scope) and outcome sets
 * that are equal or nested. Figures related to each other, and the counts of one prisoner exchange
 * (of exchanges that share a count), are not compared.
 *
 * <p>Each figure is reported at most once, against the first earlier figure it contradicts (or
 * diverges from): the findings are at most one per figure. Within a group, the earlier figures of
 * each outcome set are kept in {@link FirstAbove} trees of their lower bounds and of their upper
 * bounds, so that the first earlier figure whose lower bound is above a figure's upper bound (or
 * whose upper bound is below its lower bound) is found in logarithmic time: {@code O(n log n)}
 * per group, times the number of outcome sets nested with a figure's.
 */
final class Comparisons {

  /** A figure reported against the first earlier figure it clashes with. */
  record Pair(Figure later, Figure earlier) {}

  /** The figures that contradict an earlier figure, in report order, each with the first it contradicts. */
  final List<Pair> contradictions = new ArrayList<>();

  /**
   * The figures whose value is ten times an earlier figure's best value or more, or a tenth of it
   * or less (one of the two a best value), and that contradict no earlier figure, in report order.
   */
  final List<Pair> divergences = new ArrayList<>();

  /** How far apart values must be to diverge: this factor or more. */
  static final long FACTOR = 10;

  private Comparisons() {}

  // --- keys ----------------------------------------------------------------------------------

  /** What must be equal for two figures to count the same thing; the outcomes are compared apart. */
  private record Key(Measure measure, Unit unit, Optional<PopulationKey> population, Optional<LocationKey> location,
      Optional<TimeKey> timeframe, Optional<EventId> event, boolean facility) {}

  /** A population's structured fields ({@link Population#sameAs}); its description is never compared. */
  private record PopulationKey(Optional<CountryCode> nationality, Optional<PartyId> force, Optional<PartyId> side,
      Optional<CombatantStatus> status, Optional<AgeGroup> ageGroup, Optional<Sex> sex) {}

  /** A location's relation and places, in any order; its phrase only when it names no place. */
  private record LocationKey(Relation relation, Set<PlaceId> places, Optional<String> phrase) {}

  /** A timeframe's kind, dates and length. */
  private record TimeKey(String kind, Optional<MentionKey> first, Optional<MentionKey> second,
      Optional<LengthKey> length) {}

  /** A date mention by its resolved value and time of day, or by its phrase when unresolved. */
  private record MentionKey(Optional<String> value, Optional<ClockTime> time, Optional<String> phrase) {}

  /** A length of time by its count, whatever its phrase. */
  private record LengthKey(Qualifier qualifier, OptionalLong number, OptionalLong rangeEnd,
      Optional<Magnitude> magnitude, Unit unit) {}

  /**
   * The key of a figure, or empty when it is compared with no other: it states none of
   * population, place, timeframe and event (nothing says what it counts beyond its outcomes), or
   * its population is described only (descriptions are never compared, so two described
   * populations cannot be told the same).
   */
  private static Optional<Key> key(Figure f) {
    if (f.population().isEmpty() && f.location().isEmpty() && f.timeframe().isEmpty() && f.event().isEmpty()) {
      return Optional.empty();
    }
    Optional<PopulationKey> population = f.population().map(Comparisons::population);
    if (population.isPresent() && population.get().equals(DESCRIBED_ONLY)) {
      return Optional.empty();
    }
    return Optional.of(new Key(f.measure(), f.count().unit(), population, f.location().map(Comparisons::location),
        f.timeframe().map(Comparisons::timeframe), f.event(),
        f.scope().orElse(CountingScope.EVENT) == CountingScope.FACILITY));
  }

  private static final PopulationKey DESCRIBED_ONLY = new PopulationKey(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private static PopulationKey population(Population p) {
    return new PopulationKey(p.nationality(), p.force(), p.side(), p.status(), p.ageGroup(), p.sex());
  }

  private static LocationKey location(Location l) {
    return new LocationKey(l.relation(), Set.copyOf(l.places()),
        l.places().isEmpty() ? l.phrase().map(s -> s.toLowerCase(Locale.ROOT)) : Optional.empty());
  }

  private static TimeKey timeframe(Timeframe t) {
    return Variants.timeframe(t,
        during -> new TimeKey("during", Optional.of(mention(during.period())), Optional.empty(), Optional.empty()),
        over -> new TimeKey("over", over.ending().map(Comparisons::mention), Optional.empty(),
            Optional.of(length(over.length().length()))),
        cumulative -> new TimeKey("cumulative", cumulative.since().map(Comparisons::mention),
            cumulative.asOf().map(Comparisons::mention), Optional.empty()));
  }

  private static LengthKey length(Count c) {
    return new LengthKey(c.qualifier(), c.number(), c.rangeEnd(), c.magnitude(), c.unit());
  }

  private static MentionKey mention(DateMention m) {
    Optional<String> value = m.value().map(DateValue::toEdtf);
    return new MentionKey(value, m.time(), value.isPresent() ? Optional.empty()
        : m.phrase().map(p -> p.toLowerCase(Locale.ROOT)));
  }

  // --- exemptions ----------------------------------------------------------------------------

  /** Figures related to each other, both ways; linear in the relations. */
  private final Map<FigureId, Set<FigureId>> related = new HashMap<>();

  /** Each figure counted by an exchange: its exchange's class (exchanges sharing a count are one). */
  private final Map<FigureId, Integer> exchangeClass = new HashMap<>();

  private void exemptions(Report report) {
    for (Figure f : report.figures()) {
      for (FigureRelation r : f.relations()) {
        for (FigureId other : r.figures()) {
          related.computeIfAbsent(f.id(), k -> new HashSet<>()).add(other);
          related.computeIfAbsent(other, k -> new HashSet<>()).add(f.id());
        }
      }
    }
    List<Integer> parent = new ArrayList<>();
    for (Event e : report.events()) {
      if (e.exchange().isEmpty()) {
        continue;
      }
      int mine = parent.size();
      parent.add(mine);
      for (ExchangeSide side : e.exchange().get().sides()) {
        for (FigureId id : side.counts()) {
          Integer had = exchangeClass.putIfAbsent(id, mine);
          if (had != null) {
            parent.set(root(parent, had), root(parent, mine));
          }
        }
      }
    }
    exchangeClass.replaceAll((id, c) -> root(parent, c));
    exchangeClasses = parent.size();
  }

  /** How many exchange classes there are at most: the classes of other figures come after. */
  private int exchangeClasses;

  private static int root(List<Integer> parent, int c) {
    int r = c;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    int x = c;
    while (parent.get(x) != r) {
      int next = parent.get(x);
      parent.set(x, r);
      x = next;
    }
    return r;
  }

  private boolean related(Figure a, Figure b) {
    Set<FigureId> r = related.get(a.id());
    return r != null && r.contains(b.id());
  }

  // --- the comparisons -----------------------------------------------------------------------

  /** The comparisons of {@code report}'s figures. */
  static Comparisons of(Report report) {
    Comparisons c = new Comparisons();
    c.exemptions(report);
    Map<Key, List<Figure>> groups = new LinkedHashMap<>();
    for (Figure f : report.figures()) {
      key(f).ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f));
    }
    Map<FigureId, Integer> order = new HashMap<>();
    for (int i = 0; i < report.figures().size(); i++) {
      order.put(report.figures().get(i).id(), i);
    }
    for (List<Figure> group : groups.values()) {
      if (group.size() > 1) {
        c.compare(group);
      }
    }
    c.contradictions.sort((p, q) -> Integer.compare(order.getOrDefault(p.later().id(), 0),
        order.getOrDefault(q.later().id(), 0)));
    c.divergences.sort((p, q) -> Integer.compare(order.getOrDefault(p.later().id(), 0),
        order.getOrDefault(q.later().id(), 0)));
    return c;
  }

  /** The figures of one outcome set within a group, in report order, with their trees. */
  private final class Column {
    final Set<Outcome> outcomes;
    final List<Integer> positions = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    FirstAbove lows = new FirstAbove(new long[0], new int[0]);
    FirstAbove highs = lows;
    FirstAbove points = lows;
    FirstAbove estimates = lows;
    final List<Column> narrower = new ArrayList<>();
    final List<Column> wider = new ArrayList<>();
    int seen;

    Column(Set<Outcome> outcomes) {
      this.outcomes = outcomes;
    }

    /**
     * Builds the trees. A figure of an exchange is of its exchange's class; any other is of a class
     * of its own, from {@code own} on.
     */
    void build(int own) {
      int n = figures.size();
      long[] low = new long[n];
      long[] high = new long[n];
      long[] point = new long[n];
      long[] estimate = new long[n];
      int[] classes = new int[n];
      for (int i = 0; i < n; i++) {
        Figure f = figures.get(i);
        Count implied = f.impliedCount();
        low[i] = implied.lowerBound();
        OptionalLong up = implied.upperBound();
        high[i] = up.isPresent() ? -up.getAsLong() : Long.MIN_VALUE;
        OptionalLong best = f.count().best();
        point[i] = point(f.count());
        estimate[i] = best.isPresent() ? -FACTOR * best.getAsLong() : Long.MIN_VALUE;
        Integer exchange = exchangeClass.get(f.id());
        classes[i] = exchange != null ? exchange : own + positions.get(i);
      }
      lows = new FirstAbove(low, classes);
      highs = new FirstAbove(high, classes);
      points = new FirstAbove(point, classes);
      estimates = new FirstAbove(estimate, classes);
    }

    /** How many of its figures come before group position {@code position}; positions asked for only grow. */
    int before(int position) {
      while (seen < positions.size() && positions.get(seen) < position) {
        seen++;
      }
      return seen;
    }
  }

  /**
   * The value a count puts forward: its best value, or else its lower bound when it has one ("at
   * least 600" stands for 600 or more); {@link Long#MIN_VALUE} for none.
   */
  private static long point(Count c) {
    OptionalLong best = c.best();
    if (best.isPresent()) {
      return best.getAsLong();
    }
    return c.lowerBound() > 0 ? c.lowerBound() : Long.MIN_VALUE;
  }

  private void compare(List<Figure> group) {
    Map<Set<Outcome>, Column> columns = new LinkedHashMap<>();
    List<Column> columnOf = new ArrayList<>(group.size());
    for (int p = 0; p < group.size(); p++) {
      Figure f = group.get(p);
      Column column = columns.computeIfAbsent(f.outcomes(), Column::new);
      column.positions.add(p);
      column.figures.add(f);
      columnOf.add(column);
    }
    for (Column column : columns.values()) {
      column.build(exchangeClasses);
      for (Column other : columns.values()) {
        if (column.outcomes.containsAll(other.outcomes)) {
          column.narrower.add(other);
        }
        if (other.outcomes.containsAll(column.outcomes)) {
          column.wider.add(other);
        }
      }
    }
    for (int p = 0; p < group.size(); p++) {
      Figure j = group.get(p);
      Column mine = columnOf.get(p);
      Integer exchange = exchangeClass.get(j.id());
      int excluded = exchange != null ? exchange : -1;
      Count implied = j.impliedCount();
      OptionalLong high = implied.upperBound();
      int first = Integer.MAX_VALUE;
      Figure against = null;
      for (Column narrow : mine.narrower) {
        if (high.isPresent()) {
          int at = first(narrow, narrow.lows, narrow.before(p), high.getAsLong(), excluded, j);
          if (at >= 0 && narrow.positions.get(at) < first) {
            first = narrow.positions.get(at);
            against = narrow.figures.get(at);
          }
        }
      }
      for (Column wide : mine.wider) {
        int at = first(wide, wide.highs, wide.before(p), -implied.lowerBound(), excluded, j);
        if (at >= 0 && wide.positions.get(at) < first) {
          first = wide.positions.get(at);
          against = wide.figures.get(at);
        }
      }
      if (against != null) {
        contradictions.add(new Pair(j, against));
        continue;
      }
      long point = point(j.count());
      OptionalLong best = j.count().best();
      int before = mine.before(p);
      if (best.isPresent()) {
        // some earlier value at least ten times this best value, and above it ("0" is not ten times "0")
        int at = first(mine, mine.points, before, Math.max(FACTOR * best.getAsLong(), 1) - 1, excluded, j);
        if (at >= 0 && mine.positions.get(at) < first) {
          first = mine.positions.get(at);
          against = mine.figures.get(at);
        }
      }
      if (point > 0) {
        // some earlier best value at most a tenth of this value
        int at = first(mine, mine.estimates, before, -point - 1, excluded, j);
        if (at >= 0 && mine.positions.get(at) < first) {
          against = mine.figures.get(at);
        }
      }
      if (against != null) {
        divergences.add(new Pair(j, against));
      }
    }
  }

  /**
   * The index in {@code column} of the first of its first {@code before} figures whose value in
   * {@code tree} is above {@code bound}, not of the exchange {@code excluded}, and not related to
   * {@code j}; -1 if none. Each related figure skipped is one of {@code j}'s relations.
   */
  private int first(Column column, FirstAbove tree, int before, long bound, int excluded, Figure j) {
    int at = tree.first(0, before, bound, excluded);
    while (at >= 0 && related(j, column.figures.get(at))) {
      at = tree.first(at + 1, before, bound, excluded);
    }
    return at;
  }
}
