package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A source the report does not specify at all: "reportedly", "there was a report", "it is
 * alleged". Unlike an {@link Anonymous} person, nobody is described. Immutable and thread-safe.
 *
 * @param id the source's id in its report
 * @param phrase the words that stand for the source, as printed ("reportedly"), when kept
 */
public record Unspecified(SourceId id, Optional<String> phrase) implements Source {

  /** Checks the phrase; the message names the field. */
  public Unspecified {
    Checks.notNull(id, "id");
    Checks.notNull(phrase, "phrase");
    phrase.ifPresent(p -> Checks.notBlank(p, "Unspecified", "phrase"));
  }

  /** An unspecified source with no phrase kept. */
  public static Unspecified of(SourceId id) {
    return new Unspecified(id, Optional.empty());
  }

  /** An unspecified source and the words that stand for it: "reportedly". */
  public static Unspecified of(SourceId id, String phrase) {
    return new Unspecified(id, Optional.of(Checks.notNull(phrase, "phrase")));
  }

  @Override
  public String label() {
    return phrase.map(p -> "an unspecified source (\"" + p + "\")").orElse("an unspecified source");
  }

  @Override
  public List<Id> references() {
    return List.of();
  }
}
