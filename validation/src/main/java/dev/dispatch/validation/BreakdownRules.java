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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
      List<Facet> values = new ArrayList<>(parts.size());
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
    return Variants.facet(values.get(0), new Variants.FacetCases<Boolean>() {
      @Override
      public Boolean outcomes(Facet.Outcomes first) {
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        for (Facet f : values) {
          for (Outcome o : ((Facet.Outcomes) f).outcomes()) {
            if (!seen.add(o)) {
              return false;
            }
          }
        }
        return true;
      }

      @Override
      public Boolean age(Facet.Age first) {
        Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
        for (Facet f : values) {
          if (!groups.add(((Facet.Age) f).group())) {
            return false;
          }
        }
        return !(groups.contains(AgeGroup.ADULT) && groups.contains(AgeGroup.OLDER));
      }

      @Override
      public Boolean sex(Facet.OfSex first) {
        return allDiffer();
      }

      @Override
      public Boolean status(Facet.Status first) {
        return allDiffer();
      }

      @Override
      public Boolean place(Facet.InPlace first) {
        Set<PlaceId> ids = new HashSet<>();
        for (Facet f : values) {
          if (!ids.add(((Facet.InPlace) f).place())) {
            return false;
          }
        }
        return places.noneWithinAnother(ids);
      }

      @Override
      public Boolean party(Facet.OfParty first) {
        return allDiffer();
      }

      @Override
      public Boolean heldBy(Facet.HeldBy first) {
        return allDiffer();
      }

      @Override
      public Boolean label(Facet.Label first) {
        return allDiffer();
      }

      /** One value each: disjoint when all differ. */
      private boolean allDiffer() {
        return new HashSet<>(values).size() == values.size();
      }
    });
  }

  /**
   * The report's places, to tell whether one lies within another. The places' {@code within}
   * links make a forest (core rejects cycles); walked once, depth first and without recursion,
   * each place gets the interval of its descendants' visiting order, so that one place lies within
   * another, however deep, when its interval is inside the other's. Worked out on first use, once
   * per report.
   */
  static final class Places {
    private final Report report;
    private @Nullable Map<PlaceId, int[]> spans;

    Places(Report report) {
      this.report = report;
    }

    private Map<PlaceId, int[]> spans() {
      Map<PlaceId, int[]> known = spans;
      if (known != null) {
        return known;
      }
      Map<PlaceId, List<PlaceId>> inside = new HashMap<>();
      List<PlaceId> roots = new ArrayList<>();
      for (Place p : report.places()) {
        Optional<PlaceId> up = p.within();
        if (up.isPresent() && report.place(up.get()).isPresent()) {
          inside.computeIfAbsent(up.get(), k -> new ArrayList<>()).add(p.id());
        } else {
          roots.add(p.id());
        }
      }
      Map<PlaceId, int[]> made = new HashMap<>();
      int clock = 0;
      Deque<PlaceId> todo = new ArrayDeque<>();
      for (PlaceId root : roots) {
        todo.push(root);
        while (!todo.isEmpty()) {
          PlaceId p = todo.peek();
          int[] span = made.get(p);
          if (span == null) {
            made.put(p, new int[] {clock++, -1});
            for (PlaceId child : inside.getOrDefault(p, List.of())) {
              todo.push(child);
            }
          } else {
            todo.pop();
            span[1] = clock++;
          }
        }
      }
      spans = made;
      return made;
    }

    /**
     * Whether no place of {@code ids} lies within another of them, however deep: sorted by when
     * they were first visited, a place lies within another of the set exactly when it lies within
     * the one just before it or one enclosing that. {@code O(k log k)} for {@code k} ids.
     */
    boolean noneWithinAnother(Set<PlaceId> ids) {
      Map<PlaceId, int[]> all = spans();
      List<int[]> sorted = new ArrayList<>(ids.size());
      for (PlaceId id : ids) {
        int[] span = all.get(id);
        if (span != null) {
          sorted.add(span);
        }
      }
      sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i)[0] < sorted.get(i - 1)[1]) {
          return false; // visited while the one before was open: inside it
        }
      }
      return true;
    }
  }
}
