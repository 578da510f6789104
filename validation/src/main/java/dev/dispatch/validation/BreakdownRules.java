package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Completeness;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.id.PlaceId;
import dev.dispatch.place.Place;
import dev.dispatch.report.Report;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Rules about parts of a whole, at every depth of nesting: a part that may exceed its whole, a
 * complete breakdown that cannot sum to it, a partial breakdown already above it. Core rejects a
 * part that certainly exceeds its whole; these find what may not be true. The whole of a
 * figure's breakdown is the figure's count as stated (not its implied count: the parts break down
 * the stated number); the whole of a nested breakdown is its part's count.
 */
final class BreakdownRules {
  private BreakdownRules() {}

  static final Rule MAY_EXCEED = Rule.of(Rules.FIGURE_BREAKDOWN_MAY_EXCEED_TOTAL, Severity.WARNING,
      "A part whose upper bound is above its whole's: it may exceed the whole.",
      (report, findings) -> walk(report, (path, whole, breakdown, parts) -> {
        OptionalLong max = whole.upperBound();
        if (max.isEmpty()) {
          return;
        }
        for (int j = 0; j < parts.size(); j++) {
          OptionalLong part = parts.get(j).count().upperBound();
          if (part.isEmpty() || part.getAsLong() > max.getAsLong()) {
            findings.add(path + ".parts[" + j + "].count", "the part " + Paths.count(parts.get(j).count())
                + " may be " + (part.isEmpty() ? "unbounded" : "as many as " + part.getAsLong())
                + ", above its whole's upper bound " + max.getAsLong() + " (" + Paths.count(whole) + ")");
          }
        }
      }));

  static final Rule CANNOT_SUM = Rule.of(Rules.FIGURE_BREAKDOWN_CANNOT_SUM, Severity.WARNING,
      "A complete breakdown whose parts' bounds cannot sum to the whole.",
      (report, findings) -> walk(report, (path, whole, breakdown, parts) -> {
        if (breakdown.completeness() != Completeness.COMPLETE) {
          return;
        }
        long lows = 0;
        long highs = 0;
        boolean bounded = true;
        for (Part p : parts) {
          lows = add(lows, p.count().lowerBound());
          OptionalLong high = p.count().upperBound();
          if (high.isPresent()) {
            highs = add(highs, high.getAsLong());
          } else {
            bounded = false;
          }
        }
        OptionalLong max = whole.upperBound();
        if (max.isPresent() && lows > max.getAsLong()) {
          findings.add(path, "the parts add up to at least " + lows + ", above the whole's upper bound "
              + max.getAsLong() + " (" + Paths.count(whole) + "); the breakdown is said to be complete");
        } else if (bounded && highs < whole.lowerBound()) {
          findings.add(path, "the parts add up to at most " + highs + ", below the whole's lower bound "
              + whole.lowerBound() + " (" + Paths.count(whole) + "); the breakdown is said to be complete: "
              + "a part is missing, or it is partial");
        }
      }));

  static final Rule PARTIAL_EXCEEDS = Rule.of(Rules.FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL, Severity.WARNING,
      "A partial breakdown whose distinct parts' lower bounds already sum above the whole's upper bound.",
      (report, findings) -> {
        Places places = new Places(report);
        walk(report, (path, whole, breakdown, parts) -> {
          OptionalLong max = whole.upperBound();
          if (breakdown.completeness() != Completeness.PARTIAL || max.isEmpty() || parts.size() < 2
              || !disjoint(parts, places)) {
            return;
          }
          long lows = 0;
          for (Part p : parts) {
            lows = add(lows, p.count().lowerBound());
          }
          if (lows > max.getAsLong()) {
            findings.add(path, "the parts, which do not overlap, add up to at least " + lows
                + ", above the whole's upper bound " + max.getAsLong() + " (" + Paths.count(whole) + ")");
          }
        });
      });

  static final List<Rule> ALL = List.of(MAY_EXCEED, CANNOT_SUM, PARTIAL_EXCEEDS);

  /** What each breakdown of a report is checked by. */
  @FunctionalInterface
  interface Visit {
    /**
     * Visits one breakdown.
     *
     * @param path the breakdown's path, such as {@code figures[f].breakdowns[0]}
     * @param whole the count of the figure or part it breaks down
     * @param breakdown the breakdown
     * @param parts its parts
     */
    void visit(String path, Count whole, Breakdown breakdown, List<Part> parts);
  }

  /** Visits every breakdown of every figure, at every depth, in document order. */
  static void walk(Report report, Visit visit) {
    for (Figure f : report.figures()) {
      walk(Paths.figure(f), f.count(), f.breakdowns(), visit);
    }
  }

  /** Recursion is bounded by {@link Breakdown#MAX_DEPTH}. */
  private static void walk(String path, Count whole, List<Breakdown> breakdowns, Visit visit) {
    for (int i = 0; i < breakdowns.size(); i++) {
      Breakdown b = breakdowns.get(i);
      String at = path + ".breakdowns[" + i + "]";
      visit.visit(at, whole, b, b.parts());
      for (int j = 0; j < b.parts().size(); j++) {
        Part p = b.parts().get(j);
        walk(at + ".parts[" + j + "]", p.count(), p.breakdowns(), visit);
      }
    }
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /**
   * Whether the parts certainly do not overlap: they share one dimension in which their values
   * are pairwise disjoint. Disjoint values: different sexes, statuses, parties, holders or labels;
   * different age groups, except adults and older people; outcome sets with no outcome in common;
   * places none of which lies within another. Parts of different dimensions ("children" and
   * "women") may overlap, and are not summed.
   */
  static boolean disjoint(List<Part> parts, Places places) {
    Map<String, Facet> first = new HashMap<>();
    for (Facet f : parts.get(0).facets()) {
      first.put(f.dimensionKey(), f);
    }
    for (String dimension : first.keySet()) {
      List<Facet> values = new java.util.ArrayList<>(parts.size());
      for (Part p : parts) {
        for (Facet f : p.facets()) {
          if (f.dimensionKey().equals(dimension)) {
            values.add(f);
          }
        }
      }
      if (values.size() == parts.size() && disjointValues(values, places)) {
        return true;
      }
    }
    return false;
  }

  private static boolean disjointValues(List<Facet> values, Places places) {
    Facet one = values.get(0);
    if (one instanceof Facet.Outcomes) {
      Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
      for (Facet f : values) {
        if (f instanceof Facet.Outcomes outcomes) {
          for (Outcome o : outcomes.outcomes()) {
            if (!seen.add(o)) {
              return false;
            }
          }
        }
      }
      return true;
    }
    if (one instanceof Facet.InPlace) {
      Set<PlaceId> ids = new HashSet<>();
      for (Facet f : values) {
        if (f instanceof Facet.InPlace in && !ids.add(in.place())) {
          return false;
        }
      }
      return places.noneWithinAnother(ids);
    }
    if (one instanceof Facet.Age) {
      Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
      for (Facet f : values) {
        if (f instanceof Facet.Age age && !groups.add(age.group())) {
          return false;
        }
      }
      return !(groups.contains(AgeGroup.ADULT) && groups.contains(AgeGroup.OLDER));
    }
    // Sex, status, party, holder, label: one value each, disjoint when all differ.
    return new HashSet<>(values).size() == values.size();
  }

  /** The report's places, to tell whether one lies within another. */
  static final class Places {
    private final Report report;

    Places(Report report) {
      this.report = report;
    }

    /**
     * Whether no place of {@code ids} lies within another of them, however deep. Walks each
     * place's chain upwards once; core rejects cycles.
     */
    boolean noneWithinAnother(Set<PlaceId> ids) {
      for (PlaceId id : ids) {
        Optional<PlaceId> up = report.place(id).flatMap(Place::within);
        Set<PlaceId> seen = new HashSet<>();
        while (up.isPresent() && seen.add(up.get())) {
          if (ids.contains(up.get())) {
            return false;
          }
          up = report.place(up.get()).flatMap(Place::within);
        }
      }
      return true;
    }
  }
}
