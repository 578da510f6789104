package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;

/** {@code {"qualifier": "more_than", "number": 1000, "unit": "persons", "phrase": "more than 1,000"}}. */
final class CountCodec {
  private CountCodec() {}

  /** A count's properties as read, checked together when the object ends. */
  private static final class Parts {
    Qualifier qualifier;
    Long number;
    Long rangeEnd;
    Magnitude magnitude;
    Unit unit = Unit.PERSONS;
    String phrase;
  }

  static final Table<Count, Parts> INSTANCE = Table.of("a count", Parts::new, CountCodec::count)
      .required("qualifier", Count::qualifier, Codec.enumeration(Qualifier.class), (p, v) -> p.qualifier = v)
      .optionalLong("number", Count::number, (p, v) -> p.number = v)
      .optionalLong("rangeEnd", Count::rangeEnd, (p, v) -> p.rangeEnd = v)
      .optional("magnitude", Count::magnitude, Codec.enumeration(Magnitude.class), (p, v) -> p.magnitude = v)
      .always("unit", Count::unit, Codec.text(Unit::code, "a unit code such as \"persons\" or \"km2\"", Unit::of),
          (p, v) -> p.unit = v)
      .optional("phrase", Count::phrase, Codec.STRING, (p, v) -> p.phrase = v)
      .build();

  private static Count count(Parts p) {
    Count c;
    switch (p.qualifier) {
      case BETWEEN:
        check(p.number != null && p.rangeEnd != null && p.magnitude == null,
            "a range needs number and rangeEnd and no magnitude");
        c = Count.between(p.number, p.rangeEnd);
        break;
      case MAGNITUDE:
        check(p.magnitude != null && p.number == null && p.rangeEnd == null, "a magnitude needs magnitude and no numbers");
        c = Count.of(p.magnitude);
        break;
      case UNKNOWN:
        check(p.magnitude == null && p.number == null && p.rangeEnd == null,
            "an unknown count has no numbers and no magnitude");
        c = Count.unknown();
        break;
      default:
        check(p.number != null && p.rangeEnd == null && p.magnitude == null,
            "qualifier " + Wire.name(p.qualifier) + " needs number only");
        c = Count.of(p.qualifier, p.number);
    }
    c = c.in(p.unit);
    return p.phrase == null ? c : c.printedAs(p.phrase);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("Count: " + message);
    }
  }
}
