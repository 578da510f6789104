package dev.dispatch.place;

import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * Who controls a place, as of when: "the Russian-held part of Zaporizhzhia region", "the town,
 * held by the armed group since March". Control matters for attributing harm.
 *
 * @param party the controlling party, by id
 * @param asOf when the report says the party controls it
 */
public record Control(PartyId party, Optional<DateMention> asOf) {

  /** Checks that no component is null. */
  public Control {
    Checks.notNull(party, "party");
    Checks.notNull(asOf, "asOf");
  }

  /** Control by a party, undated. */
  public static Control by(PartyId party) {
    return new Control(party, Optional.empty());
  }

  /** Control by a party as of a date. */
  public static Control by(PartyId party, DateMention asOf) {
    return new Control(party, Optional.of(Checks.notNull(asOf, "asOf")));
  }
}
