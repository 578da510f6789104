package dev.dispatch.report;

import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateValue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry in a report's update history. "This story has been updated." with no date and no
 * detail is a legitimate entry: {@code Update.printed("This story has been updated.")}.
 *
 * <p>Invariant: the text, when present, is not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Update permits ImmutableUpdate {

  Update() {}

  /** When the update was made, when known. */
  public abstract Optional<DateValue> when();

  /** The update notice as printed. */
  public abstract Optional<String> text();

  /** An update notice as printed, undated. */
  public static Update printed(String text) {
    return ImmutableUpdate.builder().text(text).build();
  }

  /** An update with neither date nor notice: the report was updated, nothing more is known. */
  public static Update unspecified() {
    return ImmutableUpdate.builder().build();
  }

  /** An update at a date, with its notice. */
  public static Update of(DateValue when, String text) {
    return ImmutableUpdate.builder().when(when).text(text).build();
  }

  /** An update known only by its date. */
  public static Update on(DateValue when) {
    return ImmutableUpdate.builder().when(when).build();
  }

  @Value.Check
  void check() {
    text().ifPresent(t -> Checks.notBlank(t, "Update", "text"));
  }
}
