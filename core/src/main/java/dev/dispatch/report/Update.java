package dev.dispatch.report;

import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateValue;
import java.util.Optional;

/**
 * An entry in a report's history: an update or a correction. "This story has been updated." with
 * no date and no detail is a legitimate entry: {@code Update.printed("This story has been
 * updated.")}.
 *
 * <p>Invariant: the text, when present, is not blank. Immutable and thread-safe.
 *
 * @param kind an update or a correction
 * @param when when it was made, when known
 * @param text the notice as printed
 */
public record Update(UpdateKind kind, Optional<DateValue> when, Optional<String> text) {

  /** Checks the text; the message names the field. */
  public Update {
    Checks.notNull(kind, "kind");
    Checks.notNull(when, "when");
    Checks.notNull(text, "text");
    text.ifPresent(t -> Checks.notBlank(t, "Update", "text"));
  }

  /** An update notice as printed, undated. */
  public static Update printed(String text) {
    return new Update(UpdateKind.UPDATE, Optional.empty(), Optional.of(Checks.notNull(text, "text")));
  }

  /** An update with neither date nor notice: the report was updated, nothing more is known. */
  public static Update unspecified() {
    return new Update(UpdateKind.UPDATE, Optional.empty(), Optional.empty());
  }

  /** An update at a date, with its notice. */
  public static Update of(DateValue when, String text) {
    return new Update(UpdateKind.UPDATE, Optional.of(Checks.notNull(when, "when")),
        Optional.of(Checks.notNull(text, "text")));
  }

  /** An update known only by its date. */
  public static Update on(DateValue when) {
    return new Update(UpdateKind.UPDATE, Optional.of(Checks.notNull(when, "when")), Optional.empty());
  }

  /** A correction notice as printed, undated. */
  public static Update correction(String text) {
    return new Update(UpdateKind.CORRECTION, Optional.empty(), Optional.of(Checks.notNull(text, "text")));
  }

  /** This entry with its date. */
  public Update withWhen(DateValue when) {
    return new Update(kind, Optional.of(Checks.notNull(when, "when")), text);
  }
}
