package dev.dispatch.party;

import dev.dispatch.id.PartyId;
import dev.dispatch.internal.Checks;

/**
 * How one party stands to another: "a militia allied with the army", "North Korean troops
 * fighting for Russia", "a member of the coalition".
 *
 * @param kind the relation
 * @param party the other party, by id
 */
public record PartyRelation(Kind kind, PartyId party) {

  /** Checks that no component is null. */
  public PartyRelation {
    Checks.notNull(kind, "kind");
    Checks.notNull(party, "party");
  }

  /** A relation to another party. */
  public static PartyRelation of(Kind kind, PartyId party) {
    return new PartyRelation(kind, party);
  }

  /** The kinds of relation between parties. */
  public enum Kind {
    /** A member of a coalition. Hierarchical: never cycles. */
    MEMBER_OF,
    /** Part of another party: a state's armed forces, a brigade of an army. Hierarchical: never cycles. */
    PART_OF,
    /** Fights on another party's behalf: "North Korean troops fighting for Russia". */
    FIGHTS_FOR,
    /** Fights beside another party as its ally. */
    ALLIED_WITH,
    /** Controlled or directed by another party: a proxy, a militia run by a state. Hierarchical: never cycles. */
    CONTROLLED_BY;

    /** Whether the relation is a hierarchy (member of, part of, controlled by), which must not cycle. */
    public boolean isHierarchical() {
      return this == MEMBER_OF || this == PART_OF || this == CONTROLLED_BY;
    }
  }
}
