package dev.dispatch.validation;

import dev.dispatch.figure.Population;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.SourceId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * person's, an anonymous or a collective source's affiliation's.
 *
 * <p>Memoised per report, each answer worked out once: the parties on a configured party's side
 * are found by one walk down the relations from it (the relations may cycle through {@code
 * FIGHTS_FOR}; each party is visited once per configured party), and each organisation's nearest
 * party once, for the whole of its parent chain. Linear in the report's parties and sources (times
 * the configured parties), however long their chains.
 */
final class Sides {
  private static final Set<PartyRelation.Kind> UPWARDS = Set.of(PartyRelation.Kind.PART_OF,
      PartyRelation.Kind.MEMBER_OF, PartyRelation.Kind.CONTROLLED_BY, PartyRelation.Kind.FIGHTS_FOR);

  private final Report report;
  private final Set<PartyId> conflict;
  private final Map<PartyId, Set<PartyId>> sides = new HashMap<>();
  private final Map<SourceId, Optional<PartyId>> runBy = new HashMap<>();

  Sides(Report report, Set<PartyId> conflict) {
    this.report = report;
    this.conflict = conflict;
    Map<PartyId, List<PartyId>> below = new HashMap<>();
    for (Party p : report.parties()) {
      for (PartyRelation r : p.relations()) {
        if (UPWARDS.contains(r.kind())) {
          below.computeIfAbsent(r.party(), k -> new ArrayList<>()).add(p.id());
        }
      }
    }
    Map<Set<PartyId>, Set<PartyId>> interned = new HashMap<>();
    for (PartyId c : conflict.stream().sorted().toList()) {
      if (report.party(c).isEmpty()) {
        continue;
      }
      Set<PartyId> seen = new HashSet<>();
      Deque<PartyId> todo = new ArrayDeque<>();
      todo.add(c);
      seen.add(c);
      while (!todo.isEmpty()) {
        PartyId p = todo.removeFirst();
        Set<PartyId> with = new HashSet<>(sides.getOrDefault(p, Set.of()));
        with.add(c);
        sides.put(p, interned.computeIfAbsent(Set.copyOf(with), k -> k));
        for (PartyId down : below.getOrDefault(p, List.of())) {
          if (seen.add(down)) {
            todo.addLast(down);
          }
        }
      }
    }
  }

  /** The configured parties {@code party} is on the side of; empty when none. */
  Set<PartyId> of(PartyId party) {
    return sides.getOrDefault(party, Set.of());
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
    Optional<SourceId> organisation = Variants.source(s.get(), new Variants.SourceCases<Optional<SourceId>>() {
      @Override
      public Optional<SourceId> person(Person p) {
        return p.affiliation();
      }

      @Override
      public Optional<SourceId> organisation(Organisation o) {
        return Optional.of(o.id());
      }

      @Override
      public Optional<SourceId> anonymous(Anonymous a) {
        return a.affiliation();
      }

      @Override
      public Optional<SourceId> collective(Collective c) {
        return c.affiliation();
      }

      @Override
      public Optional<SourceId> unspecified(Unspecified u) {
        return Optional.empty();
      }

      @Override
      public Optional<SourceId> individual(IndividualSource i) {
        return Optional.empty(); // a person of the report: their party is not a source's
      }

      @Override
      public Optional<SourceId> own(OwnVoice o) {
        return Optional.empty();
      }
    });
    return organisation.flatMap(this::runBy).map(this::of).orElse(Set.of());
  }

  /**
   * The party that runs an organisation: its own, else its nearest parent's; empty when none, or
   * when the id is not an organisation's. Walks a parent chain once: every organisation on the
   * way gets the answer. Core rejects cycles.
   */
  private Optional<PartyId> runBy(SourceId organisation) {
    Optional<PartyId> known = runBy.get(organisation);
    if (known != null) {
      return known;
    }
    List<SourceId> chain = new ArrayList<>();
    Optional<PartyId> answer = Optional.empty();
    Optional<SourceId> at = Optional.of(organisation);
    while (at.isPresent()) {
      Optional<PartyId> had = runBy.get(at.get());
      if (had != null) {
        answer = had;
        break;
      }
      Optional<Source> o = report.source(at.get());
      if (o.isEmpty() || !(o.get() instanceof Organisation org)) {
        runBy.put(at.get(), Optional.empty()); // not an organisation: it runs nothing
        break;
      }
      chain.add(at.get());
      if (org.party().isPresent()) {
        answer = org.party();
        break;
      }
      at = org.parent();
    }
    for (SourceId id : chain) {
      runBy.put(id, answer);
    }
    return answer;
  }

  /** The parties' names as the report gives them, joined: "Russia and Ukraine". */
  String names(Set<PartyId> parties) {
    List<String> names = parties.stream()
        .map(id -> Quote.text(report.party(id).map(Party::name).orElse(id.toString()))).sorted().toList();
    return String.join(" and ", names);
  }
}
