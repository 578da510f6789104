package dev.dispatch.json;

import dev.dispatch.id.PartyId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Parties to a conflict: {@code {"id": "militia", "name": "Example Militia", "kind": "militia",
 * "country": "SD", "relations": [{"kind": "fights_for", "party": "sd-army"}]}}.
 */
final class PartyCodec {
  private PartyCodec() {}

  private static final Codec<PartyRelation.Kind> RELATION_KIND = Codec.enumeration(PartyRelation.Kind.class);
  private static final Codec<PartyKind> PARTY_KIND = Codec.enumeration(PartyKind.class);

  private static final class RelationParts {
    PartyRelation.@Nullable Kind kind;
    @Nullable PartyId party;
  }

  static final Table<PartyRelation, RelationParts> RELATION = Table.of("a party relation",
          RelationParts::new,
          (RelationParts r) -> PartyRelation.of(Objects.requireNonNull(r.kind), Objects.requireNonNull(r.party)))
      .required("kind", PartyRelation::kind, RELATION_KIND, (r, v) -> r.kind = v)
      .required("party", PartyRelation::party, Ids.PARTY, (r, v) -> r.party = v)
      .build();

  static final Table<Party, Party.Builder> INSTANCE = Table.of("a party", Party::builder, Party.Builder::build)
      .required("id", Party::id, Codec.declare(PartyId::of), Party.Builder::id)
      .required("name", Party::name, Codec.STRING, Party.Builder::name)
      .list("aliases", Party::aliases, Codec.STRING, Party.Builder::addAliases)
      .required("kind", Party::kind, PARTY_KIND, Party.Builder::kind)
      .optional("country", Party::country, Ids.COUNTRY, Party.Builder::country)
      .list("relations", Party::relations, RELATION, Party.Builder::addRelations)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), name = n.of("name"), aliases = n.of("aliases"), kind = n.of("kind");
        SerializedString country = n.of("country"), relations = n.of("relations");
        return (p, g, w) -> {
          Table.required(g, id, p.id().value());
          Table.required(g, name, p.name());
          Table.strings(g, aliases, p.aliases());
          Table.required(g, kind, p.kind(), PARTY_KIND, w);
          Table.optional(g, country, p.country(), Ids.COUNTRY, w);
          Table.list(g, relations, p.relations(), RELATION, w);
        };
      })
      .build();
}
