package dev.dispatch.event;

import dev.dispatch.id.EventId;
import dev.dispatch.id.Id;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.Location;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened, which figures and statements are about: a strike, a shelling, an
 * attack, a capture, an abduction, a deployment, a prisoner exchange, a release.
 *
 * <p>An event has a kind, a time (often only a phrase: "on Tuesday"), a location, the parties
 * that carried it out or are said to have ({@link Actor}s, each with its attribution and hedge),
 * the means and the targets. Competing tolls are figures that refer to the event; a denial that it
 * happened at all is a statement about it that {@linkplain dev.dispatch.statement.Stance#DENIES
 * denies} it. A prisoner exchange carries its two {@linkplain #exchange() sides}.
 *
 * <p>Invariants, checked at construction: an OTHER event has a label; the label is not blank; an
 * exchange belongs only to a PRISONER_EXCHANGE; actors and means are distinct. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Event {

  Event() {}

  /** The event's id in its report. */
  public abstract EventId id();

  /** What kind of event it is. */
  public abstract EventKind kind();

  /** The event as the report names it ("a precision strike", "the Olenivka explosion"); required for OTHER. */
  public abstract Optional<String> label();

  /** When it happened, when the report says. */
  public abstract Optional<DateMention> time();

  /** Where it happened, when the report says. */
  public abstract Optional<Location> location();

  /** How long it lasted or has lasted, when the report says: "a war now in its third year", "a two-month siege". */
  public abstract Optional<DurationMention> duration();

  /** Who carried it out or is said to have. */
  public abstract List<Actor> actors();

  /** What it used. */
  public abstract List<Means> means();

  /** What it was aimed at or hit. */
  public abstract List<Target> targets();

  /** For a prisoner exchange, its two sides and mediators. */
  public abstract Optional<Exchange> exchange();

  /** The ids this event refers to: places, parties, attribution chains' sources, exchanged counts, mediators. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    location().ifPresent(l -> ids.addAll(l.places()));
    for (Actor a : actors()) {
      a.party().ifPresent(ids::add);
      a.attribution().ifPresent(at -> ids.addAll(at.sources()));
    }
    targets().forEach(t -> t.place().ifPresent(ids::add));
    exchange().ifPresent(x -> {
      for (ExchangeSide side : x.sides()) {
        ids.add(side.party());
        ids.addAll(side.counts());
      }
      ids.addAll(x.mediators());
    });
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This event at a time. */
  public Event withTime(DateMention time) {
    return copy().withTime(time);
  }

  /** This event in a location. */
  public Event withLocation(Location location) {
    return copy().withLocation(location);
  }

  /** This event with one more actor, after the others. */
  public Event plusActor(Actor actor) {
    List<Actor> all = new ArrayList<>(actors());
    all.add(Checks.notNull(actor, "actor"));
    return copy().withActors(all);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableEvent copy() {
    return (ImmutableEvent) ImmutableEvent.copyOf(this);
  }

  @Value.Check
  void check() {
    label().ifPresent(l -> Checks.notBlank(l, "Event", "label"));
    Checks.check(kind() != EventKind.OTHER || label().isPresent(), "Event", "label", "required for OTHER");
    Checks.check(exchange().isEmpty() || kind() == EventKind.PRISONER_EXCHANGE, "Event", "exchange",
        () -> "belongs only to a PRISONER_EXCHANGE, not to " + kind());
    Checks.check(Checks.distinct(actors()), "Event", "actors", "must be distinct");
    Checks.check(Checks.distinct(means()), "Event", "means", "must be distinct");
  }

  /**
   * Builds an {@link Event}. Required: {@link #id}, {@link #kind}. Not thread-safe;
   * {@link #build()} checks the invariants.
   */
  public static final class Builder {
    private final ImmutableEvent.Builder b = ImmutableEvent.generatedBuilder();
    private @Nullable EventId id;
    private @Nullable EventKind kind;

    private Builder() {}

    /** Sets the event's id, unique among the report's events. */
    public Builder id(EventId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets what kind of event it is. */
    public Builder kind(EventKind kind) {
      this.kind = Checks.notNull(kind, "kind");
      return this;
    }

    /** Sets the event's name as the report gives it. */
    public Builder label(String label) {
      b.label(Checks.notNull(label, "label"));
      return this;
    }

    /** Sets when it happened. */
    public Builder time(DateMention time) {
      b.time(Checks.notNull(time, "time"));
      return this;
    }

    /** Sets how long it lasted or has lasted. */
    public Builder duration(DurationMention duration) {
      b.duration(Checks.notNull(duration, "duration"));
      return this;
    }

    /** Sets where it happened. */
    public Builder location(Location location) {
      b.location(Checks.notNull(location, "location"));
      return this;
    }

    /** Adds who carried it out or is said to have. */
    public Builder addActors(Actor... actors) {
      b.addActors(Checks.notNull(actors, "actors"));
      return this;
    }

    /** Adds what it used. */
    public Builder addMeans(Means... means) {
      b.addMeans(Checks.notNull(means, "means"));
      return this;
    }

    /** Adds what it was aimed at or hit. */
    public Builder addTargets(Target... targets) {
      b.addTargets(Checks.notNull(targets, "targets"));
      return this;
    }

    /** Sets the sides of a prisoner exchange. */
    public Builder exchange(Exchange exchange) {
      b.exchange(Checks.notNull(exchange, "exchange"));
      return this;
    }

    /**
     * The event.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Event build() {
      return b.id(Checks.required(id, "Event", "id")).kind(Checks.required(kind, "Event", "kind")).build();
    }
  }
}
