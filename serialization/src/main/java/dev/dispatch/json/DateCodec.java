package dev.dispatch.json;

import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Dates: a {@link DateValue} is its EDTF string; a {@link DateMention} is
 * {@code {"phrase": "on January 9", "value": "XXXX-01-09", "resolvedAgainst": "2025-01-12"}}.
 */
final class DateCodec implements Codec<DateMention> {
  static final DateCodec INSTANCE = new DateCodec();
  static final Codec<DateValue> VALUE = Codec.text(DateValue::toEdtf, "an EDTF date of the supported subset",
      DateValue::parse);

  @Override
  public void write(DateMention m, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    WriteState.string(g, "phrase", m.phrase());
    WriteState.string(g, "value", m.value().map(DateValue::toEdtf));
    WriteState.string(g, "resolvedAgainst", m.resolvedAgainst().map(DateValue::toEdtf));
    w.end(g);
  }

  @Override
  public DateMention read(JsonParser p, ReadState r) {
    r.startObject(p, "a date mention");
    DateMention.Builder b = DateMention.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "phrase":
          b.phrase(r.string(p));
          break;
        case "value":
          b.value(VALUE.read(p, r));
          break;
        case "resolvedAgainst":
          b.resolvedAgainst(VALUE.read(p, r));
          break;
        default:
          r.unknown(p, name, "phrase, value, resolvedAgainst");
      }
    }
    return r.build(p, b::build);
  }
}
