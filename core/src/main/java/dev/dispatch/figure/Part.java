package dev.dispatch.figure;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.id.Id;
import dev.dispatch.internal.Checks;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.time.DateMention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One part of a whole: which part its {@linkplain #facets() facets} say (killed, children,
 * women, in Kharkiv oblast), how many, and, when it differs from its whole's, who says so, as of
 * when and with what hedge ("nine women among the dead, a local official said"). A part may break
 * down further.
 *
 * <p>Invariants, checked at construction: at least one facet, no two of one dimension; each part
 * of each nested breakdown is in this part's unit, and its lower bound does not exceed this part's
 * upper bound (a part that certainly exceeds its whole cannot be built; one that merely may is a
 * validation finding); attributions are distinct. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Part {

  Part() {}

  /** Which part of the whole this is; at most one facet per dimension. */
  public abstract List<Facet> facets();

  /** How many. */
  public abstract Count count();

  /** Who says so, when not the whole's sources; several when stated jointly. */
  public abstract List<Attribution> attributions();

  /** As of when, when it differs from the whole's time. */
  public abstract Optional<DateMention> date();

  /** The hedge the report gives this part. */
  public abstract Optional<Hedge> hedge();

  /**
   * The part as a share of its whole, as printed, when the report gives it so: "nearly a quarter
   * of the detainees are women". The count then holds what is known in absolute terms (often
   * {@link Count#unknown()}).
   */
  public abstract Optional<Proportion> share();

  /** Breakdowns of this part. */
  public abstract List<Breakdown> breakdowns();

  /** How many parts deep this part nests: 1 when it does not break down. */
  @Value.Derived
  @Value.Auxiliary
  public int depth() {
    int deepest = 0;
    for (Breakdown b : breakdowns()) {
      deepest = Math.max(deepest, b.depth());
    }
    return deepest + 1;
  }

  /**
   * How many parts this part stands for, itself and every nested part counted once per place it
   * appears: what a writer writes and {@code equals} compares. A part reused at several places
   * counts at each. Saturates just above {@link Breakdown#MAX_PARTS}, which construction enforces.
   */
  @Value.Derived
  @Value.Auxiliary
  public int size() {
    long size = 1;
    for (Breakdown b : breakdowns()) {
      size += b.size();
    }
    return (int) Math.min(size, Breakdown.MAX_PARTS + 1L);
  }

  /** A part with facets and a count, and nothing else. */
  public static Part of(Count count, Facet... facets) {
    return builder().addFacets(Checks.notNull(facets, "facets")).count(count).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This part with another count. */
  public Part withCount(Count count) {
    return copy().withCount(count);
  }

  /** This part with one more breakdown, after the others. */
  public Part plusBreakdown(Breakdown breakdown) {
    List<Breakdown> all = new ArrayList<>(breakdowns());
    all.add(Checks.notNull(breakdown, "breakdown"));
    return copy().withBreakdowns(all);
  }

  /** The ids this part refers to, with those of its nested parts: facets' places and parties, sources. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    Deque<Part> todo = new ArrayDeque<>();
    todo.push(this);
    Figure.collect(todo, ids);
    return Collections.unmodifiableList(ids);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutablePart copy() {
    return (ImmutablePart) ImmutablePart.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.check(!facets().isEmpty(), "Part", "facets", "at least one facet is required");
    Set<String> dimensions = new HashSet<>();
    for (Facet f : facets()) {
      Checks.check(dimensions.add(f.dimensionKey()), "Part", "facets",
          () -> "must not hold two facets of dimension " + f.dimensionKey());
    }
    Checks.check(Checks.distinct(attributions()), "Part", "attributions", "must be distinct");
    fits(count(), breakdowns(), "Part", "breakdowns");
    Checks.check(size() <= Breakdown.MAX_PARTS, "Part", "breakdowns",
        () -> "expected at most " + Breakdown.MAX_PARTS + " parts, nested parts included, got more");
  }

  /**
   * Checks the parts of {@code breakdowns} against their whole: same unit, lower bound not above
   * the whole's upper bound. One level only: each part checked its own parts when it was built.
   */
  static void fits(Count whole, List<Breakdown> breakdowns, String type, String field) {
    OptionalLong max = whole.upperBound();
    for (int i = 0; i < breakdowns.size(); i++) {
      List<Part> parts = breakdowns.get(i).parts();
      for (int j = 0; j < parts.size(); j++) {
        Count part = parts.get(j).count();
        String at = field + "[" + i + "].parts[" + j + "].count";
        Checks.check(part.unit().equals(whole.unit()), type, at,
            () -> "expected the whole's unit " + whole.unit() + ", got " + part.unit());
        if (max.isPresent()) {
          Checks.check(part.lowerBound() <= max.getAsLong(), type, at,
              () -> "lower bound " + part.lowerBound() + " exceeds the whole's upper bound " + max.getAsLong());
        }
      }
    }
  }

  /**
   * Builds a {@link Part}. Required: at least one facet, {@link #count}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutablePart.Builder b = ImmutablePart.generatedBuilder();
    private @Nullable Count count;

    private Builder() {}

    /** Adds facets saying which part this is. */
    public Builder addFacets(Facet... facets) {
      b.addFacets(Checks.notNull(facets, "facets"));
      return this;
    }

    /** Sets how many. */
    public Builder count(Count count) {
      this.count = Checks.notNull(count, "count");
      return this;
    }

    /** Adds who says so. */
    public Builder addAttributions(Attribution... attributions) {
      b.addAttributions(Checks.notNull(attributions, "attributions"));
      return this;
    }

    /** Sets as of when. */
    public Builder date(DateMention date) {
      b.date(Checks.notNull(date, "date"));
      return this;
    }

    /** Sets the hedge. */
    public Builder hedge(Hedge hedge) {
      b.hedge(Checks.notNull(hedge, "hedge"));
      return this;
    }

    /** Sets the part as a share of its whole, as printed. */
    public Builder share(Proportion share) {
      b.share(Checks.notNull(share, "share"));
      return this;
    }

    /** Adds breakdowns of this part. */
    public Builder addBreakdowns(Breakdown... breakdowns) {
      b.addBreakdowns(Checks.notNull(breakdowns, "breakdowns"));
      return this;
    }

    /**
     * The part.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Part build() {
      return b.count(Checks.required(count, "Part", "count")).build();
    }
  }
}
