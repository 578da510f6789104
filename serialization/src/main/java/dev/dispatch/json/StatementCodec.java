package dev.dispatch.json;

import dev.dispatch.id.StatementId;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;

/**
 * {@code {"id": "s1", "attribution": [{...}], "text": "...", "stance": "denies", "hedge": {...},
 * "truncated": true, "about": [{"kind": "figure", "id": "f1"}], "eventTime": {...}, "location":
 * {...}}}; {@code stance} is omitted when {@code asserts}, {@code truncated} when false.
 */
final class StatementCodec {
  private StatementCodec() {}

  static final Table<Statement, Statement.Builder> INSTANCE = Table.of("a statement", Statement::builder,
          Statement.Builder::build)
      .required("id", Statement::id, Codec.declare(StatementId::of), Statement.Builder::id)
      .required("attribution", Statement::attribution, AttributionCodec.INSTANCE, Statement.Builder::attribution)
      .required("text", Statement::text, Codec.STRING, Statement.Builder::text)
      .byDefault("stance", Statement::stance, Stance.ASSERTS, Codec.enumeration(Stance.class), Statement.Builder::stance)
      .optional("hedge", Statement::hedge, AttributionCodec.HEDGE, Statement.Builder::hedge)
      .byDefault("truncated", Statement::truncated, false, Codec.BOOLEAN, Statement.Builder::truncated)
      .list("about", Statement::about, References.ANY, Statement.Builder::addAbout)
      .optional("eventTime", Statement::eventTime, DateCodec.INSTANCE, Statement.Builder::eventTime)
      .optional("location", Statement::location, PlaceCodec.LOCATION, Statement.Builder::location)
      .build();
}
