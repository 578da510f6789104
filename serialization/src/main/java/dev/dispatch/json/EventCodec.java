package dev.dispatch.json;

import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.event.Means;
import dev.dispatch.event.MeansKind;
import dev.dispatch.event.Target;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.SourceId;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Events: {@code {"id": "strike", "kind": "strike", "time": {...}, "location": {...}, "actors":
 * [{"party": "ru", "attribution": [...], "hedge": {...}}, {"description": "unidentified gunmen"}],
 * "means": [{"kind": "drone"}],
 * "targets": [{"description": "a market", "place": "market"}]}}; a prisoner exchange adds
 * {@code "exchange": {"sides": [{"party": "ua", "counts": ["f1"]}, {"party": "ru", "counts":
 * ["f2"]}], "mediators": ["uae"]}}.
 */
final class EventCodec {
  private EventCodec() {}

  private static final Codec<EventKind> EVENT_KIND = Codec.enumeration(EventKind.class);

  private static final class ActorParts {
    @Nullable PartyId party;
    @Nullable String description;
    @Nullable Attribution attribution;
    @Nullable Hedge hedge;
  }

  static final Table<Actor, ActorParts> ACTOR = Table.of("an actor", ActorParts::new,
          (ActorParts a) -> new Actor(Optional.ofNullable(a.party), Optional.ofNullable(a.description),
              Optional.ofNullable(a.attribution), Optional.ofNullable(a.hedge)))
      .optional("party", Actor::party, Ids.PARTY, (a, v) -> a.party = v)
      .optional("description", Actor::description, Codec.STRING, (a, v) -> a.description = v)
      .optional("attribution", Actor::attribution, AttributionCodec.INSTANCE, (a, v) -> a.attribution = v)
      .optional("hedge", Actor::hedge, AttributionCodec.HEDGE, (a, v) -> a.hedge = v)
      .writtenBy(n -> {
        SerializedString party = n.of("party"), description = n.of("description");
        SerializedString attribution = n.of("attribution"), hedge = n.of("hedge");
        return (a, g, w) -> {
          Table.optional(g, party, a.party(), Ids.PARTY, w);
          Table.optional(g, description, a.description());
          Table.optional(g, attribution, a.attribution(), AttributionCodec.INSTANCE, w);
          Table.optional(g, hedge, a.hedge(), AttributionCodec.HEDGE, w);
        };
      })
      .build();

  private static final class MeansParts {
    @Nullable MeansKind kind;
    @Nullable String phrase;
  }

  static final Table<Means, MeansParts> MEANS = Table.of("a means", MeansParts::new,
          (MeansParts m) -> new Means(Objects.requireNonNull(m.kind), Optional.ofNullable(m.phrase)))
      .required("kind", Means::kind, Codec.enumeration(MeansKind.class), (m, v) -> m.kind = v)
      .optional("phrase", Means::phrase, Codec.STRING, (m, v) -> m.phrase = v)
      .build();

  private static final class TargetParts {
    @Nullable String description;
    @Nullable PlaceId place;
  }

  static final Table<Target, TargetParts> TARGET = Table.of("a target", TargetParts::new,
          (TargetParts t) -> new Target(Objects.requireNonNull(t.description), Optional.ofNullable(t.place)))
      .required("description", Target::description, Codec.STRING, (t, v) -> t.description = v)
      .optional("place", Target::place, Ids.PLACE, (t, v) -> t.place = v)
      .build();

  private static final class SideParts {
    @Nullable PartyId party;
    final List<FigureId> counts = new ArrayList<>();
  }

  static final Table<ExchangeSide, SideParts> SIDE = Table.of("a side of an exchange", SideParts::new,
          (SideParts s) -> new ExchangeSide(Objects.requireNonNull(s.party), s.counts))
      .required("party", ExchangeSide::party, Ids.PARTY, (s, v) -> s.party = v)
      .list("counts", ExchangeSide::counts, Ids.FIGURE, (s, v) -> s.counts.add(v))
      .build();

  private static final class ExchangeParts {
    final List<ExchangeSide> sides = new ArrayList<>();
    final List<SourceId> mediators = new ArrayList<>();
  }

  static final Table<Exchange, ExchangeParts> EXCHANGE = Table.of("an exchange", ExchangeParts::new,
          (ExchangeParts e) -> new Exchange(e.sides, e.mediators))
      .requiredList("sides", Exchange::sides, SIDE, (e, v) -> e.sides.add(v))
      .list("mediators", Exchange::mediators, Ids.SOURCE, (e, v) -> e.mediators.add(v))
      .build();

  static final Table<Event, Event.Builder> INSTANCE = Table.of("an event", Event::builder, Event.Builder::build)
      .required("id", Event::id, Codec.declare(EventId::of), Event.Builder::id)
      .required("kind", Event::kind, EVENT_KIND, Event.Builder::kind)
      .optional("label", Event::label, Codec.STRING, Event.Builder::label)
      .optional("time", Event::time, DateCodec.INSTANCE, Event.Builder::time)
      .optional("location", Event::location, PlaceCodec.LOCATION, Event.Builder::location)
      .optional("duration", Event::duration, DateCodec.DURATION, Event.Builder::duration)
      .list("actors", Event::actors, ACTOR, Event.Builder::addActors)
      .list("means", Event::means, MEANS, Event.Builder::addMeans)
      .list("targets", Event::targets, TARGET, Event.Builder::addTargets)
      .optional("exchange", Event::exchange, EXCHANGE, Event.Builder::exchange)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), kind = n.of("kind"), label = n.of("label"), time = n.of("time");
        SerializedString location = n.of("location"), duration = n.of("duration"), actors = n.of("actors");
        SerializedString means = n.of("means"), targets = n.of("targets"), exchange = n.of("exchange");
        return (e, g, w) -> {
          Table.required(g, id, e.id().value());
          Table.required(g, kind, e.kind(), EVENT_KIND, w);
          Table.optional(g, label, e.label());
          Table.optional(g, time, e.time(), DateCodec.INSTANCE, w);
          Table.optional(g, location, e.location(), PlaceCodec.LOCATION, w);
          Table.optional(g, duration, e.duration(), DateCodec.DURATION, w);
          Table.list(g, actors, e.actors(), ACTOR, w);
          Table.list(g, means, e.means(), MEANS, w);
          Table.list(g, targets, e.targets(), TARGET, w);
          Table.optional(g, exchange, e.exchange(), EXCHANGE, w);
        };
      })
      .build();
}
