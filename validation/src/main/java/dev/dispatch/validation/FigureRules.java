package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.report.Report;
import dev.dispatch.source.Source;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Rules about figures: breakdowns, contradictions, captured counts, attribution. */
final class FigureRules {
  private FigureRules() {}

  static final Rule BREAKDOWN_MAY_EXCEED = Rule.of("figure.breakdown-may-exceed-total", Severity.WARNING,
      "A breakdown whose upper bound is above its total's: it may exceed the total.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          long total = f.count().upperBound().orElse(Long.MAX_VALUE);
          for (int i = 0; i < f.breakdowns().size(); i++) {
            Breakdown b = f.breakdowns().get(i);
            long part = b.count().upperBound().orElse(Long.MAX_VALUE);
            if (part > total) {
              findings.add(Paths.figure(f) + ".breakdowns[" + i + "].count", "\"" + b.label() + "\" may be "
                  + bound(b.count().upperBound()) + ", above the total's upper bound " + total);
            }
          }
        }
      });

  static final Rule CONTRADICTION = Rule.of("figure.contradiction", Severity.WARNING,
      "Two figures about the same outcomes, population, place and overlapping period whose counts cannot both be true.",
      (report, findings) -> {
        List<Figure> figures = report.figures();
        for (int i = 0; i < figures.size(); i++) {
          for (int j = i + 1; j < figures.size(); j++) {
            Figure a = figures.get(i);
            Figure b = figures.get(j);
            if (comparable(a, b) && a.count().contradicts(b.count())) {
              findings.add(Paths.figure(b) + ".count", describe(report, b) + " contradicts "
                  + describe(report, a));
            }
          }
        }
      });

  static final Rule CAPTURED_MISMATCH = Rule.of("figure.captured-mismatch", Severity.WARNING,
      "A count of captured people that disagrees with the number of prisoner records in the report.",
      (report, findings) -> {
        int records = report.prisoners().size();
        if (records == 0) {
          return;
        }
        for (Figure f : report.figures()) {
          if (f.outcomes().equals(Set.of(Outcome.CAPTURED)) && !f.count().contains(records)) {
            findings.add(Paths.figure(f) + ".count", describe(report, f) + " but the report holds " + records
                + " prisoner record" + (records == 1 ? "" : "s"));
          }
        }
      });

  static final Rule UNATTRIBUTED = Rule.of("figure.unattributed", Severity.WARNING,
      "A figure with no attribution: who says so?",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          if (f.attribution().isEmpty()) {
            findings.add(Paths.figure(f), describe(report, f) + " has no source; attribute it");
          }
        }
      });

  static final List<Rule> ALL = List.of(BREAKDOWN_MAY_EXCEED, CONTRADICTION, CAPTURED_MISMATCH, UNATTRIBUTED);

  private static String bound(OptionalLong bound) {
    return bound.isPresent() ? Long.toString(bound.getAsLong()) : "unbounded";
  }

  private static boolean comparable(Figure a, Figure b) {
    return a.measure() == b.measure() && a.outcomes().equals(b.outcomes()) && a.population().equals(b.population())
        && a.location().equals(b.location()) && a.count().unit().equals(b.count().unit())
        && overlap(a.period(), b.period()) && a.cumulativeTo().equals(b.cumulativeTo());
  }

  /** Periods overlap when both are absent, equal, or resolved to intersecting days. */
  private static boolean overlap(Optional<DateMention> a, Optional<DateMention> b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Optional<DateValue> x = a.get().value();
    Optional<DateValue> y = b.get().value();
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    LocalDate xFrom = x.get().earliest().orElse(LocalDate.MIN);
    LocalDate xTo = x.get().latest().orElse(LocalDate.MAX);
    LocalDate yFrom = y.get().earliest().orElse(LocalDate.MIN);
    LocalDate yTo = y.get().latest().orElse(LocalDate.MAX);
    if (x.get().earliest().isEmpty() && x.get().latest().isEmpty() || y.get().earliest().isEmpty() && y.get().latest().isEmpty()) {
      return x.equals(y);
    }
    return !xFrom.isAfter(yTo) && !yFrom.isAfter(xTo);
  }

  static String describe(Report report, Figure f) {
    Count c = f.count();
    String per = f.attribution().flatMap(a -> report.source(a.source())).map(Source::label).orElse("no source");
    return Paths.figure(f) + " (" + c.phrase().orElse(c.toString()) + ", per " + per + ")";
  }
}
