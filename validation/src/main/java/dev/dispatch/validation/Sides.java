package dev.dispatch.validation;

import dev.dispatch.figure.Population;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.SourceId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which parties to the conflict (the {@link Settings#parties() configured} ones, matched by id)
 * a party, a population or a source is on the side of, within one report.
 *
 * <p>A party is on the side of each configured party it is, or reaches by following its
 * relations {@code PART_OF}, {@code MEMBER_OF}, {@code CONTROLLED_BY} and {@code FIGHTS_FOR}
 * upwards: the North Korean army fighting for Russia is on Russia's side. {@code ALLIED_WITH} is
 * not followed: an ally is a party of its own. A source speaks for the side of the party that
 * runs it: an organisation's {@code party} (or, when it has none, its nearest parent's); a
 * person's, an anonymous or a collective source's affiliation's. Memoised: each party is walked
 * once per report.
 */
final class Sides {
  private static final Set<PartyRelation.Kind> UPWARDS = Set.of(PartyRelation.Kind.PART_OF,
      PartyRelation.Kind.MEMBER_OF, PartyRelation.Kind.CONTROLLED_BY, PartyRelation.Kind.FIGHTS_FOR);

  private final Report report;
  private final Set<PartyId> conflict;
  private final Map<PartyId, Set<PartyId>> memo = new HashMap<>();

  Sides(Report report, Set<PartyId> conflict) {
    this.report = report;
    this.conflict = conflict;
  }

  /** The configured parties {@code party} is on the side of; empty when none. */
  Set<PartyId> of(PartyId party) {
    Set<PartyId> known = memo.get(party);
    if (known != null) {
      return known;
    }
    Set<PartyId> found = new HashSet<>();
    Set<PartyId> seen = new HashSet<>();
    Deque<PartyId> todo = new ArrayDeque<>();
    todo.add(party);
    seen.add(party);
    while (!todo.isEmpty()) {
      PartyId p = todo.removeFirst();
      if (conflict.contains(p) && report.party(p).isPresent()) {
        found.add(p);
      }
      Optional<Party> in = report.party(p);
      if (in.isPresent()) {
        for (PartyRelation r : in.get().relations()) {
          if (UPWARDS.contains(r.kind()) && seen.add(r.party())) {
            todo.addLast(r.party());
          }
        }
      }
    }
    Set<PartyId> result = Set.copyOf(found);
    memo.put(party, result);
    return result;
  }

  /**
   * The configured parties whose people a population is: those its side is on, else those its
   * force is on, else the one configured party of the report whose country is the population's
   * nationality, when exactly one has it (never in a civil war, where two share a country).
   */
  Set<PartyId> of(Population population) {
    Optional<PartyId> side = population.side();
    if (side.isPresent()) {
      return of(side.get());
    }
    Optional<PartyId> force = population.force();
    if (force.isPresent()) {
      return of(force.get());
    }
    if (population.nationality().isEmpty()) {
      return Set.of();
    }
    Set<PartyId> found = new HashSet<>();
    for (PartyId id : conflict) {
      Optional<Party> p = report.party(id);
      if (p.isPresent() && p.get().country().equals(population.nationality())) {
        found.add(id);
      }
    }
    return found.size() == 1 ? Set.copyOf(found) : Set.of();
  }

  /** The configured parties a source speaks for; empty for an independent or unplaced source. */
  Set<PartyId> ofSource(SourceId id) {
    Optional<Source> s = report.source(id);
    if (s.isEmpty()) {
      return Set.of();
    }
    Source source = s.get();
    Optional<SourceId> organisation;
    if (source instanceof Organisation) {
      organisation = Optional.of(id);
    } else if (source instanceof Person person) {
      organisation = person.affiliation();
    } else if (source instanceof Anonymous anonymous) {
      organisation = anonymous.affiliation();
    } else if (source instanceof Collective collective) {
      organisation = collective.affiliation();
    } else {
      organisation = Optional.empty();
    }
    // Up the parent chain to the nearest organisation run by a party; core rejects cycles.
    while (organisation.isPresent()) {
      Optional<Source> o = report.source(organisation.get());
      if (o.isEmpty() || !(o.get() instanceof Organisation org)) {
        return Set.of();
      }
      if (org.party().isPresent()) {
        return of(org.party().get());
      }
      organisation = org.parent();
    }
    return Set.of();
  }

  /** The parties' names as the report gives them, joined: "Russia and Ukraine". */
  String names(Set<PartyId> parties) {
    List<String> names = parties.stream()
        .map(id -> report.party(id).map(Party::name).orElse(id.toString())).sorted().toList();
    return String.join(" and ", names);
  }
}
