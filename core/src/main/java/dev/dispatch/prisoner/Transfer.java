package dev.dispatch.prisoner;

import dev.dispatch.id.EventId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * How a captive left a holder's custody: released, exchanged, transferred or returned, when,
 * where, and in which event (a prisoner exchange).
 *
 * @param kind how
 * @param date when, when stated
 * @param location where, when stated
 * @param event the event of the report it was part of: the exchange
 */
public record Transfer(TransferKind kind, Optional<DateMention> date, Optional<Location> location,
    Optional<EventId> event) {

  /** Checks that no component is null. */
  public Transfer {
    Checks.notNull(kind, "kind");
    Checks.notNull(date, "date");
    Checks.notNull(location, "location");
    Checks.notNull(event, "event");
  }

  /** A transfer of a kind, nothing else known. */
  public static Transfer of(TransferKind kind) {
    return new Transfer(kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This transfer with when. */
  public Transfer withDate(DateMention date) {
    return new Transfer(kind, Optional.of(Checks.notNull(date, "date")), location, event);
  }

  /** This transfer with where. */
  public Transfer withLocation(Location location) {
    return new Transfer(kind, date, Optional.of(Checks.notNull(location, "location")), event);
  }

  /** This transfer as part of an event. */
  public Transfer withEvent(EventId event) {
    return new Transfer(kind, date, location, Optional.of(Checks.notNull(event, "event")));
  }
}
