package dev.dispatch.json;

import dev.dispatch.id.SourceId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Voice;
import java.util.ArrayList;
import java.util.List;

/**
 * Sources, a {@link Union} on {@code type}: {@code person}, {@code organisation},
 * {@code anonymous}, {@code collective}, {@code own_voice}. The discriminator may stand anywhere
 * in the object; properties of another type are rejected.
 */
final class SourceCodec {
  private SourceCodec() {}

  /** Every source property, filled as read; the variant's table builds from it. */
  private static final class Parts {
    SourceId id;
    String name;
    String role;
    SourceId affiliation;
    String abbreviation;
    OrganisationKind kind;
    CountryCode country;
    SourceId parent;
    String description;
    String reason;
    final List<SourceId> members = new ArrayList<>();
    Voice voice;
  }

  // Codecs shared by variants that have a property of the same name (Union requires the same instance).
  private static final Codec<SourceId> ID = Codec.declare(SourceId::of);
  private static final Codec<SourceId> REFERENCE = Codec.reference(SourceId::of);

  private static final Table<Person, Parts> PERSON = Table.of("a person source", Parts::new,
          (Parts s) -> {
            Person.Builder b = Person.builder().id(s.id).name(s.name);
            if (s.role != null) {
              b.role(s.role);
            }
            if (s.affiliation != null) {
              b.affiliation(s.affiliation);
            }
            return b.build();
          })
      .required("id", Person::id, ID, (s, v) -> s.id = v)
      .required("name", Person::name, Codec.STRING, (s, v) -> s.name = v)
      .optional("role", Person::role, Codec.STRING, (s, v) -> s.role = v)
      .optional("affiliation", Person::affiliation, REFERENCE, (s, v) -> s.affiliation = v)
      .build();

  private static final Table<Organisation, Parts> ORGANISATION = Table.of("an organisation source", Parts::new,
          (Parts s) -> {
            Organisation.Builder b = Organisation.builder().id(s.id).name(s.name).kind(s.kind);
            if (s.abbreviation != null) {
              b.abbreviation(s.abbreviation);
            }
            if (s.country != null) {
              b.country(s.country);
            }
            if (s.parent != null) {
              b.parent(s.parent);
            }
            return b.build();
          })
      .required("id", Organisation::id, ID, (s, v) -> s.id = v)
      .required("name", Organisation::name, Codec.STRING, (s, v) -> s.name = v)
      .optional("abbreviation", Organisation::abbreviation, Codec.STRING, (s, v) -> s.abbreviation = v)
      .required("kind", Organisation::kind, Codec.enumeration(OrganisationKind.class), (s, v) -> s.kind = v)
      .optional("country", Organisation::country, PlaceCodec.COUNTRY, (s, v) -> s.country = v)
      .optional("parent", Organisation::parent, REFERENCE, (s, v) -> s.parent = v)
      .build();

  private static final Table<Anonymous, Parts> ANONYMOUS = Table.of("an anonymous source", Parts::new,
          (Parts s) -> {
            Anonymous.Builder b = Anonymous.builder().id(s.id).description(s.description);
            if (s.reason != null) {
              b.reason(s.reason);
            }
            if (s.affiliation != null) {
              b.affiliation(s.affiliation);
            }
            return b.build();
          })
      .required("id", Anonymous::id, ID, (s, v) -> s.id = v)
      .required("description", Anonymous::description, Codec.STRING, (s, v) -> s.description = v)
      .optional("reason", Anonymous::reason, Codec.STRING, (s, v) -> s.reason = v)
      .optional("affiliation", Anonymous::affiliation, REFERENCE, (s, v) -> s.affiliation = v)
      .build();

  private static final Table<Collective, Parts> COLLECTIVE = Table.of("a collective source", Parts::new,
          (Parts s) -> Collective.builder().id(s.id).description(s.description).members(s.members).build())
      .required("id", Collective::id, ID, (s, v) -> s.id = v)
      .required("description", Collective::description, Codec.STRING, (s, v) -> s.description = v)
      .list("members", Collective::members, REFERENCE, (s, v) -> s.members.add(v))
      .build();

  private static final Table<OwnVoice, Parts> OWN_VOICE = Table.of("an own_voice source", Parts::new,
          (Parts s) -> OwnVoice.of(s.id, s.voice))
      .required("id", OwnVoice::id, ID, (s, v) -> s.id = v)
      .required("voice", OwnVoice::voice, Codec.enumeration(Voice.class), (s, v) -> s.voice = v)
      .build();

  static final Union<Source, Parts> INSTANCE = new Union<>("a source", "type", Parts::new, List.of(
      Union.variant("person", Person.class, PERSON),
      Union.variant("organisation", Organisation.class, ORGANISATION),
      Union.variant("anonymous", Anonymous.class, ANONYMOUS),
      Union.variant("collective", Collective.class, COLLECTIVE),
      Union.variant("own_voice", OwnVoice.class, OWN_VOICE)));
}
