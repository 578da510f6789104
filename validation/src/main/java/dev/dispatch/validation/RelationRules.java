package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.id.FigureId;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Rules about how figures relate: revisions in time order, shares and their bases, sums and their parts. */
final class RelationRules {
  private RelationRules() {}

  static final Rule REVISION_OUT_OF_ORDER = Rule.of(Rules.FIGURE_REVISION_OUT_OF_ORDER, Severity.WARNING,
      "A figure that revises another but is dated certainly before it.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          for (int i = 0; i < f.relations().size(); i++) {
            if (!(f.relations().get(i) instanceof FigureRelation.Revises revises)) {
              continue;
            }
            Optional<Figure> earlier = report.figure(revises.earlier());
            if (earlier.isEmpty()) {
              continue;
            }
            String path = Paths.figure(f) + ".relations[" + i + "]";
            String problem = before(cutOff(f), cutOff(earlier.get()), "its cut-off");
            if (problem.isEmpty()) {
              problem = before(said(f), said(earlier.get()), "when it was said");
            }
            if (!problem.isEmpty()) {
              findings.add(path, Paths.describe(report, f) + " revises " + Paths.describe(report, earlier.get())
                  + ", but " + problem + "; a revision follows what it revises: check the dates or the relation");
            }
          }
        }
      });

  static final Rule SHARE_BASE_MISSING = Rule.of(Rules.FIGURE_SHARE_BASE_MISSING, Severity.INFO,
      "A share of a whole for which the report gives no figure.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          for (int i = 0; i < f.relations().size(); i++) {
            if (f.relations().get(i) instanceof FigureRelation.ShareOf share && share.base().isEmpty()) {
                findings.add(Paths.figure(f) + ".relations[" + i + "].base", Paths.describe(report, f) + " is a share ("
                    + share(share.share())
                    + ") of " + share.baseDescription().map(d -> "\"" + Quote.text(d) + "\"").orElse("an unstated whole")
                    + ", for which the report gives no figure; the share cannot be checked against its base");
            }
          }
        }
      });

  static final Rule SHARE_INCONSISTENT = Rule.of(Rules.FIGURE_SHARE_INCONSISTENT, Severity.WARNING,
      "A share whose count cannot be that share of its base figure's count.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          for (FigureRelation r : f.relations()) {
            if (!(r instanceof FigureRelation.ShareOf share)) {
              continue;
            }
            Optional<Figure> base = share.base().flatMap(report::figure);
            if (base.isEmpty() || !base.get().count().unit().equals(f.count().unit())) {
              continue;
            }
            Count allowed = share.share().of(base.get().count());
            if (!allowed.overlaps(f.count())) {
              findings.add(Paths.figure(f) + ".count", Paths.describe(report, f) + " is said to be "
                  + share(share.share())
                  + " of " + Paths.describe(report, base.get()) + ", which allows " + Paths.count(allowed)
                  + "; correct the count, the share or its base");
            }
          }
        }
      });

  static final Rule SUM_MISMATCH = Rule.of(Rules.FIGURE_SUM_MISMATCH, Severity.WARNING,
      "A figure said to be the sum of others whose count cannot equal the sum of theirs.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          for (int i = 0; i < f.relations().size(); i++) {
            if (f.relations().get(i) instanceof FigureRelation.SumOf sum) {
              sum(report, findings, f, Paths.figure(f) + ".relations[" + i + "]", sum);
            }
          }
        }
      });

  static final List<Rule> ALL = List.of(REVISION_OUT_OF_ORDER, SHARE_BASE_MISSING, SHARE_INCONSISTENT,
      SUM_MISMATCH);

  /** "nearly a third", or "1/3" when no phrase was kept. */
  private static String share(Proportion p) {
    return p.phrase().map(Quote::text).orElse(p.numerator() + "/" + p.denominator());
  }

  /**
   * Whether a sum's count can equal the sum of its parts' counts (implied counts, in its unit):
   * not when the parts' lower bounds already add up to more than its upper bound, nor when their
   * upper bounds (all bounded) add up to less than its lower bound. Parts in another unit are
   * left out of the sum, and then only the first test is made.
   */
  private static void sum(Report report, Findings findings, Figure total, String path, FigureRelation.SumOf sum) {
    Count whole = total.impliedCount();
    long lows = 0;
    long highs = 0;
    boolean bounded = true;
    int summed = 0;
    for (FigureId id : sum.parts()) {
      Optional<Figure> part = report.figure(id);
      if (part.isEmpty() || !part.get().count().unit().equals(whole.unit())) {
        bounded = false;
        continue;
      }
      Count c = part.get().impliedCount();
      summed++;
      lows = add(lows, c.lowerBound());
      if (c.upperBound().isPresent()) {
        highs = add(highs, c.upperBound().getAsLong());
      } else {
        bounded = false;
      }
    }
    if (summed == 0) {
      return;
    }
    OptionalLong max = whole.upperBound();
    String parts = sum.parts().size() + " figures";
    if (max.isPresent() && lows > max.getAsLong()) {
      findings.add(path, Paths.describe(report, total) + " is said to be the sum of " + parts + ", whose counts "
          + "add up to at least " + lows + ", above its upper bound " + max.getAsLong()
          + "; correct a count, or the relation");
    } else if (bounded && highs < whole.lowerBound()) {
      findings.add(path, Paths.describe(report, total) + " is said to be the sum of " + parts + ", whose counts "
          + "add up to at most " + highs + ", below its lower bound " + whole.lowerBound()
          + "; correct a count, or the relation");
    }
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Days as an interval of the possible: the earliest and latest day a time may be. */
  private record Span(Optional<LocalDate> earliest, Optional<LocalDate> latest) {
    static final Span NONE = new Span(Optional.empty(), Optional.empty());
  }

  /**
   * When a figure's count stands: the end of its period (a period of January stands on January
   * 31), or its cut-off (as of some day in January, or the end of "the past 24 hours": any day of
   * it); none for a running total or a length of time with no cut-off.
   */
  private static Span cutOff(Figure f) {
    if (f.timeframe().isEmpty()) {
      return Span.NONE;
    }
    return Variants.timeframe(f.timeframe().get(), during -> {
      Optional<LocalDate> end = Dates.latest(during.period());
      return new Span(end, end);
    }, over -> over.ending().map(RelationRules::anyDay).orElse(Span.NONE),
        cumulative -> cumulative.asOf().map(RelationRules::anyDay).orElse(Span.NONE));
  }

  /** Any day a mention may denote: an "as of" date, or the end of a length of time. */
  private static Span anyDay(DateMention m) {
    return new Span(Dates.earliest(m), Dates.latest(m));
  }

  /**
   * When a figure was said: the span of its dated attributions' origins' times, where resolved;
   * an open or unresolved end of one of them leaves that end of the span open.
   */
  private static Span said(Figure f) {
    Optional<LocalDate> earliest = Optional.empty();
    Optional<LocalDate> latest = Optional.empty();
    boolean openStart = false;
    boolean openEnd = false;
    boolean dated = false;
    for (Attribution a : f.attributions()) {
      Optional<DateMention> when = a.origin().when();
      if (when.isEmpty()) {
        continue;
      }
      dated = true;
      Optional<LocalDate> from = Dates.earliest(when.get());
      Optional<LocalDate> to = Dates.latest(when.get());
      openStart |= from.isEmpty();
      openEnd |= to.isEmpty();
      if (from.isPresent() && (earliest.isEmpty() || from.get().isBefore(earliest.get()))) {
        earliest = from;
      }
      if (to.isPresent() && (latest.isEmpty() || to.get().isAfter(latest.get()))) {
        latest = to;
      }
    }
    if (!dated) {
      return Span.NONE;
    }
    return new Span(openStart ? Optional.empty() : earliest, openEnd ? Optional.empty() : latest);
  }

  /** "its cut-off 2025-01-10 is before 2025-01-12", or "" when the revision is not certainly earlier. */
  private static String before(Span revision, Span revised, String what) {
    if (revision.latest().isPresent() && revised.earliest().isPresent()
        && revision.latest().get().isBefore(revised.earliest().get())) {
      return what + " (" + revision.latest().get() + " at the latest) is before that of the figure it revises ("
          + revised.earliest().get() + " at the earliest)";
    }
    return "";
  }
}
