package dev.dispatch.json;

import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Protected values, a union on {@code state}. Absent: the property is omitted ({@link #present}).
 * Withheld: {@code {"state": "withheld", "note": "blurred by CNN"}}. Known: {@code {"state":
 * "known", "value": ..., "release": ...}} in the internal view only; the public view writes a
 * known value as withheld with the note {@value Protected#REDACTED}. Like every error, an error
 * here never quotes a value.
 */
final class ProtectedCodec<T> extends Codec<Protected<T>> {

  /**
   * A date of birth on the wire: what {@link LocalDate#toString()} writes for the years 0000 to
   * 9999 and only that, with a day the month can have (February 29 in a year that is not a leap
   * year is refused by parsing). The schema's {@code protectedDate} pattern is this one.
   */
  static final String DATE_PATTERN = "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$";
  private static final Pattern DATE = Pattern.compile(DATE_PATTERN);

  static final ProtectedCodec<String> TEXT = new ProtectedCodec<>(Codec.STRING);
  static final ProtectedCodec<LocalDate> DATE_OF_BIRTH = new ProtectedCodec<>(Codec.text(LocalDate::toString,
      "a date as YYYY-MM-DD", text -> {
        if (!DATE.matcher(text).matches()) {
          throw new IllegalArgumentException("not YYYY-MM-DD");
        }
        return LocalDate.parse(text);
      }));

  /**
   * A protected value standing alone on the mapper path, whose type parameter is not known when
   * writing: a text, or a date of birth when its known value is a date, as in a report. Reads a
   * text ({@link DispatchModule} reads a {@code Protected<LocalDate>} with {@link #DATE_OF_BIRTH}).
   * In the public view every known value is redacted before its type is looked at; in the internal
   * view a known value of another type has no form in the format and is refused.
   */
  static final Codec<Protected<?>> ANY = new Codec<>() {
    @Override
    @SuppressWarnings("unchecked")
    public void write(Protected<?> value, JsonGenerator g, WriteState w) {
      Object known = (w.view == View.INTERNAL ? value : value.redacted()).reveal().orElse(null);
      if (known == null || known instanceof String) {
        TEXT.write((Protected<String>) value, g, w);
      } else if (known instanceof LocalDate) {
        DATE_OF_BIRTH.write((Protected<LocalDate>) value, g, w);
      } else {
        throw new DispatchJsonException(w.pointer(g),
            "a protected text or date (the types of the format)", "a protected value of another type", -1, -1, null);
      }
    }

    @Override
    public Protected<?> read(JsonParser p, ReadState r) {
      return TEXT.read(p, r);
    }

    @Override
    public Codec<?> inner() {
      return TEXT.union;
    }
  };

  /** What a protected value's object holds while it is read. */
  private static final class Parts<T> {
    @Nullable T value;
    @Nullable String note;
    Protected.@Nullable Release release;
  }

  private final Union<Protected<T>, Parts<T>> union;

  private ProtectedCodec(Codec<T> value) {
    Table<Protected<T>, Parts<T>> known = Table.<Protected<T>, Parts<T>>of("a known protected value", Parts::new,
        p -> {
          Protected<T> read = Protected.known(Objects.requireNonNull(p.value));
          return p.release == null ? read : read.released(p.release);
        })
        .required("value", x -> x.reveal().orElseThrow(), value, (p, v) -> p.value = v)
        .optional("release", Protected::release, Codec.enumeration(Protected.Release.class), (p, v) -> p.release = v)
        .build();
    Table<Protected<T>, Parts<T>> withheld = Table.<Protected<T>, Parts<T>>of("a withheld protected value",
        Parts::new, p -> p.note == null ? Protected.<T>withheld() : Protected.<T>withheld(p.note))
        .optional("note", Protected::note, Codec.STRING, (p, v) -> p.note = v)
        .build();
    Table<Protected<T>, Parts<T>> absent = Table.<Protected<T>, Parts<T>>of("an absent protected value",
        Parts::new, p -> Protected.<T>absent())
        .build();
    this.union = new Union<>("a protected value", "state", Parts::new, List.of(
        Union.variant("known", (Protected<T> x) -> x.state() == Protected.State.KNOWN, known),
        Union.variant("withheld", (Protected<T> x) -> x.state() == Protected.State.WITHHELD, withheld),
        Union.variant("absent", (Protected<T> x) -> x.state() == Protected.State.ABSENT, absent)));
  }

  @Override
  public void write(Protected<T> value, JsonGenerator g, WriteState w) {
    union.write(w.view == View.INTERNAL ? value : value.redacted(), g, w);
  }

  @Override
  public Protected<T> read(JsonParser p, ReadState r) {
    return union.read(p, r);
  }

  @Override
  public Codec<?> inner() {
    return union;
  }

  /** The value for an optional table row: absent values are omitted. */
  static <T> Optional<Protected<T>> present(Protected<T> value) {
    return value.state() == Protected.State.ABSENT ? Optional.empty() : Optional.of(value);
  }

  /** An identity's parts as read; each absent unless given. */
  private static final class IdentityParts {
    Protected<String> name = Protected.absent();
    Protected<String> partialName = Protected.absent();
    Protected<LocalDate> dateOfBirth = Protected.absent();
    Protected<String> face = Protected.absent();
  }

  /**
   * Who a prisoner or a person mentioned is: {@code {"name": {...}, "partialName": {...},
   * "dateOfBirth": {...}, "face": {...}}}, each part omitted when absent.
   */
  static final Table<Identity, IdentityParts> IDENTITY = Table.of("an identity", IdentityParts::new,
          (IdentityParts i) -> new Identity(i.name, i.partialName, i.dateOfBirth, i.face))
      .optional("name", i -> present(i.name()), TEXT, (i, v) -> i.name = v)
      .optional("partialName", i -> present(i.partialName()), TEXT, (i, v) -> i.partialName = v)
      .optional("dateOfBirth", i -> present(i.dateOfBirth()), DATE_OF_BIRTH, (i, v) -> i.dateOfBirth = v)
      .optional("face", i -> present(i.face()), TEXT, (i, v) -> i.face = v)
      .build();
}
