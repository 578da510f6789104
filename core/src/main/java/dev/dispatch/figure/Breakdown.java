package dev.dispatch.figure;

import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parts of a whole, and whether they make it up: "12 men, 9 women and 4 children" is a
 * {@linkplain Completeness#COMPLETE complete} breakdown of 25; "including 12 children" a
 * {@linkplain Completeness#PARTIAL partial} one. Each {@link Part} may itself break down, to a
 * depth of {@value #MAX_DEPTH}: killed children within killed within all casualties.
 *
 * <p>Invariants, checked at construction: at least one part; no two parts with the same facets;
 * nesting at most {@value #MAX_DEPTH} parts deep. Whether the parts fit their whole is checked by
 * the {@link Part} or {@link Figure} that holds the breakdown. Immutable and thread-safe.
 *
 * @param completeness whether the parts sum to the whole
 * @param parts the parts
 */
public record Breakdown(Completeness completeness, List<Part> parts) {

  /**
   * The deepest nesting of parts: deep enough for any report (outcome, status, age, sex, place),
   * shallow enough that the JSON of a report stays within the reader's default nesting limit.
   */
  public static final int MAX_DEPTH = 32;

  /**
   * The most parts one figure may hold, nested parts counted at each place they appear. Parts are
   * values and may be reused, so a few dozen objects can stand for billions of parts; this bound
   * keeps writing, comparing and printing a figure linear in what it holds.
   */
  public static final int MAX_PARTS = 10_000;

  /** Checks the invariants and copies the list; the message names the field. */
  public Breakdown {
    Checks.notNull(completeness, "completeness");
    parts = List.copyOf(Checks.notNull(parts, "parts"));
    Checks.check(!parts.isEmpty(), "Breakdown", "parts", "at least one part is required");
    // A part is which facets it has, in any order: "boys" is child and male, or male and child.
    List<Set<Facet>> facets = new ArrayList<>(parts.size());
    int deepest = 0;
    for (Part p : parts) {
      facets.add(Set.copyOf(p.facets()));
      deepest = Math.max(deepest, p.depth());
    }
    Checks.check(Checks.distinct(facets), "Breakdown", "parts", "must not hold two parts with the same facets");
    int depth = deepest;
    long size = 0;
    for (Part p : parts) {
      size += p.size();
    }
    long total = size;
    Checks.check(total <= MAX_PARTS, "Breakdown", "parts",
        () -> "expected at most " + MAX_PARTS + " parts, nested parts included, got more");
    Checks.check(depth <= MAX_DEPTH, "Breakdown", "parts",
        () -> "expected parts nested at most " + MAX_DEPTH + " deep, got " + depth);
  }

  /** Parts that sum to the whole. */
  public static Breakdown complete(Part... parts) {
    return new Breakdown(Completeness.COMPLETE, List.of(Checks.notNull(parts, "parts")));
  }

  /** Some parts of the whole: "including ...". */
  public static Breakdown partial(Part... parts) {
    return new Breakdown(Completeness.PARTIAL, List.of(Checks.notNull(parts, "parts")));
  }

  /** How many parts this breakdown holds, nested parts included: at most {@link #MAX_PARTS}. */
  public int size() {
    long size = 0;
    for (Part p : parts) {
      size += p.size();
    }
    return (int) Math.min(size, MAX_PARTS + 1L);
  }

  /** How many parts deep this breakdown nests: 1 when its parts do not break down further. */
  public int depth() {
    int deepest = 0;
    for (Part p : parts) {
      deepest = Math.max(deepest, p.depth());
    }
    return deepest;
  }
}
