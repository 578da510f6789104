package dev.dispatch.validation;

import dev.dispatch.event.Event;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.Figure;
import dev.dispatch.id.FigureId;
import java.util.ArrayList;
import java.util.List;

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
            List<Figure> counts = new ArrayList<>(side.counts().size());
            for (FigureId id : side.counts()) {
              report.figure(id).ifPresent(counts::add);
            }
            for (int a = 0; a < counts.size(); a++) {
              for (int b = a + 1; b < counts.size(); b++) {
                Figure one = counts.get(a);
                Figure other = counts.get(b);
                if (one.count().unit().equals(other.count().unit())
                    && FigureRules.disagree(one.impliedCount(), other.impliedCount())) {
                  String party = report.party(side.party()).map(p -> p.name()).orElse(side.party().toString());
                  findings.add(Paths.event(e) + ".exchange.sides[" + i + "].counts", "the sources count the people "
                      + "returned to " + party + " differently: " + Paths.describe(report, one) + " and "
                      + Paths.describe(report, other) + "; keep both, attributed, and say that the sides disagree");
                }
              }
            }
          }
        }
      });

  static final List<Rule> ALL = List.of(EXCHANGE_COUNTS_DISAGREE);
}
