package dev.dispatch.json;

import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;

/**
 * Dates: a {@link DateValue} is its EDTF string; a {@link DateMention} is
 * {@code {"phrase": "on January 9", "value": "XXXX-01-09", "resolvedAgainst": "2025-01-12"}}.
 */
final class DateCodec {
  private DateCodec() {}

  static final Codec<DateValue> VALUE = Codec.text(DateValue::toEdtf, "an EDTF date of the supported subset",
      DateValue::parse);

  static final Table<DateMention, DateMention.Builder> INSTANCE = Table.of("a date mention", DateMention::builder,
          DateMention.Builder::build)
      .optional("phrase", DateMention::phrase, Codec.STRING, DateMention.Builder::phrase)
      .optional("value", DateMention::value, VALUE, DateMention.Builder::value)
      .optional("resolvedAgainst", DateMention::resolvedAgainst, VALUE, DateMention.Builder::resolvedAgainst)
      .build();
}
