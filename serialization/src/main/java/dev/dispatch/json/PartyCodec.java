package dev.dispatch.json;

import dev.dispatch.id.PartyId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parties to a conflict: {@code {"id": "militia", "name": "Example Militia", "kind": "militia",
 * "country": "SD", "relations": [{"kind": "fights_for", "party": "sd-army"}]}}.
 */
final class PartyCodec {
  private PartyCodec() {}

  private static final class RelationParts {
    PartyRelation.@Nullable Kind kind;
    @Nullable PartyId party;
  }

  static final Table<PartyRelation, RelationParts> RELATION = Table.of("a party relation",
          RelationParts::new,
          (RelationParts r) -> PartyRelation.of(Objects.requireNonNull(r.kind), Objects.requireNonNull(r.party)))
      .required("kind", PartyRelation::kind, Codec.enumeration(PartyRelation.Kind.class), (r, v) -> r.kind = v)
      .required("party", PartyRelation::party, Ids.PARTY, (r, v) -> r.party = v)
      .build();

  static final Table<Party, Party.Builder> INSTANCE = Table.of("a party", Party::builder, Party.Builder::build)
      .required("id", Party::id, Codec.declare(PartyId::of), Party.Builder::id)
      .required("name", Party::name, Codec.STRING, Party.Builder::name)
      .list("aliases", Party::aliases, Codec.STRING, Party.Builder::addAliases)
      .required("kind", Party::kind, Codec.enumeration(PartyKind.class), Party.Builder::kind)
      .optional("country", Party::country, Ids.COUNTRY, Party.Builder::country)
      .list("relations", Party::relations, RELATION, Party.Builder::addRelations)
      .build();
}
