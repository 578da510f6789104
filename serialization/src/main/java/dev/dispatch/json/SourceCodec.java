package dev.dispatch.json;

import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.SourceId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.source.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Sources, a {@link Union} on {@code type}: {@code person}, {@code organisation},
 * {@code anonymous}, {@code collective}, {@code unspecified}, {@code individual_source},
 * {@code own_voice} (each the source's type name in lower_snake case). The discriminator may stand
 * anywhere in the object; properties of another type are rejected.
 */
final class SourceCodec {
  private SourceCodec() {}

  /** Every source property, filled as read; the variant's table builds from it. */
  private static final class Parts {
    @Nullable SourceId id;
    @Nullable String name;
    @Nullable String role;
    @Nullable SourceId affiliation;
    @Nullable String abbreviation;
    @Nullable OrganisationKind kind;
    @Nullable CountryCode country;
    @Nullable SourceId parent;
    @Nullable PartyId party;
    @Nullable String description;
    @Nullable Anonymity anonymity;
    @Nullable String reason;
    final List<SourceId> members = new ArrayList<>();
    @Nullable String phrase;
    @Nullable PersonId person;
    @Nullable Voice voice;
  }

  // Codecs shared by variants that have a property of the same name (Union requires the same instance).
  private static final Codec<SourceId> ID = Codec.declare(SourceId::of);
  private static final Codec<Anonymity> ANONYMITY = Codec.enumeration(Anonymity.class);
  private static final Codec<OrganisationKind> ORGANISATION_KIND = Codec.enumeration(OrganisationKind.class);
  private static final Codec<Voice> VOICE = Codec.enumeration(Voice.class);

  private static final Table<Person, Parts> PERSON = Table.of("a person source", Parts::new,
          (Parts s) -> {
            Person.Builder b = Person.builder().id(Objects.requireNonNull(s.id)).name(Objects.requireNonNull(s.name));
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
      .optional("affiliation", Person::affiliation, Ids.SOURCE, (s, v) -> s.affiliation = v)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), name = n.of("name"), role = n.of("role"), affiliation = n.of("affiliation");
        return (s, g, w) -> {
          Table.required(g, id, s.id().value());
          Table.required(g, name, s.name());
          Table.optional(g, role, s.role());
          Table.optional(g, affiliation, s.affiliation(), Ids.SOURCE, w);
        };
      })
      .build();

  private static final Table<Organisation, Parts> ORGANISATION = Table.of("an organisation source", Parts::new,
          (Parts s) -> {
            Organisation.Builder b = Organisation.builder().id(Objects.requireNonNull(s.id))
                .name(Objects.requireNonNull(s.name)).kind(Objects.requireNonNull(s.kind));
            if (s.abbreviation != null) {
              b.abbreviation(s.abbreviation);
            }
            if (s.country != null) {
              b.country(s.country);
            }
            if (s.parent != null) {
              b.parent(s.parent);
            }
            if (s.party != null) {
              b.party(s.party);
            }
            return b.build();
          })
      .required("id", Organisation::id, ID, (s, v) -> s.id = v)
      .required("name", Organisation::name, Codec.STRING, (s, v) -> s.name = v)
      .optional("abbreviation", Organisation::abbreviation, Codec.STRING, (s, v) -> s.abbreviation = v)
      .required("kind", Organisation::kind, ORGANISATION_KIND, (s, v) -> s.kind = v)
      .optional("country", Organisation::country, Ids.COUNTRY, (s, v) -> s.country = v)
      .optional("parent", Organisation::parent, Ids.SOURCE, (s, v) -> s.parent = v)
      .optional("party", Organisation::party, Ids.PARTY, (s, v) -> s.party = v)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), name = n.of("name"), abbreviation = n.of("abbreviation");
        SerializedString kind = n.of("kind"), country = n.of("country"), parent = n.of("parent");
        SerializedString party = n.of("party");
        return (s, g, w) -> {
          Table.required(g, id, s.id().value());
          Table.required(g, name, s.name());
          Table.optional(g, abbreviation, s.abbreviation());
          Table.required(g, kind, s.kind(), ORGANISATION_KIND, w);
          Table.optional(g, country, s.country(), Ids.COUNTRY, w);
          Table.optional(g, parent, s.parent(), Ids.SOURCE, w);
          Table.optional(g, party, s.party(), Ids.PARTY, w);
        };
      })
      .build();

  private static final Table<Anonymous, Parts> ANONYMOUS = Table.of("an anonymous source", Parts::new,
          (Parts s) -> {
            Anonymous.Builder b = Anonymous.builder().id(Objects.requireNonNull(s.id))
                .description(Objects.requireNonNull(s.description)).anonymity(Objects.requireNonNull(s.anonymity));
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
      .required("anonymity", Anonymous::anonymity, ANONYMITY, (s, v) -> s.anonymity = v)
      .optional("reason", Anonymous::reason, Codec.STRING, (s, v) -> s.reason = v)
      .optional("affiliation", Anonymous::affiliation, Ids.SOURCE, (s, v) -> s.affiliation = v)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), description = n.of("description"), anonymity = n.of("anonymity");
        SerializedString reason = n.of("reason"), affiliation = n.of("affiliation");
        return (s, g, w) -> {
          Table.required(g, id, s.id().value());
          Table.required(g, description, s.description());
          Table.required(g, anonymity, s.anonymity(), ANONYMITY, w);
          Table.optional(g, reason, s.reason());
          Table.optional(g, affiliation, s.affiliation(), Ids.SOURCE, w);
        };
      })
      .build();

  private static final Table<Collective, Parts> COLLECTIVE = Table.of("a collective source", Parts::new,
          (Parts s) -> {
            Collective.Builder b = Collective.builder().id(Objects.requireNonNull(s.id))
                .description(Objects.requireNonNull(s.description)).members(s.members);
            if (s.affiliation != null) {
              b.affiliation(s.affiliation);
            }
            if (s.anonymity != null) {
              b.anonymity(s.anonymity);
            }
            if (s.reason != null) {
              b.reason(s.reason);
            }
            return b.build();
          })
      .required("id", Collective::id, ID, (s, v) -> s.id = v)
      .required("description", Collective::description, Codec.STRING, (s, v) -> s.description = v)
      .list("members", Collective::members, Ids.SOURCE, (s, v) -> s.members.add(v))
      .optional("affiliation", Collective::affiliation, Ids.SOURCE, (s, v) -> s.affiliation = v)
      .optional("anonymity", Collective::anonymity, ANONYMITY, (s, v) -> s.anonymity = v)
      .optional("reason", Collective::reason, Codec.STRING, (s, v) -> s.reason = v)
      .build();

  private static final Table<Unspecified, Parts> UNSPECIFIED = Table.of("an unspecified source", Parts::new,
          (Parts s) -> new Unspecified(Objects.requireNonNull(s.id), Optional.ofNullable(s.phrase)))
      .required("id", Unspecified::id, ID, (s, v) -> s.id = v)
      .optional("phrase", Unspecified::phrase, Codec.STRING, (s, v) -> s.phrase = v)
      .build();

  private static final Table<IndividualSource, Parts> INDIVIDUAL = Table.of("an individual_source source",
          Parts::new, (Parts s) -> IndividualSource.of(Objects.requireNonNull(s.id), Objects.requireNonNull(s.person)))
      .required("id", IndividualSource::id, ID, (s, v) -> s.id = v)
      .required("person", IndividualSource::person, Ids.PERSON, (s, v) -> s.person = v)
      .build();

  private static final Table<OwnVoice, Parts> OWN_VOICE = Table.of("an own_voice source", Parts::new,
          (Parts s) -> OwnVoice.of(Objects.requireNonNull(s.id), Objects.requireNonNull(s.voice)))
      .required("id", OwnVoice::id, ID, (s, v) -> s.id = v)
      .required("voice", OwnVoice::voice, VOICE, (s, v) -> s.voice = v)
      .build();

  static final Union<Source, Parts> INSTANCE = new Union<>("a source", "type", Parts::new, List.of(
      Union.variant("person", Person.class, PERSON),
      Union.variant("organisation", Organisation.class, ORGANISATION),
      Union.variant("anonymous", Anonymous.class, ANONYMOUS),
      Union.variant("collective", Collective.class, COLLECTIVE),
      Union.variant("unspecified", Unspecified.class, UNSPECIFIED),
      Union.variant("individual_source", IndividualSource.class, INDIVIDUAL),
      Union.variant("own_voice", OwnVoice.class, OWN_VOICE)));
}
