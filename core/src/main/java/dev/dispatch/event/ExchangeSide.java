package dev.dispatch.event;

import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import java.util.List;

/**
 * One side of a prisoner exchange: the party that received its people back, and the figures
 * counting them, each as one source states it. When the sides disagree ("Russia said 150, Ukraine
 * said 157 came home") both figures are kept here, attributed.
 *
 * <p>Invariant: the figures are distinct. Immutable and thread-safe.
 *
 * @param party the party whose people were returned to it, by id
 * @param counts figures counting the people this side received, by id
 */
public record ExchangeSide(PartyId party, List<FigureId> counts) {

  /** Checks and copies the list; the message names the field. */
  public ExchangeSide {
    Checks.notNull(party, "party");
    counts = List.copyOf(Checks.notNull(counts, "counts"));
    Checks.check(Checks.distinct(counts), "ExchangeSide", "counts", "must be distinct");
  }

  /** A side and the figures that count what it received. */
  public static ExchangeSide of(PartyId party, FigureId... counts) {
    return new ExchangeSide(party, List.of(Checks.notNull(counts, "counts")));
  }
}
