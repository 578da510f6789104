package dev.dispatch.figure;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A figure: a {@link Count} of people to whom something happened, of forces, of territory, or of
 * anything else, among a population, in a place, over a {@link Timeframe}, according to one or
 * more attributions, about an event, with the structure real reporting gives it.
 *
 * <ul>
 *   <li><b>Parts</b>: {@link #breakdowns()} into {@link Part}s by outcome, age, sex, status, place,
 *       party, nested to any practical depth, complete or partial.
 *   <li><b>Relations</b>: {@link #relations()} to other figures: revises, share of, sum of, excluded
 *       from, compared with.
 *   <li><b>Counting rules</b>: {@link #basis()} (a recorded or verified minimum, an estimate) and
 *       {@link #scope()} (the event, or one facility's count).
 *   <li><b>Hedges</b>: {@link #hedge()} ("could have killed"), separate from the attributions'
 *       verification status.
 * </ul>
 *
 * <p>Invariants, checked at construction:
 * <ul>
 *   <li>a {@link Measure#PEOPLE} figure has at least one outcome, and UNSPECIFIED only alone; other
 *       measures have none; an outcome phrase needs outcomes;
 *   <li>people and force strength are counted in persons, territory in a unit of area;
 *   <li>each part is in the whole's unit and its lower bound does not exceed the whole's upper
 *       bound, at every level (a part that certainly exceeds its whole cannot be built; one that
 *       merely may is a validation finding);
 *   <li>attributions and relations are distinct; no relation points at the figure itself.
 * </ul>
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Figure {

  Figure() {}

  /** The figure's id in its report. */
  public abstract FigureId id();

  /** What kind of quantity it is. */
  public abstract Measure measure();

  /** For people, what happened to those counted: "killed or wounded" is {KILLED, WOUNDED}. */
  public abstract Set<Outcome> outcomes();

  /** The outcome word as printed when it is a euphemism or unusual: "eliminated". */
  public abstract Optional<String> outcomePhrase();

  /** The number. */
  public abstract Count count();

  /** Whom it counts, when stated. */
  public abstract Optional<Population> population();

  /** Where, when stated. */
  public abstract Optional<Location> location();

  /** Over what time, when stated: a period, or a running total since a start and as of a cut-off. */
  public abstract Optional<Timeframe> timeframe();

  /** How the number was arrived at, when the report says: a recorded minimum, an estimate. */
  public abstract Optional<CountingBasis> basis();

  /** What it counts over, when the report says: the event, or one facility. */
  public abstract Optional<CountingScope> scope();

  /** The event it is about, by id. */
  public abstract Optional<EventId> event();

  /** According to whom: several when stated jointly; none when the report gives no source (a validation finding). */
  public abstract List<Attribution> attributions();

  /** The hedge the report gives the figure: "could have killed", "are believed to". */
  public abstract Optional<Hedge> hedge();

  /** Parts of the whole. */
  public abstract List<Breakdown> breakdowns();

  /** How it relates to other figures of the report. */
  public abstract List<FigureRelation> relations();

  /**
   * What the figure implies about the true number: for a {@linkplain CountingBasis#isMinimum()
   * recorded or verified minimum}, at least its lower bound; otherwise its count. "The UN recorded
   * 25 deaths" implies at least 25, not exactly 25.
   */
  public Count impliedCount() {
    if (basis().isPresent() && basis().get().isMinimum()) {
      return Count.atLeast(count().lowerBound()).withUnit(count().unit());
    }
    return count();
  }

  /**
   * The ids this figure refers to: places, parties, event, attribution chains' sources, related
   * figures and statements, and those of every nested part.
   */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    location().ifPresent(l -> ids.addAll(l.places()));
    population().ifPresent(p -> ids.addAll(p.references()));
    event().ifPresent(ids::add);
    attributions().forEach(a -> ids.addAll(a.sources()));
    relations().forEach(r -> ids.addAll(r.references()));
    Deque<Part> parts = new ArrayDeque<>();
    breakdowns().forEach(b -> parts.addAll(b.parts()));
    collect(parts, ids);
    return Collections.unmodifiableList(ids);
  }

  /**
   * Adds the ids the parts in {@code todo} and their nested parts refer to; iterative, as parts
   * nest. Parts are values and may be shared (two parts breaking down into one breakdown), so each
   * part is visited once: the walk is linear in the parts, not in the paths through them, which
   * double with each shared level.
   */
  static void collect(Deque<Part> todo, List<Id> ids) {
    Set<Part> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!todo.isEmpty()) {
      Part p = todo.pop();
      if (!seen.add(p)) {
        continue;
      }
      p.facets().forEach(f -> ids.addAll(f.references()));
      p.attributions().forEach(a -> ids.addAll(a.sources()));
      for (Breakdown b : p.breakdowns()) {
        b.parts().forEach(todo::push);
      }
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This figure with another count. */
  public Figure withCount(Count count) {
    return copy().withCount(count);
  }

  /** This figure with a population. */
  public Figure withPopulation(Population population) {
    return copy().withPopulation(population);
  }

  /** This figure in a location. */
  public Figure withLocation(Location location) {
    return copy().withLocation(location);
  }

  /** This figure over a timeframe. */
  public Figure withTimeframe(Timeframe timeframe) {
    return copy().withTimeframe(timeframe);
  }

  /** This figure with a hedge. */
  public Figure withHedge(Hedge hedge) {
    return copy().withHedge(hedge);
  }

  /** This figure about an event. */
  public Figure withEvent(EventId event) {
    return copy().withEvent(event);
  }

  /** This figure with one more attribution, after the others: a joint statement. */
  public Figure plusAttribution(Attribution attribution) {
    List<Attribution> all = new ArrayList<>(attributions());
    all.add(Checks.notNull(attribution, "attribution"));
    return copy().withAttributions(all);
  }

  /** This figure with one more relation, after the others. */
  public Figure plusRelation(FigureRelation relation) {
    List<FigureRelation> all = new ArrayList<>(relations());
    all.add(Checks.notNull(relation, "relation"));
    return copy().withRelations(all);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableFigure copy() {
    return (ImmutableFigure) ImmutableFigure.copyOf(this);
  }

  @Value.Check
  void check() {
    if (measure() == Measure.PEOPLE) {
      Checks.check(!outcomes().isEmpty(), "Figure", "outcomes", "at least one outcome is required for PEOPLE");
      Checks.check(!outcomes().contains(Outcome.UNSPECIFIED) || outcomes().size() == 1, "Figure", "outcomes",
          () -> "UNSPECIFIED stands alone, got " + outcomes());
    } else {
      Checks.check(outcomes().isEmpty(), "Figure", "outcomes",
          () -> "must be empty for " + measure() + ", got " + outcomes());
    }
    Unit unit = count().unit();
    switch (measure()) {
      case PEOPLE, FORCE_STRENGTH -> Checks.check(unit.equals(Unit.PERSONS), "Figure", "count",
          () -> "expected a count of persons for " + measure() + ", got " + unit);
      case TERRITORY -> Checks.check(!unit.equals(Unit.PERSONS) && !unit.isTime(), "Figure", "count",
          () -> "expected a unit of area for TERRITORY, got " + unit);
      case OTHER -> { }
    }
    outcomePhrase().ifPresent(p -> Checks.notBlank(p, "Figure", "outcomePhrase"));
    Checks.check(outcomePhrase().isEmpty() || !outcomes().isEmpty(), "Figure", "outcomePhrase", "needs outcomes");
    Checks.check(Checks.distinct(attributions()), "Figure", "attributions", "must be distinct");
    Checks.check(Checks.distinct(relations()), "Figure", "relations", "must be distinct");
    for (FigureRelation r : relations()) {
      Checks.check(!r.references().contains(id()), "Figure", "relations", "must not relate the figure to itself");
    }
    Part.fits(count(), breakdowns(), "Figure", "breakdowns");
    long parts = 0;
    for (Breakdown b : breakdowns()) {
      parts += b.size();
    }
    long total = parts;
    Checks.check(total <= Breakdown.MAX_PARTS, "Figure", "breakdowns",
        () -> "expected at most " + Breakdown.MAX_PARTS + " parts, nested parts included, got " + total);
  }

  /**
   * Builds a {@link Figure}. Required: {@link #id}, {@link #measure}, {@link #count}. Not
   * thread-safe; {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableFigure.Builder b = ImmutableFigure.generatedBuilder();
    private @Nullable FigureId id;
    private @Nullable Measure measure;
    private @Nullable Count count;

    private Builder() {}

    /** Sets the figure's id, unique among the report's figures. */
    public Builder id(FigureId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets what kind of quantity it is. */
    public Builder measure(Measure measure) {
      this.measure = Checks.notNull(measure, "measure");
      return this;
    }

    /** Adds outcomes: what happened to the people counted. */
    public Builder addOutcomes(Outcome... outcomes) {
      b.addOutcomes(Checks.notNull(outcomes, "outcomes"));
      return this;
    }

    /** Replaces the outcomes. */
    public Builder outcomes(Iterable<Outcome> outcomes) {
      b.outcomes(Checks.notNull(outcomes, "outcomes"));
      return this;
    }

    /** Sets the outcome word as printed: "eliminated". */
    public Builder outcomePhrase(String outcomePhrase) {
      b.outcomePhrase(Checks.notNull(outcomePhrase, "outcomePhrase"));
      return this;
    }

    /** Sets the number. */
    public Builder count(Count count) {
      this.count = Checks.notNull(count, "count");
      return this;
    }

    /** Sets whom it counts. */
    public Builder population(Population population) {
      b.population(Checks.notNull(population, "population"));
      return this;
    }

    /** Sets where. */
    public Builder location(Location location) {
      b.location(Checks.notNull(location, "location"));
      return this;
    }

    /** Sets over what time. */
    public Builder timeframe(Timeframe timeframe) {
      b.timeframe(Checks.notNull(timeframe, "timeframe"));
      return this;
    }

    /** Sets how the number was arrived at. */
    public Builder basis(CountingBasis basis) {
      b.basis(Checks.notNull(basis, "basis"));
      return this;
    }

    /** Sets what it counts over. */
    public Builder scope(CountingScope scope) {
      b.scope(Checks.notNull(scope, "scope"));
      return this;
    }

    /** Sets the event it is about, an event of the report. */
    public Builder event(EventId event) {
      b.event(Checks.notNull(event, "event"));
      return this;
    }

    /** Adds attributions: who states it. */
    public Builder addAttributions(Attribution... attributions) {
      b.addAttributions(Checks.notNull(attributions, "attributions"));
      return this;
    }

    /** Replaces the attributions. */
    public Builder attributions(Iterable<Attribution> attributions) {
      b.attributions(Checks.notNull(attributions, "attributions"));
      return this;
    }

    /** Sets the hedge. */
    public Builder hedge(Hedge hedge) {
      b.hedge(Checks.notNull(hedge, "hedge"));
      return this;
    }

    /** Adds breakdowns of the whole. */
    public Builder addBreakdowns(Breakdown... breakdowns) {
      b.addBreakdowns(Checks.notNull(breakdowns, "breakdowns"));
      return this;
    }

    /** Replaces the breakdowns. */
    public Builder breakdowns(Iterable<Breakdown> breakdowns) {
      b.breakdowns(Checks.notNull(breakdowns, "breakdowns"));
      return this;
    }

    /** Adds relations to other figures. */
    public Builder addRelations(FigureRelation... relations) {
      b.addRelations(Checks.notNull(relations, "relations"));
      return this;
    }

    /** Replaces the relations. */
    public Builder relations(Iterable<FigureRelation> relations) {
      b.relations(Checks.notNull(relations, "relations"));
      return this;
    }

    /**
     * The figure.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Figure build() {
      return b.id(Checks.required(id, "Figure", "id")).measure(Checks.required(measure, "Figure", "measure"))
          .count(Checks.required(count, "Figure", "count")).build();
    }
  }
}
