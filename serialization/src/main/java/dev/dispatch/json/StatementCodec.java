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
final class StatementCodec implements Codec<Statement> {
  static final StatementCodec INSTANCE = new StatementCodec();

  private static final Map<String, Function<String, ? extends Id>> KINDS = Map.of(
      "source", SourceId::of, "statement", StatementId::of, "figure", FigureId::of,
      "prisoner", PrisonerId::of, "place", PlaceId::of);
  private static final List<String> KIND_NAMES = List.of("source", "statement", "figure", "prisoner", "place");

  @Override
  public void write(Statement s, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id().value());
    g.writeName("attribution");
    AttributionCodec.INSTANCE.write(s.attribution(), g, w);
    g.writeStringProperty("text", s.text());
    WriteState.array(g, "about", s.about(), (id, gen) -> {
      gen.writeStartObject();
      gen.writeStringProperty("kind", id.kind());
      gen.writeStringProperty("id", id.value());
      w.end(gen);
    });
    WriteState.object(g, "eventTime", s.eventTime(), (m, gen) -> DateCodec.INSTANCE.write(m, gen, w));
    WriteState.object(g, "location", s.location(), (l, gen) -> PlaceCodec.LOCATION.write(l, gen, w));
    w.end(g);
  }

  @Override
  public Statement read(JsonParser p, ReadState r) {
    r.startObject(p, "a statement");
    Statement.Builder b = Statement.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "id":
          b.id(r.declare(p, StatementId::of));
          break;
        case "attribution":
          b.attribution(AttributionCodec.INSTANCE.read(p, r));
          break;
        case "text":
          b.text(r.string(p));
          break;
        case "about":
          b.about(r.list(p, "references", q -> reference(q, r)));
          break;
        case "eventTime":
          b.eventTime(DateCodec.INSTANCE.read(p, r));
          break;
        case "location":
          b.location(PlaceCodec.LOCATION.read(p, r));
          break;
        default:
          r.unknown(p, name, "id, attribution, text, about, eventTime, location");
      }
    }
    return r.build(p, b::build);
  }

  private static Id reference(JsonParser p, ReadState r) {
    r.startObject(p, "a reference");
    Function<String, ? extends Id> kind = null;
    String id = null;
    JsonPointer idPointer = null;
    TokenStreamLocation idLocation = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "kind":
          String k = r.string(p);
          kind = KINDS.get(k);
          if (kind == null) {
            throw ReadState.error(p, ReadState.pointer(p), "one of " + KIND_NAMES, "\"" + k + "\"", null);
          }
          break;
        case "id":
          id = r.string(p);
          idPointer = p.streamReadContext().pathAsPointer();
          idLocation = p.currentTokenLocation();
          break;
        default:
          r.unknown(p, name, "kind, id");
      }
    }
    JsonPointer at = idPointer;
    return r.reference(r.required(p, id, "id"), r.required(p, kind, "kind"), () -> at.toString(), idLocation);
  }
}
