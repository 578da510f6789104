package dev.dispatch.json;

import dev.dispatch.id.Id;
import dev.dispatch.id.PersonId;
import dev.dispatch.person.Individual;
import dev.dispatch.person.PersonRole;
import dev.dispatch.person.Relationship;
import dev.dispatch.privacy.Identity;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * People a report mentions who are neither sources nor prisoners: {@code {"id": "mother",
 * "description": "the prisoner's mother", "identity": {"partialName": {...}}, "role": "civilian",
 * "relationships": [{"kind": "parent", "to": {"kind": "prisoner", "id": "p1"}, "phrase": "his
 * mother"}]}}. The identity is protected as a prisoner's is, and omitted when the report gives
 * nothing of it.
 */
final class PersonCodec {
  private PersonCodec() {}

  private static final class RelationshipParts {
    Relationship.@Nullable Kind kind;
    @Nullable Id to;
    @Nullable String phrase;
  }

  static final Table<Relationship, RelationshipParts> RELATIONSHIP = Table.of("a relationship",
          RelationshipParts::new, (RelationshipParts r) -> new Relationship(Objects.requireNonNull(r.kind),
              Objects.requireNonNull(r.to), Optional.ofNullable(r.phrase)))
      .required("kind", Relationship::kind, Codec.enumeration(Relationship.Kind.class), (r, v) -> r.kind = v)
      .required("to", Relationship::to, References.PERSON, (r, v) -> r.to = v)
      .optional("phrase", Relationship::phrase, Codec.STRING, (r, v) -> r.phrase = v)
      .build();

  static final Table<Individual, Individual.Builder> INSTANCE = Table.of("a person", Individual::builder,
          Individual.Builder::build)
      .required("id", Individual::id, Codec.declare(PersonId::of), Individual.Builder::id)
      .required("description", Individual::description, Codec.STRING, Individual.Builder::description)
      .byDefault("identity", Individual::identity, Identity.none(), ProtectedCodec.IDENTITY, Individual.Builder::identity)
      .optional("role", Individual::role, Codec.enumeration(PersonRole.class), Individual.Builder::role)
      .optional("rank", Individual::rank, Codec.STRING, Individual.Builder::rank)
      .optional("age", Individual::age, CountCodec.INSTANCE, Individual.Builder::age)
      .optional("nationality", Individual::nationality, Ids.COUNTRY, Individual.Builder::nationality)
      .list("health", Individual::health, Codec.STRING, Individual.Builder::addHealth)
      .list("relationships", Individual::relationships, RELATIONSHIP, Individual.Builder::addRelationships)
      .optional("party", Individual::party, Ids.PARTY, Individual.Builder::party)
      .list("events", Individual::events, Ids.EVENT, Individual.Builder::addEvents)
      .build();
}
