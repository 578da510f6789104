package dev.dispatch.event;

import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import java.util.Optional;

/**
 * Who carried out an event, or is said to have: a party, according to whom, and how hedged.
 * "Russian forces were believed to be behind the strike, Ukrainian officials said" is Russia,
 * per Ukrainian officials, hedged {@code BELIEVED}; "the alleged perpetrator" is hedged
 * {@code ALLEGED}. When each side blames the other, the event has two actors with different
 * attributions.
 *
 * @param party the party, by id
 * @param attribution who says so, when it is not the report's own statement
 * @param hedge the hedge the report gives the claim
 */
public record Actor(PartyId party, Optional<Attribution> attribution, Optional<Hedge> hedge) {

  /** Checks that no component is null. */
  public Actor {
    Checks.notNull(party, "party");
    Checks.notNull(attribution, "attribution");
    Checks.notNull(hedge, "hedge");
  }

  /** A party that carried out the event, as the report states. */
  public static Actor of(PartyId party) {
    return new Actor(party, Optional.empty(), Optional.empty());
  }

  /** A party said to have carried out the event, by whom. */
  public static Actor of(PartyId party, Attribution attribution) {
    return new Actor(party, Optional.of(Checks.notNull(attribution, "attribution")), Optional.empty());
  }

  /** This actor with a hedge: alleged, believed. */
  public Actor withHedge(Hedge hedge) {
    return new Actor(party, attribution, Optional.of(Checks.notNull(hedge, "hedge")));
  }
}
