package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** {@code {"qualifier": "more_than", "number": 1000, "unit": "persons", "phrase": "more than 1,000"}}. */
final class CountCodec implements Codec<Count> {
  static final CountCodec INSTANCE = new CountCodec();
  private static final String PROPERTIES = "qualifier, number, rangeEnd, magnitude, unit, phrase";

  @Override
  public void write(Count c, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    WriteState.enumValue(g, "qualifier", c.qualifier());
    WriteState.number(g, "number", c.number());
    WriteState.number(g, "rangeEnd", c.rangeEnd());
    WriteState.enumValue(g, "magnitude", c.magnitude());
    g.writeStringProperty("unit", c.unit().code());
    WriteState.string(g, "phrase", c.phrase());
    w.end(g);
  }

  @Override
  public Count read(JsonParser p, ReadState r) {
    r.startObject(p, "a count");
    Qualifier qualifier = null;
    Long number = null;
    Long rangeEnd = null;
    Magnitude magnitude = null;
    Unit unit = Unit.PERSONS;
    String phrase = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "qualifier":
          qualifier = r.enumValue(p, Qualifier.class);
          break;
        case "number":
          number = r.integer(p);
          break;
        case "rangeEnd":
          rangeEnd = r.integer(p);
          break;
        case "magnitude":
          magnitude = r.enumValue(p, Magnitude.class);
          break;
        case "unit":
          unit = r.parsed(p, "a unit code such as \"persons\" or \"km2\"", Unit::of);
          break;
        case "phrase":
          phrase = r.string(p);
          break;
        default:
          r.unknown(p, name, PROPERTIES);
      }
    }
    Qualifier q = r.required(p, qualifier, "qualifier");
    Long n = number;
    Long end = rangeEnd;
    Magnitude m = magnitude;
    Unit u = unit;
    String printed = phrase;
    return r.build(p, () -> {
      Count c;
      switch (q) {
        case BETWEEN:
          check(n != null && end != null && m == null, "a range needs number and rangeEnd and no magnitude");
          c = Count.between(n, end);
          break;
        case MAGNITUDE:
          check(m != null && n == null && end == null, "a magnitude needs magnitude and no numbers");
          c = Count.of(m);
          break;
        case UNKNOWN:
          check(m == null && n == null && end == null, "an unknown count has no numbers and no magnitude");
          c = Count.unknown();
          break;
        default:
          check(n != null && end == null && m == null, "qualifier " + Wire.name(q) + " needs number only");
          c = Count.of(q, n);
      }
      c = c.in(u);
      return printed == null ? c : c.printedAs(printed);
    });
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("Count: " + message);
    }
  }
}
