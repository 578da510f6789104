package dev.dispatch.event;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;

/**
 * The two sides of a prisoner exchange and who mediated it. The exchanged people a report
 * describes are prisoner records whose detention history refers to the exchange event.
 *
 * <p>Invariants: exactly two sides, of different parties; mediators distinct. Immutable and
 * thread-safe.
 *
 * @param sides the two sides
 * @param mediators who mediated, when named: sources of the report (a state's government, the ICRC)
 */
public record Exchange(List<ExchangeSide> sides, List<SourceId> mediators) {

  /** Checks and copies the lists; the message names the field. */
  public Exchange {
    sides = List.copyOf(Checks.notNull(sides, "sides"));
    mediators = List.copyOf(Checks.notNull(mediators, "mediators"));
    int n = sides.size();
    Checks.check(n == 2, "Exchange", "sides", () -> "expected two sides, got " + n);
    Checks.check(!sides.get(0).party().equals(sides.get(1).party()), "Exchange", "sides",
        "expected two different parties");
    Checks.check(Checks.distinct(mediators), "Exchange", "mediators", "must be distinct");
  }

  /** An exchange between two sides, no mediator named. */
  public static Exchange between(ExchangeSide one, ExchangeSide other) {
    return new Exchange(List.of(Checks.notNull(one, "one"), Checks.notNull(other, "other")), List.of());
  }

  /** This exchange with its mediators. */
  public Exchange withMediators(SourceId... mediators) {
    return new Exchange(sides, List.of(Checks.notNull(mediators, "mediators")));
  }
}
