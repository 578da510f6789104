package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date as a report mentions it: the phrase as printed ("on Saturday", "last fall", "as of 18:00
 * GMT"), the value it resolves to when it can be resolved, the time of day when given, and the
 * {@linkplain Reference reference} it was resolved against.
 *
 * <p>A relative phrase whose reference is unknown stays unresolved rather than guessed: the seed
 * report's "on Saturday" has no value because the report never prints its own date. A phrase can
 * also resolve partially: "January 9" with no year printed is {@code XXXX-01-09}. A phrase that
 * no reference could resolve ("earlier", "later") carries a {@link RelativeTerm} instead.
 *
 * <p>Invariants, checked at construction: a phrase, a value or a time is present; the phrase is
 * not blank; a reference needs a value; a relative term needs a phrase and excludes a value.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DateMention {

  DateMention() {}

  /** The phrase exactly as printed, when the report printed one. */
  public abstract Optional<String> phrase();

  /** What the phrase resolves to, when it can be resolved. */
  public abstract Optional<DateValue> value();

  /** The time of day, when the report gives one: "as of 18:00 GMT". */
  public abstract Optional<ClockTime> time();

  /** What a relative phrase was resolved against, and where that date came from. */
  public abstract Optional<Reference> reference();

  /** For a phrase such as "earlier" that no reference resolves: how it relates to the time spoken of. */
  public abstract Optional<RelativeTerm> relative();

  /** A value with no phrase. */
  public static DateMention of(DateValue value) {
    return builder().value(value).build();
  }

  /** A phrase and the value it states on its own ("January 9"), with no reference needed. */
  public static DateMention of(String phrase, DateValue value) {
    return builder().phrase(phrase).value(value).build();
  }

  /** A phrase left unresolved, such as "on Saturday" when the report's own date is unknown. */
  public static DateMention unresolved(String phrase) {
    return builder().phrase(phrase).build();
  }

  /** A relative phrase resolved to {@code value} against {@code reference}. */
  public static DateMention resolved(String phrase, DateValue value, Reference reference) {
    return builder().phrase(phrase).value(value).reference(reference).build();
  }

  /** A phrase that no reference resolves: "earlier" is {@code relative("earlier", RelativeTerm.EARLIER)}. */
  public static DateMention relative(String phrase, RelativeTerm term) {
    return builder().phrase(phrase).relative(term).build();
  }

  /** A builder, for combinations the factories do not cover. */
  public static Builder builder() {
    return new Builder();
  }

  /** This mention with a time of day. */
  public DateMention withTime(ClockTime time) {
    return copy().withTime(time);
  }

  /** This mention with the reference it was resolved against. */
  public DateMention withReference(Reference reference) {
    return copy().withReference(reference);
  }

  /** Whether this mention has a value. */
  public boolean isResolved() {
    return value().isPresent();
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableDateMention copy() {
    return (ImmutableDateMention) ImmutableDateMention.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.check(phrase().isPresent() || value().isPresent() || time().isPresent(), "DateMention", "phrase",
        "a phrase, a value or a time is required");
    phrase().ifPresent(p -> Checks.notBlank(p, "DateMention", "phrase"));
    Checks.check(reference().isEmpty() || value().isPresent(), "DateMention", "reference", "needs a resolved value");
    Checks.check(relative().isEmpty() || phrase().isPresent(), "DateMention", "relative", "needs a phrase");
    Checks.check(relative().isEmpty() || value().isEmpty(), "DateMention", "relative",
        "excludes a value: a relative term marks a phrase no reference resolves");
  }

  /** A short form: the phrase in quotes, then the value, time and reference where present. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DateMention[");
    phrase().ifPresent(p -> s.append('"').append(p).append('"'));
    value().ifPresent(v -> s.append(phrase().isPresent() ? " = " : "").append(v.toEdtf()));
    time().ifPresent(t -> s.append(" at ").append(t.time()).append(t.offset().map(Object::toString).orElse("")));
    relative().ifPresent(r -> s.append(' ').append(r));
    reference().ifPresent(r -> s.append(" against ").append(r.date().toEdtf()).append(" (").append(r.origin())
        .append(')'));
    return s.append(']').toString();
  }

  /** Builds a {@link DateMention}; {@link #build()} checks the invariants. Not thread-safe. */
  public static final class Builder {
    private final ImmutableDateMention.Builder b = ImmutableDateMention.generatedBuilder();

    private Builder() {}

    /** Sets the phrase exactly as printed. */
    public Builder phrase(String phrase) {
      b.phrase(Checks.notNull(phrase, "phrase"));
      return this;
    }

    /** Sets the value the phrase resolves to. */
    public Builder value(DateValue value) {
      b.value(Checks.notNull(value, "value"));
      return this;
    }

    /** Sets the time of day. */
    public Builder time(ClockTime time) {
      b.time(Checks.notNull(time, "time"));
      return this;
    }

    /** Sets what the phrase was resolved against; needs a value. */
    public Builder reference(Reference reference) {
      b.reference(Checks.notNull(reference, "reference"));
      return this;
    }

    /** Marks the phrase as one no reference resolves; excludes a value. */
    public Builder relative(RelativeTerm relative) {
      b.relative(Checks.notNull(relative, "relative"));
      return this;
    }

    /**
     * The mention.
     *
     * @throws IllegalArgumentException naming the field, if an invariant is broken
     */
    public DateMention build() {
      return b.build();
    }
  }
}
