package dev.dispatch.testkit;

import dev.dispatch.event.EventKind;
import dev.dispatch.id.EventId;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report a generator is building: the ids of its elements, drawn before the elements so that
 * any element can refer to any other, and the span of days its dates fall in. Elements whose
 * references must not cycle (places within places, parties' hierarchies, organisations' parents,
 * collectives' members, figures revising, summing or sharing others) refer only to elements made
 * before them, so no cycle can arise.
 */
final class Scope {
  /** The days dates fall in: none after the publication. */
  final Dates.Span span;
  /** The publication date, when the report has one. */
  final Optional<DateValue> published;
  /** What relative phrases resolve against. */
  final Reference reference;

  final List<PartyId> parties = new ArrayList<>();
  final List<PlaceId> places = new ArrayList<>();
  final List<PersonId> people = new ArrayList<>();
  final List<SourceId> sources = new ArrayList<>();
  final List<SourceId> organisations = new ArrayList<>();
  /** Sources that are named people: statements linked to a prisoner are never theirs. */
  final Set<SourceId> named = new LinkedHashSet<>();
  final Map<EventId, EventKind> events = new LinkedHashMap<>();
  final List<FigureId> figures = new ArrayList<>();
  /** Each figure's measure, chosen before events are made: an exchange's sides may only count people. */
  final Map<FigureId, Measure> measures = new LinkedHashMap<>();
  final List<StatementId> statements = new ArrayList<>();
  /** Statements no named person is in the chain of, so that a prisoner may be linked to them. */
  final List<StatementId> unnamedStatements = new ArrayList<>();
  final List<PrisonerId> prisoners = new ArrayList<>();
  /** What statements must also be about: the two figures a comparison's explanation explains. */
  final Map<StatementId, Set<Id>> explains = new LinkedHashMap<>();

  /** How many parts of breakdowns the figure being made may still have. */
  int partBudget;

  Scope(Dates.Span span, Optional<DateValue> published, Reference reference) {
    this.span = span;
    this.published = published;
    this.reference = reference;
  }

  List<EventId> eventIds() {
    return new ArrayList<>(events.keySet());
  }

  /** An event of one of the kinds when the report has one, else any event. */
  Optional<EventId> event(Randomness r, EventKind... kinds) {
    if (events.isEmpty()) {
      return Optional.empty();
    }
    List<EventId> matching = new ArrayList<>();
    for (Map.Entry<EventId, EventKind> e : events.entrySet()) {
      for (EventKind k : kinds) {
        if (e.getValue() == k) {
          matching.add(e.getKey());
        }
      }
    }
    return Optional.of(r.pick(matching.isEmpty() ? eventIds() : matching));
  }

  /** Every element statements may be about. */
  List<Id> subjects() {
    List<Id> ids = new ArrayList<>();
    ids.addAll(events.keySet());
    ids.addAll(figures);
    ids.addAll(prisoners);
    ids.addAll(people);
    ids.addAll(places);
    ids.addAll(parties);
    return ids;
  }
}
