package dev.dispatch.validation;

import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.Figure;
import dev.dispatch.id.FigureId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Rules about events. */
final class EventRules {
  private EventRules() {}

  static final Rule EXCHANGE_COUNTS_DISAGREE = Rule.of(Rules.EVENT_EXCHANGE_COUNTS_DISAGREE, Severity.INFO,
      "A prisoner exchange whose side is counted differently by different sources.",
      (report, findings) -> {
        for (Event e : report.events()) {
          if (e.exchange().isEmpty()) {
            continue;
          }
          List<ExchangeSide> sides = e.exchange().get().sides();
          for (int i = 0; i < sides.size(); i++) {
            ExchangeSide side = sides.get(i);
            Map<Unit, List<Figure>> byUnit = new LinkedHashMap<>();
            for (FigureId id : side.counts()) {
              report.figure(id).ifPresent(f -> byUnit.computeIfAbsent(f.count().unit(), k -> new ArrayList<>()).add(f));
            }
            for (List<Figure> counts : byUnit.values()) {
              if (disagree(counts)) {
                Figure low = counts.get(0);
                Figure high = counts.get(0);
                for (Figure f : counts) {
                  low = claim(f) < claim(low) ? f : low;
                  high = claim(f) > claim(high) ? f : high;
                }
                String party = Quote.text(report.party(side.party()).map(p -> p.name()).orElse(side.party().toString()));
                findings.add(Paths.event(e) + ".exchange.sides[" + i + "].counts", "the sources count the people "
                    + "returned to " + party + " differently" + (counts.size() > 2 ? " (" + counts.size() + " counts)" : "")
                    + ": the lowest, " + Paths.describe(report, low) + ", and the highest, " + Paths.describe(report, high)
                    + "; keep them, attributed, and say that the sides disagree");
                break; // one finding per side
              }
            }
          }
        }
      });

  static final List<Rule> ALL = List.of(EXCHANGE_COUNTS_DISAGREE);

  /**
   * Whether some two of a side's counts disagree: their bounds do not overlap (the largest lower
   * bound is above the smallest upper bound), or they give different best values. Linear.
   */
  private static boolean disagree(List<Figure> counts) {
    long lows = Long.MIN_VALUE;
    long highs = Long.MAX_VALUE;
    OptionalLong best = OptionalLong.empty();
    boolean differ = false;
    for (Figure f : counts) {
      lows = Math.max(lows, f.impliedCount().lowerBound());
      highs = Math.min(highs, f.impliedCount().upperBound().orElse(Long.MAX_VALUE));
      OptionalLong b = f.impliedCount().best();
      if (b.isPresent()) {
        differ |= best.isPresent() && best.getAsLong() != b.getAsLong();
        best = best.isPresent() ? best : b;
      }
    }
    return lows > highs || differ;
  }

  /** The number a count claims: its best value, or else its lower bound. */
  private static long claim(Figure f) {
    return f.impliedCount().best().orElse(f.impliedCount().lowerBound());
  }
}
