package dev.dispatch.json;

import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.statement.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@code {"id": "s1", "attribution": {...}, "text": "...", "about": [{"kind": "figure", "id": "f1"}],
 * "eventTime": {...}, "location": {...}}}.
 */
final class StatementCodec {
  private StatementCodec() {}

  private static final Map<String, Function<String, ? extends Id>> KINDS = Map.of(
      "source", SourceId::of, "statement", StatementId::of, "figure", FigureId::of,
      "prisoner", PrisonerId::of, "place", PlaceId::of);

  /** An id's text where it was read, typed once the reference's kind is known. */
  private record Located(String text, JsonPointer pointer, TokenStreamLocation at) {}

  private static final Codec<Located> LOCATED = new Codec<>() {
    @Override
    public void write(Located value, JsonGenerator g, WriteState w) {
      g.writeString(value.text());
    }

    @Override
    public Located read(JsonParser p, ReadState r) {
      return new Located(r.string(p), p.streamReadContext().pathAsPointer(), p.currentTokenLocation());
    }
  };

  private static final class ReferenceParts {
    String kind;
    Located id;
  }

  /** {@code {"kind": "figure", "id": "f1"}}: the kind may follow the id. */
  private static final Table<Id, ReferenceParts> REFERENCE = Table.<Id, ReferenceParts>of("a reference", ReferenceParts::new,
          (ReferenceParts p, ReadState r) -> (Id) r.reference(p.id.text(), KINDS.get(p.kind), p.id.pointer(), p.id.at()))
      .required("kind", Id::kind, Codec.oneOf(List.of("source", "statement", "figure", "prisoner", "place")),
          (p, v) -> p.kind = v)
      .required("id", (Id id) -> new Located(id.value(), null, null), LOCATED, (p, v) -> p.id = v)
      .build();

  static final Table<Statement, Statement.Builder> INSTANCE = Table.of("a statement", Statement::builder,
          Statement.Builder::build)
      .required("id", Statement::id, Codec.declare(StatementId::of), Statement.Builder::id)
      .required("attribution", Statement::attribution, AttributionCodec.INSTANCE, Statement.Builder::attribution)
      .required("text", Statement::text, Codec.STRING, Statement.Builder::text)
      .list("about", Statement::about, REFERENCE, Statement.Builder::addAbout)
      .optional("eventTime", Statement::eventTime, DateCodec.INSTANCE, Statement.Builder::eventTime)
      .optional("location", Statement::location, PlaceCodec.LOCATION, Statement.Builder::location)
      .build();
}
