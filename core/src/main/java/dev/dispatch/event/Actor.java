package dev.dispatch.event;

import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import java.util.Optional;

/**
 * Who carried out an event, or is said to have: a party of the report, or someone the report only
 * describes ("unidentified gunmen"), according to whom, and how hedged. "Russian forces were
 * believed to be behind the strike, Ukrainian officials said" is Russia, per Ukrainian officials,
 * hedged {@code BELIEVED}; "the alleged perpetrator" is hedged {@code ALLEGED}. When each side
 * blames the other, the event has two actors with different attributions.
 *
 * <p>Invariant: a party or a description is present; the description is not blank. Immutable and
 * thread-safe.
 *
 * @param party the party, by id, when the actor is one
 * @param description the actor as printed, when the report describes it: "unidentified gunmen"
 * @param attribution who says so, when it is not the report's own statement
 * @param hedge the hedge the report gives the claim
 */
public record Actor(Optional<PartyId> party, Optional<String> description, Optional<Attribution> attribution,
    Optional<Hedge> hedge) {

  /** Checks the invariant; the message names the field. */
  public Actor {
    Checks.notNull(party, "party");
    Checks.notNull(description, "description");
    Checks.notNull(attribution, "attribution");
    Checks.notNull(hedge, "hedge");
    Checks.check(party.isPresent() || description.isPresent(), "Actor", "party", "a party or a description is required");
    description.ifPresent(d -> Checks.notBlank(d, "Actor", "description"));
  }

  /** A party that carried out the event, as the report states. */
  public static Actor of(PartyId party) {
    return new Actor(Optional.of(Checks.notNull(party, "party")), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A party said to have carried out the event, by whom. */
  public static Actor of(PartyId party, Attribution attribution) {
    return new Actor(Optional.of(Checks.notNull(party, "party")), Optional.empty(),
        Optional.of(Checks.notNull(attribution, "attribution")), Optional.empty());
  }

  /** An actor the report only describes, belonging to no party it names: "unidentified gunmen". */
  public static Actor described(String description) {
    return new Actor(Optional.empty(), Optional.of(Checks.notNull(description, "description")), Optional.empty(),
        Optional.empty());
  }

  /** This actor said to be so by whom. */
  public Actor withAttribution(Attribution attribution) {
    return new Actor(party, description, Optional.of(Checks.notNull(attribution, "attribution")), hedge);
  }

  /** This actor with a hedge: alleged, believed. */
  public Actor withHedge(Hedge hedge) {
    return new Actor(party, description, attribution, Optional.of(Checks.notNull(hedge, "hedge")));
  }
}
