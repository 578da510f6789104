package dev.dispatch.prisoner;

import dev.dispatch.id.EventId;
import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * How a person was captured: when, where, by whom as printed ("by Ukrainian special forces"), by
 * which party, and in which capture event.
 *
 * <p>Invariants: at least one attribute is present; the capturing unit is not blank. Immutable
 * and thread-safe.
 *
 * @param date when, when stated
 * @param location where, when stated
 * @param by the capturing unit as printed: "Ukrainian paratroopers"
 * @param party the capturing party, a party of the report
 * @param event the capture event of the report, when there is one
 */
public record Capture(Optional<DateMention> date, Optional<Location> location, Optional<String> by,
    Optional<PartyId> party, Optional<EventId> event) {

  /** Checks the invariants; the message names the field. */
  public Capture {
    Checks.notNull(date, "date");
    Checks.notNull(location, "location");
    Checks.notNull(by, "by");
    Checks.notNull(party, "party");
    Checks.notNull(event, "event");
    Checks.check(date.isPresent() || location.isPresent() || by.isPresent() || party.isPresent()
        || event.isPresent(), "Capture", "date", "a date, a location, a capturing unit, a party or an event is required");
    by.ifPresent(b -> Checks.notBlank(b, "Capture", "by"));
  }

  /** A capture known only by when. */
  public static Capture on(DateMention date) {
    return new Capture(Optional.of(Checks.notNull(date, "date")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** A capture known only by where. */
  public static Capture at(Location location) {
    return new Capture(Optional.empty(), Optional.of(Checks.notNull(location, "location")), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** A capture known only by the capturing unit, as printed. */
  public static Capture by(String unit) {
    return new Capture(Optional.empty(), Optional.empty(), Optional.of(Checks.notNull(unit, "by")), Optional.empty(),
        Optional.empty());
  }

  /** This capture with when. */
  public Capture withDate(DateMention date) {
    return new Capture(Optional.of(Checks.notNull(date, "date")), location, by, party, event);
  }

  /** This capture with where. */
  public Capture withLocation(Location location) {
    return new Capture(date, Optional.of(Checks.notNull(location, "location")), by, party, event);
  }

  /** This capture with the capturing unit as printed. */
  public Capture withBy(String by) {
    return new Capture(date, location, Optional.of(Checks.notNull(by, "by")), party, event);
  }

  /** This capture with the capturing party. */
  public Capture withParty(PartyId party) {
    return new Capture(date, location, by, Optional.of(Checks.notNull(party, "party")), event);
  }

  /** This capture as part of a capture event. */
  public Capture withEvent(EventId event) {
    return new Capture(date, location, by, party, Optional.of(Checks.notNull(event, "event")));
  }
}
