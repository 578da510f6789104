package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.RelativeTerm;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Dates and times. A {@link DateValue} is its EDTF string; a {@link ClockTime} is an ISO 8601 time
 * of day with its offset when known ({@code "18:00Z"}, {@code "07:30:15+02:00"}, {@code "18:00"});
 * a {@link DateMention} is {@code {"phrase": "on Saturday", "value": "2025-01-11", "time":
 * "18:00Z", "reference": {"date": "2025-01-12", "origin": "publication"}}} or {@code {"phrase":
 * "earlier", "relative": "earlier"}}; a {@link DurationMention} is {@code {"phrase": "within two
 * weeks", "length": {"qualifier": "at_most", "number": 2, "unit": "weeks"}}}.
 */
final class DateCodec {
  private DateCodec() {}

  private static final Codec<RelativeTerm> RELATIVE = Codec.enumeration(RelativeTerm.class);

  static final Codec<DateValue> VALUE = Codec.text(DateValue::toEdtf, "an EDTF date of the supported subset",
      DateValue::parse);

  /**
   * A time of day on the wire: hours and minutes, seconds when not zero (what
   * {@link LocalTime#toString()} writes for whole seconds), then {@code Z} or an offset of at most
   * 18 hours as {@link ZoneOffset#toString()} writes it, or nothing. Readers accept exactly this
   * pattern, seconds of zero, {@code +00:00} (written back as {@code Z}, as {@link ZoneOffset}
   * has it) and an offset's zero seconds ({@code +05:30:00}, written back {@code +05:30}); the
   * schema's {@code clockTime} pattern is this one. {@code -00:00} is refused: RFC 3339 keeps it
   * for a time whose local offset is unknown, which is no offset here, not UTC.
   */
  static final String TIME_PATTERN = "^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?"
      + "(?:Z|\\+(?:(?:0[0-9]|1[0-7]):[0-5][0-9](?::[0-5][0-9])?|18:00(?::00)?)"
      + "|-(?:(?:0[1-9]|1[0-7]):[0-5][0-9](?::[0-5][0-9])?|00:(?:0[1-9]|[1-5][0-9])(?::[0-5][0-9])?"
      + "|00:00:(?:0[1-9]|[1-5][0-9])|18:00(?::00)?))?$";
  private static final Pattern TIME = Pattern.compile(TIME_PATTERN);

  static final Codec<ClockTime> TIME_OF_DAY = Codec.text(
      t -> t.time().toString() + t.offset().map(ZoneOffset::toString).orElse(""),
      "a time of day such as \"18:00Z\" or \"07:30+02:00\"", DateCodec::clockTime);

  private static ClockTime clockTime(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      if (text.endsWith("-00:00") || text.endsWith("-00:00:00")) {
        throw new ReadState.Refused("the offset -00:00, RFC 3339's unknown offset: write Z for UTC, or no offset");
      }
      throw new IllegalArgumentException("not a time of day");
    }
    int zone = Math.max(text.indexOf('Z'), Math.max(text.indexOf('+'), text.indexOf('-')));
    LocalTime time = LocalTime.parse(zone < 0 ? text : text.substring(0, zone));
    return zone < 0 ? ClockTime.of(time) : ClockTime.of(time, ZoneOffset.of(text.substring(zone)));
  }

  private static final class ReferenceParts {
    @Nullable DateValue date;
    @Nullable ReferenceOrigin origin;
  }

  static final Table<Reference, ReferenceParts> REFERENCE = Table.of("a reference date", ReferenceParts::new,
          (ReferenceParts r) -> Reference.of(Objects.requireNonNull(r.date), Objects.requireNonNull(r.origin)))
      .required("date", Reference::date, VALUE, (r, v) -> r.date = v)
      .required("origin", Reference::origin, Codec.enumeration(ReferenceOrigin.class), (r, v) -> r.origin = v)
      .build();

  static final Table<DateMention, DateMention.Builder> INSTANCE = Table.of("a date mention", DateMention::builder,
          DateMention.Builder::build)
      .optional("phrase", DateMention::phrase, Codec.STRING, DateMention.Builder::phrase)
      .optional("value", DateMention::value, VALUE, DateMention.Builder::value)
      .optional("time", DateMention::time, TIME_OF_DAY, DateMention.Builder::time)
      .optional("reference", DateMention::reference, REFERENCE, DateMention.Builder::reference)
      .optional("relative", DateMention::relative, RELATIVE, DateMention.Builder::relative)
      .writtenBy(n -> {
        SerializedString phrase = n.of("phrase"), value = n.of("value"), time = n.of("time");
        SerializedString reference = n.of("reference"), relative = n.of("relative");
        return (d, g, w) -> {
          Table.optional(g, phrase, d.phrase());
          Table.optional(g, value, d.value(), VALUE, w);
          Table.optional(g, time, d.time(), TIME_OF_DAY, w);
          Table.optional(g, reference, d.reference(), REFERENCE, w);
          Table.optional(g, relative, d.relative(), RELATIVE, w);
        };
      })
      .build();

  private static final class DurationParts {
    @Nullable String phrase;
    @Nullable Count length;
  }

  static final Table<DurationMention, DurationParts> DURATION = Table.of("a duration", DurationParts::new,
          (DurationParts d) -> new DurationMention(Optional.ofNullable(d.phrase), Objects.requireNonNull(d.length)))
      .optional("phrase", DurationMention::phrase, Codec.STRING, (d, v) -> d.phrase = v)
      .required("length", DurationMention::length, CountCodec.INSTANCE, (d, v) -> d.length = v)
      .build();
}
