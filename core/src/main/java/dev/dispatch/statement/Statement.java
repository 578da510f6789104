package dev.dispatch.statement;

import dev.dispatch.id.Id;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Mode;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something a source asserted or denied, as the report conveys it: the text (verbatim for a
 * direct quote, as printed for a paraphrase), its {@link Attribution}, and typed references to what
 * it is about (events, figures, prisoners, people, places, sources).
 *
 * <p>A statement may {@linkplain Stance#DENIES deny} its subjects ("no strike took place"), carry a
 * {@link Hedge} ("reportedly"), and record that its text is {@linkplain #truncated() cut off} in
 * the copy at hand rather than invent the rest.
 *
 * <p>Invariants, checked at construction: the text is not blank and, for a direct quote, is kept
 * exactly as given (no trimming, no correction); {@link #about()} holds distinct ids, none of them
 * a report or this statement. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statement {

  Statement() {}

  /** The statement's id in its report. */
  public abstract StatementId id();

  /** Who said it, how, and through whom. */
  public abstract Attribution attribution();

  /** What was said: the exact words for a direct quote, the report's words otherwise. */
  public abstract String text();

  /** Whether the statement asserts or denies its subjects; {@link Stance#ASSERTS} unless set. */
  @Value.Default
  public Stance stance() {
    return Stance.ASSERTS;
  }

  /** The epistemic weight the report gives the statement, when it hedges it. */
  public abstract Optional<Hedge> hedge();

  /** Whether the text is cut off in the copy at hand: a quote that ends mid-sentence in a truncated archive copy. */
  @Value.Default
  public boolean truncated() {
    return false;
  }

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

  /** The ids this statement refers to: its subjects, its attribution chain's sources and its places. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>(about());
    ids.addAll(attribution().sources());
    location().ifPresent(l -> ids.addAll(l.places()));
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This statement with another attribution. */
  public Statement withAttribution(Attribution attribution) {
    return copy().withAttribution(attribution);
  }

  /** This statement with a hedge. */
  public Statement withHedge(Hedge hedge) {
    return copy().withHedge(hedge);
  }

  /** This statement with the time of what it reports. */
  public Statement withEventTime(DateMention eventTime) {
    return copy().withEventTime(eventTime);
  }

  /** This statement with the place of what it reports. */
  public Statement withLocation(Location location) {
    return copy().withLocation(location);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableStatement copy() {
    return (ImmutableStatement) ImmutableStatement.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(text(), "Statement", "text");
    Checks.check(Checks.distinct(about()), "Statement", "about", () -> "must hold distinct ids, got " + about());
    for (Id id : about()) {
      Checks.check(!(id instanceof ReportId), "Statement", "about", "must not refer to a report");
    }
    Checks.check(!about().contains(id()), "Statement", "about", "must not refer to the statement itself");
  }

  /**
   * Builds a {@link Statement}. Required: {@link #id}, {@link #attribution}, {@link #text}. Not
   * thread-safe; {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableStatement.Builder b = ImmutableStatement.generatedBuilder();
    private @Nullable StatementId id;
    private @Nullable Attribution attribution;
    private @Nullable String text;

    private Builder() {}

    /** Sets the statement's id, unique among the report's statements. */
    public Builder id(StatementId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets who said it, how, and through whom. */
    public Builder attribution(Attribution attribution) {
      this.attribution = Checks.notNull(attribution, "attribution");
      return this;
    }

    /** Sets what was said, verbatim for a direct quote. */
    public Builder text(String text) {
      this.text = Checks.notNull(text, "text");
      return this;
    }

    /** Sets whether the statement asserts or denies its subjects. */
    public Builder stance(Stance stance) {
      b.stance(Checks.notNull(stance, "stance"));
      return this;
    }

    /** Sets the hedge the report gives the statement. */
    public Builder hedge(Hedge hedge) {
      b.hedge(Checks.notNull(hedge, "hedge"));
      return this;
    }

    /** Records that the text is cut off in the copy at hand. */
    public Builder truncated(boolean truncated) {
      b.truncated(truncated);
      return this;
    }

    /** Adds what the statement is about, by id. */
    public Builder addAbout(Id... about) {
      b.addAbout(Checks.notNull(about, "about"));
      return this;
    }

    /** Replaces what the statement is about. */
    public Builder about(Iterable<? extends Id> about) {
      b.about(Checks.notNull(about, "about"));
      return this;
    }

    /** Sets when what it reports happened. */
    public Builder eventTime(DateMention eventTime) {
      b.eventTime(Checks.notNull(eventTime, "eventTime"));
      return this;
    }

    /** Sets where what it reports happened. */
    public Builder location(Location location) {
      b.location(Checks.notNull(location, "location"));
      return this;
    }

    /**
     * The statement.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Statement build() {
      return b.id(Checks.required(id, "Statement", "id"))
          .attribution(Checks.required(attribution, "Statement", "attribution"))
          .text(Checks.required(text, "Statement", "text")).build();
    }
  }
}
