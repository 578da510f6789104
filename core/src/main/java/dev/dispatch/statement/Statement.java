package dev.dispatch.statement;

import dev.dispatch.id.Id;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a source asserted, as the report conveys it: the text (verbatim for a direct quote,
 * as printed for a paraphrase), its {@link Attribution}, and typed references to what it is about
 * (figures, prisoners, places, sources).
 *
 * <p>Invariants, checked at construction: the text is not blank and, for a direct quote, is
 * kept exactly as given (no trimming, no correction); {@link #about()} holds distinct ids, none
 * of them a report or this statement. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Statement permits ImmutableStatement {

  Statement() {}

  /** The statement's id in its report. */
  public abstract StatementId id();

  /** Who said it, how, and through whom. */
  public abstract Attribution attribution();

  /** What was said: the exact words for a direct quote, the report's words otherwise. */
  public abstract String text();

  /** What the statement is about, by typed id. */
  public abstract List<Id> about();

  /** When what it reports happened ("captured on January 9"), when the report says. */
  public abstract Optional<DateMention> eventTime();

  /** Where what it reports happened, when the report says. */
  public abstract Optional<Location> location();

  /** Whether the text is the source's exact words. */
  public boolean isDirectQuote() {
    return attribution().mode() == Mode.DIRECT_QUOTE;
  }

  /** The ids this statement refers to: its subjects, its attribution chain's sources and its place. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>(about());
    ids.addAll(attribution().sources());
    location().ifPresent(l -> ids.add(l.place()));
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(text(), "Statement", "text");
    Checks.check(Checks.distinct(about()), "Statement", "about",
        () -> "must hold distinct ids, got " + about());
    for (Id id : about()) {
      Checks.check(!(id instanceof ReportId), "Statement", "about", "must not refer to a report");
    }
    Checks.check(!about().contains(id()), "Statement", "about", "must not refer to the statement itself");
  }
}
