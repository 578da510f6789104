package dev.dispatch.json;

import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * References whose kind the JSON says: {@code {"kind": "figure", "id": "f1"}}, for a statement's
 * {@code about} (any element of the report) and a relationship's {@code to} (a prisoner or a
 * person). The kind may follow the id, so the id is kept with its place until the object ends and
 * typed only then; the reference is then resolved like every other ({@link ReadState#reference}).
 */
final class References {
  private References() {}

  /** Every kind of element an id can name inside a report, as {@link Id#kind()} spells it. */
  private static final Map<String, Function<String, ? extends Id>> KINDS = kinds();

  private static Map<String, Function<String, ? extends Id>> kinds() {
    Map<String, Function<String, ? extends Id>> m = new LinkedHashMap<>();
    m.put("place", PlaceId::of);
    m.put("party", PartyId::of);
    m.put("source", SourceId::of);
    m.put("person", PersonId::of);
    m.put("event", EventId::of);
    m.put("statement", StatementId::of);
    m.put("figure", FigureId::of);
    m.put("prisoner", PrisonerId::of);
    return m;
  }

  /**
   * An id's text where it was read, typed once the reference's kind is known. Its JSON Pointer is
   * computed only for an error or a forward reference, from the parser once it stands on the
   * reference's END_OBJECT (whose parent context then points at the reference itself).
   */
  private record Located(String text, @Nullable JsonParser parser, @Nullable TokenStreamLocation at) {}

  private static final Codec<Located> LOCATED = new Codec<>() {
    @Override
    public void write(Located value, JsonGenerator g, WriteState w) {
      g.writeString(value.text());
    }

    @Override
    public Located read(JsonParser p, ReadState r) {
      return new Located(r.string(p), p, p.currentTokenLocation());
    }
  };

  private static final class Parts {
    @Nullable String kind;
    @Nullable Located id;
  }

  /** References to any element of a report. */
  static final Table<Id, Parts> ANY = of("a reference", List.copyOf(KINDS.keySet()));

  /** References to a prisoner or a person mentioned: the other end of a relationship. */
  static final Table<Id, Parts> PERSON = of("a reference to a prisoner or a person", List.of("prisoner", "person"));

  private static Table<Id, Parts> of(String what, List<String> kinds) {
    return Table.<Id, Parts>of(what, Parts::new, (Parts p, ReadState r) -> {
      Located id = Objects.requireNonNull(p.id);
      Function<String, ? extends Id> make = Objects.requireNonNull(KINDS.get(Objects.requireNonNull(p.kind)));
      JsonParser atEnd = Objects.requireNonNull(id.parser());
      return r.reference(id.text(), make, atEnd, "id", Objects.requireNonNull(id.at()));
    })
        .required("kind", Id::kind, Codec.oneOf(kinds), (p, v) -> p.kind = v)
        .required("id", (Id id) -> new Located(id.value(), null, null), LOCATED, (p, v) -> p.id = v)
        .writtenBy(n -> {
          SerializedString kind = n.of("kind"), id = n.of("id");
          return (ref, g, w) -> {
            Table.required(g, kind, ref.kind());
            Table.required(g, id, ref.value());
          };
        })
        .build();
  }
}
