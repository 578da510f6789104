package dev.dispatch.json;

import dev.dispatch.id.StatementId;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;
import tools.jackson.core.io.SerializedString;

/**
 * {@code {"id": "s1", "attribution": [{...}], "text": "...", "stance": "denies", "hedge": {...},
 * "truncated": true, "about": [{"kind": "figure", "id": "f1"}], "eventTime": {...}, "location":
 * {...}}}; {@code stance} is omitted when {@code asserts}, {@code truncated} when false.
 */
final class StatementCodec {
  private StatementCodec() {}

  private static final Codec<Stance> STANCE = Codec.enumeration(Stance.class);

  static final Table<Statement, Statement.Builder> INSTANCE = Table.of("a statement", Statement::builder,
          Statement.Builder::build)
      .required("id", Statement::id, Codec.declare(StatementId::of), Statement.Builder::id)
      .required("attribution", Statement::attribution, AttributionCodec.INSTANCE, Statement.Builder::attribution)
      .required("text", Statement::text, Codec.STRING, Statement.Builder::text)
      .byDefault("stance", Statement::stance, Stance.ASSERTS, STANCE, Statement.Builder::stance)
      .optional("hedge", Statement::hedge, AttributionCodec.HEDGE, Statement.Builder::hedge)
      .byDefault("truncated", Statement::truncated, false, Codec.BOOLEAN, Statement.Builder::truncated)
      .list("about", Statement::about, References.ANY, Statement.Builder::addAbout)
      .optional("eventTime", Statement::eventTime, DateCodec.INSTANCE, Statement.Builder::eventTime)
      .optional("location", Statement::location, PlaceCodec.LOCATION, Statement.Builder::location)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), attribution = n.of("attribution"), text = n.of("text");
        SerializedString stance = n.of("stance"), hedge = n.of("hedge"), truncated = n.of("truncated");
        SerializedString about = n.of("about"), eventTime = n.of("eventTime"), location = n.of("location");
        return (s, g, w) -> {
          Table.required(g, id, s.id().value());
          Table.required(g, attribution, s.attribution(), AttributionCodec.INSTANCE, w);
          Table.required(g, text, s.text());
          Table.byDefault(g, stance, s.stance(), Stance.ASSERTS, STANCE, w);
          Table.optional(g, hedge, s.hedge(), AttributionCodec.HEDGE, w);
          Table.byDefault(g, truncated, s.truncated(), false, Codec.BOOLEAN, w);
          Table.list(g, about, s.about(), References.ANY, w);
          Table.optional(g, eventTime, s.eventTime(), DateCodec.INSTANCE, w);
          Table.optional(g, location, s.location(), PlaceCodec.LOCATION, w);
        };
      })
      .build();
}
