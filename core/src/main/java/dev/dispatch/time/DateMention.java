package dev.dispatch.time;

import dev.dispatch.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date as a report mentions it: the phrase as printed ("on Saturday", "last fall"), the value
 * it resolves to when it can be resolved, and the date it was resolved against.
 *
 * <p>A relative phrase whose reference is unknown stays unresolved rather than guessed: the seed
 * report's "on Saturday" has no value because the report never prints its own date. A phrase can
 * also resolve partially: "January 9" with no year printed is {@code XXXX-01-09}.
 *
 * <p>Invariants, checked at construction: a phrase or a value is present; the phrase is not
 * blank; a reference ({@link #resolvedAgainst()}) needs a value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DateMention permits ImmutableDateMention {

  DateMention() {}

  /** The phrase exactly as printed, when the report printed one. */
  public abstract Optional<String> phrase();

  /** What the phrase resolves to, when it can be resolved. */
  public abstract Optional<DateValue> value();

  /** The date the phrase was resolved against (usually the publication date), for a relative phrase. */
  public abstract Optional<DateValue> resolvedAgainst();

  /** A value with no phrase. */
  public static DateMention of(DateValue value) {
    return ImmutableDateMention.builder().value(value).build();
  }

  /** A phrase and the value it states on its own ("January 9"), with no reference needed. */
  public static DateMention of(String phrase, DateValue value) {
    return ImmutableDateMention.builder().phrase(phrase).value(value).build();
  }

  /** A phrase left unresolved, such as "on Saturday" when the report's own date is unknown. */
  public static DateMention unresolved(String phrase) {
    return ImmutableDateMention.builder().phrase(phrase).build();
  }

  /** A relative phrase resolved to {@code value} against {@code reference}. */
  public static DateMention resolved(String phrase, DateValue value, DateValue reference) {
    return ImmutableDateMention.builder().phrase(phrase).value(value).resolvedAgainst(reference).build();
  }

  /** A builder, for combinations the factories do not cover. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DateMention}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableDateMention.Builder {
    Builder() {}
  }

  /** Whether this mention has a value. */
  public boolean isResolved() {
    return value().isPresent();
  }

  @Value.Check
  void check() {
    Checks.check(phrase().isPresent() || value().isPresent(), "DateMention", "phrase", "a phrase or a value is required");
    phrase().ifPresent(p -> Checks.notBlank(p, "DateMention", "phrase"));
    Checks.check(resolvedAgainst().isEmpty() || value().isPresent(), "DateMention", "resolvedAgainst",
        "needs a resolved value");
  }

  /** A short form: the phrase in quotes, then {@code = value} and {@code against reference} where present. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DateMention[");
    phrase().ifPresent(p -> s.append('"').append(p).append('"'));
    value().ifPresent(v -> s.append(phrase().isPresent() ? " = " : "").append(v.toEdtf()));
    resolvedAgainst().ifPresent(r -> s.append(" against ").append(r.toEdtf()));
    return s.append(']').toString();
  }
}
