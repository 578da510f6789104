package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Counts, {@code {"qualifier": "between", "number": 60, "rangeEnd": 93, "estimate": 80, "noun":
 * "deaths", "phrase": "between 60 and 93 deaths"}}, and proportions, {@code {"qualifier":
 * "nearly", "numerator": 1, "denominator": 4, "phrase": "nearly a quarter"}}.
 */
final class CountCodec {
  private CountCodec() {}

  private static final Codec<Qualifier> QUALIFIER = Codec.enumeration(Qualifier.class);
  private static final Codec<Magnitude> MAGNITUDE = Codec.enumeration(Magnitude.class);

  /** A count's properties as read, checked together when the object ends. */
  private static final class Parts {
    @Nullable Qualifier qualifier;
    @Nullable Long number;
    @Nullable Long rangeEnd;
    @Nullable Magnitude magnitude;
    @Nullable Long estimate;
    Unit unit = Unit.PERSONS;
    @Nullable String noun;
    @Nullable String phrase;
  }

  static final Codec<Unit> UNIT = Codec.text(Unit::code, "a unit code such as \"persons\" or \"km2\"", Unit::of);

  static final Table<Count, Parts> INSTANCE = Table.of("a count", Parts::new, CountCodec::count)
      .required("qualifier", Count::qualifier, QUALIFIER, (p, v) -> p.qualifier = v)
      .optionalLong("number", Count::number, (p, v) -> p.number = v)
      .optionalLong("rangeEnd", Count::rangeEnd, (p, v) -> p.rangeEnd = v)
      .optional("magnitude", Count::magnitude, MAGNITUDE, (p, v) -> p.magnitude = v)
      .optionalLong("estimate", Count::estimate, (p, v) -> p.estimate = v)
      .byDefault("unit", Count::unit, Unit.PERSONS, UNIT, (p, v) -> p.unit = v)
      .optional("noun", Count::noun, Codec.STRING, (p, v) -> p.noun = v)
      .optional("phrase", Count::phrase, Codec.STRING, (p, v) -> p.phrase = v)
      .writtenBy(n -> {
        SerializedString qualifier = n.of("qualifier"), number = n.of("number"), rangeEnd = n.of("rangeEnd");
        SerializedString magnitude = n.of("magnitude"), estimate = n.of("estimate"), unit = n.of("unit");
        SerializedString noun = n.of("noun"), phrase = n.of("phrase");
        return (c, g, w) -> {
          Table.required(g, qualifier, c.qualifier(), QUALIFIER, w);
          Table.optional(g, number, c.number());
          Table.optional(g, rangeEnd, c.rangeEnd());
          Table.optional(g, magnitude, c.magnitude(), MAGNITUDE, w);
          Table.optional(g, estimate, c.estimate());
          Table.byDefault(g, unit, c.unit(), Unit.PERSONS, UNIT, w);
          Table.optional(g, noun, c.noun());
          Table.optional(g, phrase, c.phrase());
        };
      })
      .build();

  /**
   * The count from its parts: which numbers a qualifier needs is checked here, with a message that
   * names the qualifier and the properties (the model's factories would name its parameters); the
   * rest (ranges, bounds, the estimate) is the model's to check.
   */
  private static Count count(Parts p) {
    Qualifier q = Objects.requireNonNull(p.qualifier);
    Long number = p.number;
    Long rangeEnd = p.rangeEnd;
    Count c = switch (q) {
      case BETWEEN -> {
        check(number != null && rangeEnd != null && p.magnitude == null,
            "qualifier between needs number and rangeEnd, and no magnitude");
        yield Count.between(Objects.requireNonNull(number), Objects.requireNonNull(rangeEnd));
      }
      case MAGNITUDE -> {
        check(p.magnitude != null && number == null && rangeEnd == null,
            "qualifier magnitude needs magnitude, and no number or rangeEnd");
        yield Count.of(Objects.requireNonNull(p.magnitude));
      }
      case UNKNOWN, UNQUANTIFIED -> {
        check(p.magnitude == null && number == null && rangeEnd == null,
            "qualifier " + Wire.name(q) + " has no number, rangeEnd or magnitude");
        yield q == Qualifier.UNKNOWN ? Count.unknown() : Count.unquantified();
      }
      case EXACTLY, ABOUT, NEARLY, APPROACHING, MORE_THAN, AT_LEAST, AT_MOST, FEWER_THAN -> {
        check(number != null && rangeEnd == null && p.magnitude == null,
            "qualifier " + Wire.name(q) + " needs number only");
        yield Count.of(q, Objects.requireNonNull(number));
      }
    };
    c = c.withUnit(p.unit);
    if (p.estimate != null) {
      c = c.withEstimate(p.estimate);
    }
    if (p.noun != null) {
      c = c.withNoun(p.noun);
    }
    return p.phrase == null ? c : c.withPhrase(p.phrase);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("Count: " + message);
    }
  }

  /** The qualifiers a proportion takes: those of one number that say no range ({@link Proportion}). */
  private static final Set<Qualifier> SHARES = EnumSet.of(Qualifier.EXACTLY, Qualifier.ABOUT, Qualifier.NEARLY,
      Qualifier.APPROACHING, Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.FEWER_THAN);

  private static final class ProportionParts {
    @Nullable Qualifier qualifier;
    long numerator;
    long denominator;
    @Nullable String phrase;
  }

  static final Table<Proportion, ProportionParts> PROPORTION = Table.of("a proportion", ProportionParts::new,
          (ProportionParts p) -> {
            Proportion share = Proportion.of(Objects.requireNonNull(p.qualifier), p.numerator, p.denominator);
            return p.phrase == null ? share : share.withPhrase(p.phrase);
          })
      .required("qualifier", Proportion::qualifier, Codec.enumeration(Qualifier.class, SHARES), (p, v) -> p.qualifier = v)
      .required("numerator", Proportion::numerator, Codec.INTEGER, (p, v) -> p.numerator = v)
      .required("denominator", Proportion::denominator, Codec.INTEGER, (p, v) -> p.denominator = v)
      .optional("phrase", Proportion::phrase, Codec.STRING, (p, v) -> p.phrase = v)
      .build();
}
