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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Sources, a closed union with the discriminator {@code type}: {@code person},
 * {@code organisation}, {@code anonymous}, {@code collective}, {@code own_voice}. The
 * discriminator may stand anywhere in the object; properties of another type are rejected.
 */
final class SourceCodec implements Codec<Source> {
  static final SourceCodec INSTANCE = new SourceCodec();

  private static final Map<String, Set<String>> PROPERTIES = Map.of(
      "person", Set.of("type", "id", "name", "role", "affiliation"),
      "organisation", Set.of("type", "id", "name", "abbreviation", "kind", "country", "parent"),
      "anonymous", Set.of("type", "id", "description", "reason", "affiliation"),
      "collective", Set.of("type", "id", "description", "members"),
      "own_voice", Set.of("type", "id", "voice"));
  private static final List<String> TYPES = List.of("person", "organisation", "anonymous", "collective", "own_voice");

  @Override
  public void write(Source s, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    if (s instanceof Person) {
      Person p = (Person) s;
      head(g, "person", s);
      g.writeStringProperty("name", p.name());
      WriteState.string(g, "role", p.role());
      WriteState.string(g, "affiliation", p.affiliation().map(SourceId::value));
    } else if (s instanceof Organisation) {
      Organisation o = (Organisation) s;
      head(g, "organisation", s);
      g.writeStringProperty("name", o.name());
      WriteState.string(g, "abbreviation", o.abbreviation());
      WriteState.enumValue(g, "kind", o.kind());
      WriteState.string(g, "country", o.country().map(CountryCode::alpha2));
      WriteState.string(g, "parent", o.parent().map(SourceId::value));
    } else if (s instanceof Anonymous) {
      Anonymous a = (Anonymous) s;
      head(g, "anonymous", s);
      g.writeStringProperty("description", a.description());
      WriteState.string(g, "reason", a.reason());
      WriteState.string(g, "affiliation", a.affiliation().map(SourceId::value));
    } else if (s instanceof Collective) {
      Collective c = (Collective) s;
      head(g, "collective", s);
      g.writeStringProperty("description", c.description());
      WriteState.array(g, "members", c.members(), (m, gen) -> gen.writeString(m.value()));
    } else {
      head(g, "own_voice", s);
      WriteState.enumValue(g, "voice", ((OwnVoice) s).voice());
    }
    w.end(g);
  }

  private static void head(JsonGenerator g, String type, Source s) {
    g.writeStringProperty("type", type);
    g.writeStringProperty("id", s.id().value());
  }

  @Override
  public Source read(JsonParser p, ReadState r) {
    r.startObject(p, "a source");
    String type = null;
    SourceId id = null;
    String name = null;
    String role = null;
    SourceId affiliation = null;
    String abbreviation = null;
    OrganisationKind kind = null;
    CountryCode country = null;
    SourceId parent = null;
    String description = null;
    String reason = null;
    List<SourceId> members = List.of();
    Voice voice = null;
    Set<String> seen = new LinkedHashSet<>();
    for (String property; (property = r.next(p)) != null; ) {
      seen.add(property);
      switch (property) {
        case "type":
          type = r.string(p);
          if (!PROPERTIES.containsKey(type)) {
            throw ReadState.error(p, ReadState.pointer(p), "one of " + TYPES, "\"" + type + "\"", null);
          }
          break;
        case "id":
          id = r.declare(p, SourceId::of);
          break;
        case "name":
          name = r.string(p);
          break;
        case "role":
          role = r.string(p);
          break;
        case "affiliation":
          affiliation = r.reference(p, SourceId::of);
          break;
        case "abbreviation":
          abbreviation = r.string(p);
          break;
        case "kind":
          kind = r.enumValue(p, OrganisationKind.class);
          break;
        case "country":
          country = PlaceCodec.COUNTRY.read(p, r);
          break;
        case "parent":
          parent = r.reference(p, SourceId::of);
          break;
        case "description":
          description = r.string(p);
          break;
        case "reason":
          reason = r.string(p);
          break;
        case "members":
          members = r.list(p, "source ids", q -> r.reference(q, SourceId::of));
          break;
        case "voice":
          voice = r.enumValue(p, Voice.class);
          break;
        default:
          seen.remove(property);
          r.unknown(p, property, "type, id, and those of the source's type");
      }
    }
    String t = r.required(p, type, "type");
    for (String property : seen) {
      if (!PROPERTIES.get(t).contains(property)) {
        throw ReadState.error(p, ReadState.pointer(p) + "/" + property, "only the properties of a " + t + " source " + PROPERTIES.get(t),
            "\"" + property + "\"", null);
      }
    }
    SourceId sid = r.required(p, id, "id");
    switch (t) {
      case "person": {
        Person.Builder b = Person.builder().id(sid).name(r.required(p, name, "name"));
        if (role != null) {
          b.role(role);
        }
        if (affiliation != null) {
          b.affiliation(affiliation);
        }
        return r.build(p, b::build);
      }
      case "organisation": {
        Organisation.Builder b = Organisation.builder().id(sid).name(r.required(p, name, "name"))
            .kind(r.required(p, kind, "kind"));
        if (abbreviation != null) {
          b.abbreviation(abbreviation);
        }
        if (country != null) {
          b.country(country);
        }
        if (parent != null) {
          b.parent(parent);
        }
        return r.build(p, b::build);
      }
      case "anonymous": {
        Anonymous.Builder b = Anonymous.builder().id(sid).description(r.required(p, description, "description"));
        if (reason != null) {
          b.reason(reason);
        }
        if (affiliation != null) {
          b.affiliation(affiliation);
        }
        return r.build(p, b::build);
      }
      case "collective": {
        Collective.Builder b = Collective.builder().id(sid)
            .description(r.required(p, description, "description")).members(members);
        return r.build(p, b::build);
      }
      default: {
        Voice v = r.required(p, voice, "voice");
        return r.build(p, () -> OwnVoice.of(sid, v));
      }
    }
  }
}
