package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.event.Means;
import dev.dispatch.event.MeansKind;
import dev.dispatch.event.Target;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Completeness;
import dev.dispatch.figure.CountingBasis;
import dev.dispatch.figure.CountingScope;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.PersonRole;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.source.Verification;
import dev.dispatch.statement.Stance;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Makes each kind of report element within a {@link Scope}. Every element is valid by
 * construction: it refers only to ids of the scope, hierarchical references point only to
 * elements made earlier, breakdowns fit their wholes, dates fall within the scope's span and in
 * order where order matters, and known protected values are released.
 */
final class Elements {
  private Elements() {}

  // --- small values --------------------------------------------------------------------------

  /**
   * A protected value in each state. A known value is always released (with consent, or already
   * public), so that a generated report holds nothing a publication must not carry, while its
   * public view still redacts it.
   */
  static <T> Protected<T> protectedValue(Randomness r, T value) {
    return switch (r.nextInt(0, 3)) {
      case 1 -> Protected.withheld(r.pick("blurred by the publisher", "withheld at source"));
      case 2 -> Protected.withheld();
      case 3 -> Protected.known(value).released(r.pick(Protected.Release.values()));
      default -> Protected.absent();
    };
  }

  /** An identity whose parts are each absent, withheld, or known and released. */
  static Identity identity(Randomness r, String ref) {
    return new Identity(protectedValue(r, r.pick(Words.PROTECTED_NAMES)), protectedValue(r, r.pick(Words.FIRST_NAMES)),
        protectedValue(r, LocalDate.of(1960, 1, 1).plusDays(r.next(0, 16_000))),
        protectedValue(r, "faces/" + ref + ".jpg"));
  }

  /** A hedge of any kind, with its phrase most of the time. */
  static Hedge hedge(Randomness r) {
    HedgeKind kind = r.pick(HedgeKind.values());
    return r.oneIn(4) ? Hedge.of(kind) : Hedge.of(kind, Words.hedge(kind));
  }

  /** An age in years: "34", "about 40", "in his 40s", "over 60". */
  static Count age(Randomness r) {
    long n = r.next(1, 90);
    return switch (r.nextInt(0, 3)) {
      case 1 -> Count.about(n).withUnit(Unit.YEARS).withPhrase("about " + n);
      case 2 -> {
        long decade = Math.max(1, n / 10) * 10;
        yield Count.between(decade, decade + 9).withUnit(Unit.YEARS).withPhrase("in his " + decade + "s");
      }
      case 3 -> Count.moreThan(n).withUnit(Unit.YEARS).withPhrase("over " + n);
      default -> Count.exactly(n).withUnit(Unit.YEARS).withPhrase(n + "-year-old");
    };
  }

  static DateMention mention(Randomness r, Scope s) {
    return Dates.mention(r, s.span, s.reference);
  }

  /** In, at, near or outside one place, several places, or places the report does not name. */
  static Location location(Randomness r, Scope s) {
    Relation relation = r.pick(Relation.values());
    if (s.places.isEmpty() || r.oneIn(6)) {
      return Location.described(relation, r.pick(Words.LOCATION_PHRASES));
    }
    Set<PlaceId> places = new LinkedHashSet<>();
    for (int i = r.oneIn(4) ? r.nextInt(2, 3) : 1; i > 0; i--) {
      places.add(r.pick(s.places));
    }
    Location l = new Location(relation, new ArrayList<>(places), Optional.empty());
    return r.oneIn(5) ? l.withPhrase(r.pick(Words.LOCATION_PHRASES)) : l;
  }

  /** Chains of one to four links over {@code pool}, each with its own mode, status, channel and time. */
  static Attribution attribution(Randomness r, Scope s, List<SourceId> pool) {
    int n = 1 + (r.oneIn(3) ? r.nextInt(1, 3) : 0);
    List<Link> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Link link = Link.of(r.pick(pool), r.pick(Mode.values())).withStatus(r.pick(Verification.values()));
      if (r.nextBoolean()) {
        ChannelKind kind = r.pick(ChannelKind.values());
        link = link.withChannel(kind == ChannelKind.SOCIAL_MEDIA_POST ? Channel.post(r.pick("X", "Telegram"))
            : r.oneIn(4) ? Channel.of(kind, r.pick("YouTube", "Telegram")) : Channel.of(kind));
      }
      if (r.nextBoolean()) {
        link = link.withWhen(mention(r, s));
      }
      links.add(link);
    }
    return Attribution.of(links);
  }

  private static List<Attribution> attributions(Randomness r, Scope s, int max) {
    Set<Attribution> all = new LinkedHashSet<>();
    for (int i = r.nextInt(0, max); i > 0; i--) {
      all.add(attribution(r, s, s.sources));
    }
    return new ArrayList<>(all);
  }

  // --- parties, places, people, sources --------------------------------------------------------

  /** A party of any kind, related only to {@code earlier} parties, so hierarchies never cycle. */
  static Party party(Randomness r, PartyId id, List<PartyId> earlier) {
    PartyKind kind = r.pick(PartyKind.values());
    Words.PartyWord w = r.pick(Words.parties(kind));
    Party.Builder b = Party.builder().id(id).name(w.name()).kind(kind);
    w.country().ifPresent(c -> b.country(CountryCode.of(c)));
    if (r.oneIn(4)) {
      b.addAliases(r.pick("the Front", "REF", "ополченці"));
    }
    Set<PartyRelation> relations = new LinkedHashSet<>();
    for (int i = earlier.isEmpty() ? 0 : r.nextInt(0, 2); i > 0; i--) {
      relations.add(PartyRelation.of(r.pick(PartyRelation.Kind.values()), r.pick(earlier)));
    }
    return b.relations(relations).build();
  }

  /** A place of any kind, within an {@code earlier} place or none, so nesting never cycles. */
  static Place place(Randomness r, Scope s, PlaceId id, List<PlaceId> earlier) {
    PlaceKind kind = r.pick(PlaceKind.values());
    Words.PlaceWord w = r.pick(Words.places(kind));
    Place.Builder p = Place.builder().id(id).printedName(w.printed()).kind(kind);
    w.canonical().ifPresent(p::canonicalName);
    w.country().ifPresent(c -> p.country(CountryCode.of(c)));
    if (r.oneIn(6)) {
      p.addAliases(r.pick("the city", "місто", "도시"));
    }
    if (!earlier.isEmpty() && !r.oneIn(3)) {
      p.within(r.pick(earlier));
    }
    for (int i = s.parties.isEmpty() || !r.oneIn(3) ? 0 : r.nextInt(1, 2); i > 0; i--) {
      p.addControl(r.nextBoolean() ? Control.by(r.pick(s.parties), mention(r, s)) : Control.by(r.pick(s.parties)));
    }
    if (r.oneIn(3)) {
      p.geonamesId(r.next(1, 12_000_000)).coordinates(Coordinates.of(-90 + r.next(0, 1_800_000) / 10_000.0,
          -180 + r.next(0, 3_600_000) / 10_000.0, r.pick(GeoPrecision.values())));
    }
    return p.build();
  }

  /** A person the report mentions, protected by default, related to prisoners or other people. */
  static Individual person(Randomness r, Scope s, PersonId id) {
    Individual.Builder b = Individual.builder().id(id).description(r.pick(Words.DESCRIPTIONS))
        .identity(identity(r, id.value()));
    if (r.nextBoolean()) {
      b.role(r.pick(PersonRole.values()));
    }
    if (r.oneIn(3)) {
      b.rank(r.pick(Words.RANKS));
    }
    if (r.nextBoolean()) {
      b.age(age(r));
    }
    if (r.nextBoolean()) {
      b.nationality(CountryCode.of(r.pick("UA", "RU", "KP", "SD")));
    }
    Set<String> health = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      health.add(r.pick(Words.HEALTH));
    }
    b.addHealth(health.toArray(new String[0]));
    List<Id> others = new ArrayList<>(s.prisoners);
    s.people.stream().filter(p -> !p.equals(id)).forEach(others::add);
    Set<Relationship> relationships = new LinkedHashSet<>();
    for (int i = others.isEmpty() ? 0 : r.nextInt(0, 2); i > 0; i--) {
      Relationship.Kind kind = r.pick(Relationship.Kind.values());
      Id to = r.pick(others);
      relationships.add(r.nextBoolean() ? Relationship.of(kind, to)
          : Relationship.of(kind, to, r.pick("his mother", "her husband", "their lawyer", "його брат")));
    }
    return b.addRelationships(relationships.toArray(new Relationship[0])).build();
  }

  /**
   * A source of any kind: a named person, an organisation (run by a party), an anonymous or
   * unidentified one, a collective (anonymous or not), an unspecified one, or a person of the
   * report speaking. Parents, affiliations and members are sources made earlier.
   */
  static Source source(Randomness r, Scope s, SourceId id) {
    return switch (r.nextInt(0, 5)) {
      case 1 -> {
        OrganisationKind kind = r.pick(OrganisationKind.values());
        Words.OrgWord w = r.pick(Words.organisations(kind));
        Organisation.Builder o = Organisation.builder().id(id).name(w.name()).kind(kind);
        w.abbreviation().ifPresent(o::abbreviation);
        w.country().ifPresent(c -> o.country(CountryCode.of(c)));
        if (!s.organisations.isEmpty() && r.oneIn(4)) {
          o.parent(r.pick(s.organisations));
        }
        if (!s.parties.isEmpty() && r.nextBoolean()) {
          o.party(r.pick(s.parties));
        }
        s.organisations.add(id);
        yield o.build();
      }
      case 2 -> {
        Anonymity anonymity = r.pick(Anonymity.values());
        Anonymous.Builder a = Anonymous.builder().id(id).description(r.pick(Words.ANONYMOUS)).anonymity(anonymity);
        if (anonymity == Anonymity.GRANTED ? !r.oneIn(4) : r.oneIn(4)) {
          a.reason(r.pick(Words.REASONS));
        }
        if (!s.organisations.isEmpty() && r.oneIn(3)) {
          a.affiliation(r.pick(s.organisations));
        }
        yield a.build();
      }
      case 3 -> {
        Collective.Builder c = Collective.builder().id(id).description(r.pick(Words.COLLECTIVES));
        for (SourceId m : s.sources) {
          if (r.oneIn(3)) {
            c.addMembers(m);
          }
        }
        if (!s.organisations.isEmpty() && r.oneIn(4)) {
          c.affiliation(r.pick(s.organisations));
        }
        if (r.oneIn(3)) {
          c.anonymity(r.pick(Anonymity.values()));
          if (r.nextBoolean()) {
            c.reason(r.pick(Words.REASONS));
          }
        }
        yield c.build();
      }
      case 4 -> r.nextBoolean() ? Unspecified.of(id) : Unspecified.of(id, r.pick(Words.UNSPECIFIED));
      case 5 -> s.people.isEmpty() ? Unspecified.of(id) : IndividualSource.of(id, r.pick(s.people));
      default -> {
        Person.Builder p = Person.builder().id(id).name(r.pick(Words.PEOPLE));
        if (r.nextBoolean()) {
          p.role(r.pick(Words.ROLES));
        }
        if (!s.organisations.isEmpty() && r.nextBoolean()) {
          p.affiliation(r.pick(s.organisations));
        }
        s.named.add(id);
        yield p.build();
      }
    };
  }

  // --- events ----------------------------------------------------------------------------------

  /** An event of the kind with time, place, alleged actors, means, targets, and an exchange's two sides. */
  static Event event(Randomness r, Scope s, EventId id, EventKind kind) {
    Event.Builder b = Event.builder().id(id).kind(kind);
    if (kind == EventKind.OTHER || r.nextBoolean()) {
      b.label(r.pick(Words.EVENT_LABELS));
    }
    if (!r.oneIn(3)) {
      b.time(mention(r, s));
    }
    if (r.nextBoolean()) {
      b.location(location(r, s));
    }
    Set<PartyId> actors = new LinkedHashSet<>();
    for (int i = s.parties.isEmpty() ? 0 : r.nextInt(0, 2); i > 0; i--) {
      actors.add(r.pick(s.parties));
    }
    for (PartyId party : actors) {
      Actor a = r.nextBoolean() ? Actor.of(party) : Actor.of(party, attribution(r, s, s.sources));
      b.addActors(r.oneIn(3) ? a.withHedge(r.nextBoolean() ? Hedge.of(HedgeKind.ALLEGED, "alleged") : hedge(r)) : a);
    }
    Set<MeansKind> means = EnumSet.noneOf(MeansKind.class);
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      means.add(r.pick(MeansKind.values()));
    }
    for (MeansKind m : means) {
      b.addMeans(m == MeansKind.OTHER || r.oneIn(3) ? Means.of(m, r.pick(Words.MEANS)) : Means.of(m));
    }
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      String target = r.pick(Words.TARGETS);
      b.addTargets(s.places.isEmpty() || r.nextBoolean() ? Target.of(target) : Target.of(target, r.pick(s.places)));
    }
    if (kind == EventKind.PRISONER_EXCHANGE && s.parties.size() >= 2 && !r.oneIn(4)) {
      int one = r.nextInt(0, s.parties.size() - 1);
      int other = (one + r.nextInt(1, s.parties.size() - 1)) % s.parties.size();
      Exchange x = Exchange.between(side(r, s, s.parties.get(one)), side(r, s, s.parties.get(other)));
      Set<SourceId> mediators = new LinkedHashSet<>();
      for (int i = r.nextInt(0, 2); i > 0; i--) {
        mediators.add(r.pick(s.sources));
      }
      b.exchange(x.withMediators(mediators.toArray(new SourceId[0])));
    }
    return b.build();
  }

  private static ExchangeSide side(Randomness r, Scope s, PartyId party) {
    List<FigureId> people = new ArrayList<>();
    s.measures.forEach((figure, measure) -> {
      if (measure == Measure.PEOPLE) {
        people.add(figure);
      }
    });
    Set<FigureId> counts = new LinkedHashSet<>();
    for (int i = people.isEmpty() ? 0 : r.nextInt(0, 2); i > 0; i--) {
      counts.add(r.pick(people));
    }
    return new ExchangeSide(party, new ArrayList<>(counts));
  }

  // --- figures ---------------------------------------------------------------------------------

  /** The most parts of breakdowns one figure has, at every level together. */
  static final int PART_BUDGET = 24;

  /**
   * A figure of any measure and outcomes, with its counting rules, joint attributions, hedge,
   * nested breakdowns (complete or partial, up to four levels, never certainly exceeding their
   * whole) and relations to figures; those that must not cycle point only to {@code earlier} ones.
   */
  static Figure figure(Randomness r, Scope s, FigureId id, List<FigureId> earlier) {
    Measure measure = s.measures.containsKey(id) ? s.measures.get(id) : r.pick(Measure.values());
    Figure.Builder f = Figure.builder().id(id).measure(measure);
    Count total = Counts.any(r, Counts.MAX);
    switch (measure) {
      case PEOPLE -> {
        Outcome first = r.pick(Outcome.values());
        Set<Outcome> outcomes = EnumSet.of(first);
        for (int i = first == Outcome.UNSPECIFIED ? 0 : r.nextInt(0, 2); i > 0; i--) {
          Outcome o = r.pick(Outcome.values());
          if (o != Outcome.UNSPECIFIED) {
            outcomes.add(o);
          }
        }
        f.outcomes(outcomes);
        if (first == Outcome.UNSPECIFIED ? r.nextBoolean() : r.oneIn(8)) {
          f.outcomePhrase(r.pick(Words.OUTCOME_PHRASES));
        }
      }
      case TERRITORY -> total = total.withUnit(Unit.SQUARE_KILOMETRES);
      case OTHER -> total = r.nextBoolean() ? total.withUnit(Unit.TONNES) : total.withNoun(r.pick("drones", "strikes"));
      default -> {
        // force strength and persons need nothing more
      }
    }
    total = Counts.dressed(r, total);
    f.count(total);
    if (r.nextBoolean()) {
      f.population(population(r, s));
    }
    if (r.nextBoolean()) {
      f.location(location(r, s));
    }
    if (r.nextBoolean()) {
      f.timeframe(timeframe(r, s));
    }
    if (r.oneIn(3)) {
      f.basis(r.pick(CountingBasis.values()));
    }
    if (r.oneIn(4)) {
      f.scope(r.pick(CountingScope.values()));
    }
    if (!s.events.isEmpty() && r.nextBoolean()) {
      f.event(r.pick(s.eventIds()));
    }
    f.attributions(attributions(r, s, r.oneIn(4) ? 3 : 1));
    if (r.oneIn(4)) {
      f.hedge(hedge(r));
    }
    s.partBudget = PART_BUDGET;
    int depth = r.nextInt(1, 4);
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      breakdown(r, s, total, depth).ifPresent(f::addBreakdowns);
    }
    Set<FigureRelation> relations = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      relation(r, s, id, earlier).ifPresent(relations::add);
    }
    return f.relations(relations).build();
  }

  static Population population(Randomness r, Scope s) {
    Population.Builder p = Population.builder();
    boolean described = !r.oneIn(4);
    if (described) {
      p.description(r.pick("North Korean troops", "civilians", "Russian troops", "fighters of the armed group"));
    }
    if (r.nextBoolean()) {
      p.nationality(CountryCode.of(r.pick("KP", "RU", "UA", "SD")));
    }
    if (!s.parties.isEmpty() && r.nextBoolean()) {
      p.force(r.pick(s.parties));
    }
    if (!s.parties.isEmpty() && r.nextBoolean()) {
      p.side(r.pick(s.parties));
    }
    if (!described || r.nextBoolean()) {
      p.status(r.pick(CombatantStatus.values()));
    }
    return p.build();
  }

  /** During a period, or a running total since a start and as of a cut-off, in that order. */
  static Timeframe timeframe(Randomness r, Scope s) {
    List<Dates.Span> halves = s.span.split(2);
    return switch (r.nextInt(0, 3)) {
      case 1 -> Timeframe.cumulative(Dates.mention(r, halves.get(0), s.reference),
          Dates.mention(r, halves.get(1), s.reference));
      case 2 -> Timeframe.since(mention(r, s));
      case 3 -> Timeframe.asOf(mention(r, s));
      default -> Timeframe.during(mention(r, s));
    };
  }

  /**
   * Parts of {@code whole}, complete or partial, nested up to {@code depth} levels. Each part's
   * count allows a witness value; the witnesses sum to a value the whole allows (complete) or to
   * at most its upper bound (partial), and every part's upper bound is within the whole's. So no
   * part can certainly exceed its whole, and complete parts can always sum to it.
   */
  static Optional<Breakdown> breakdown(Randomness r, Scope s, Count whole, int depth) {
    List<List<Facet>> combos = facetCombinations(r, s);
    int k = Math.min(Math.min(r.nextInt(1, 4), combos.size()), s.partBudget);
    if (k <= 0) {
      return Optional.empty();
    }
    s.partBudget -= k;
    Completeness completeness = r.pick(Completeness.values());
    long low = whole.lowerBound();
    OptionalLong cap = whole.upperBound();
    long high = cap.orElse(low + 1_000);
    long sum = completeness == Completeness.COMPLETE ? low + r.next(0, high - low) : r.next(0, high);
    int start = r.nextInt(0, combos.size() - 1);
    List<Part> parts = new ArrayList<>(k);
    long remaining = sum;
    for (int i = 0; i < k; i++) {
      long value = i == k - 1 ? remaining : r.next(0, remaining);
      remaining -= value;
      Count count = Counts.containing(r, value, cap).withUnit(whole.unit());
      if (r.oneIn(5)) {
        count = Counts.withEstimate(r, count);
      }
      if (r.oneIn(4)) {
        count = count.withNoun(r.pick(Words.NOUNS));
      }
      if (r.oneIn(3)) {
        count = count.withPhrase(Counts.phrase(count));
      }
      Part.Builder p = Part.builder().addFacets(combos.get((start + i) % combos.size()).toArray(new Facet[0]))
          .count(count);
      if (r.oneIn(5)) {
        p.addAttributions(attributions(r, s, 2).toArray(new Attribution[0]));
      }
      if (r.oneIn(5)) {
        p.date(mention(r, s));
      }
      if (r.oneIn(5)) {
        p.hedge(hedge(r));
      }
      if (depth > 1 && r.nextBoolean()) {
        breakdown(r, s, count, depth - 1).ifPresent(p::addBreakdowns);
      }
      parts.add(p.build());
    }
    return Optional.of(new Breakdown(completeness, parts));
  }

  /** Distinct facet lists of one or two dimensions: "children", or "boys" (child and male). */
  private static List<List<Facet>> facetCombinations(Randomness r, Scope s) {
    List<Facet.Dimension> dimensions = new ArrayList<>();
    for (Facet.Dimension d : Facet.Dimension.values()) {
      boolean needsPlace = d == Facet.Dimension.PLACE;
      boolean needsParty = d == Facet.Dimension.PARTY || d == Facet.Dimension.HELD_BY;
      if (!(needsPlace && s.places.isEmpty()) && !(needsParty && s.parties.isEmpty())) {
        dimensions.add(d);
      }
    }
    Facet.Dimension first = r.pick(dimensions);
    List<List<Facet>> combos = new ArrayList<>();
    for (Facet f : facets(r, s, first)) {
      combos.add(List.of(f));
    }
    if (r.oneIn(3)) {
      dimensions.remove(first);
      Facet.Dimension second = r.pick(dimensions);
      List<Facet> seconds = facets(r, s, second);
      List<List<Facet>> pairs = new ArrayList<>();
      for (List<Facet> one : combos) {
        for (Facet two : seconds) {
          pairs.add(List.of(one.get(0), two));
        }
      }
      return pairs;
    }
    return combos;
  }

  /** Each outcome alone, and "killed or wounded". */
  private static final List<Facet> OUTCOME_FACETS = outcomeFacets();

  private static List<Facet> outcomeFacets() {
    List<Facet> all = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      all.add(Facet.outcomes(o));
    }
    all.add(Facet.outcomes(Outcome.KILLED, Outcome.WOUNDED));
    return List.copyOf(all);
  }

  /** Every value of one dimension, as facets. */
  private static List<Facet> facets(Randomness r, Scope s, Facet.Dimension d) {
    List<Facet> all = new ArrayList<>();
    switch (d) {
      case OUTCOME -> all.addAll(OUTCOME_FACETS);
      case AGE -> {
        for (AgeGroup a : AgeGroup.values()) {
          all.add(Facet.age(a));
        }
      }
      case SEX -> {
        for (Sex x : Sex.values()) {
          all.add(Facet.sex(x));
        }
      }
      case STATUS -> {
        for (CombatantStatus c : CombatantStatus.values()) {
          all.add(Facet.status(c));
        }
      }
      case PLACE -> s.places.forEach(p -> all.add(Facet.place(p)));
      case PARTY -> s.parties.forEach(p -> all.add(Facet.party(p)));
      case HELD_BY -> s.parties.forEach(p -> all.add(Facet.heldBy(p)));
      default -> {
        String name = r.pick(Words.LABEL_DIMENSIONS);
        Words.LABEL_VALUES.forEach(v -> all.add(Facet.label(name, v)));
      }
    }
    return all;
  }

  /** A relation to another figure; revises, share of and sum of point only to {@code earlier} figures. */
  private static Optional<FigureRelation> relation(Randomness r, Scope s, FigureId id, List<FigureId> earlier) {
    List<FigureId> others = new ArrayList<>(s.figures);
    others.remove(id);
    return switch (r.nextInt(0, 5)) {
      case 1 -> earlier.isEmpty() ? Optional.empty() : Optional.of(r.oneIn(4)
          ? FigureRelation.shareOf(Counts.proportion(r), r.pick(Words.SHARE_BASES))
          : FigureRelation.shareOf(r.pick(earlier), Counts.proportion(r)));
      case 2 -> earlier.size() < 2 ? Optional.empty() : Optional.of(sum(r, earlier));
      case 3 -> others.isEmpty() ? Optional.empty() : Optional.of(FigureRelation.excludedFrom(r.pick(others)));
      case 4 -> others.isEmpty() ? Optional.empty() : Optional.of(comparison(r, s, id, r.pick(others)));
      case 5 -> Optional.of(FigureRelation.shareOf(Counts.proportion(r), r.pick(Words.SHARE_BASES)));
      default -> earlier.isEmpty() ? Optional.empty() : Optional.of(FigureRelation.revises(r.pick(earlier)));
    };
  }

  /** The sum of two or three consecutive earlier figures; {@code earlier} holds at least two. */
  private static FigureRelation sum(Randomness r, List<FigureId> earlier) {
    int n = r.nextInt(2, Math.min(3, earlier.size()));
    int from = r.nextInt(0, earlier.size() - n);
    return new FigureRelation.SumOf(earlier.subList(from, from + n));
  }

  /** A comparison, explained most of the time by a statement that is then about both figures. */
  private static FigureRelation comparison(Randomness r, Scope s, FigureId id, FigureId other) {
    if (s.statements.isEmpty() || r.oneIn(4)) {
      return new FigureRelation.ComparedWith(other, Optional.empty());
    }
    StatementId explanation = r.pick(s.statements);
    Set<Id> about = s.explains.computeIfAbsent(explanation, e -> new LinkedHashSet<>());
    about.add(id);
    about.add(other);
    return FigureRelation.comparedWith(other, explanation);
  }

  // --- statements ------------------------------------------------------------------------------

  /** A statement over sources of {@code pool}: asserting or denying, hedged, truncated, about elements. */
  static Statement statement(Randomness r, Scope s, StatementId id, List<SourceId> pool) {
    Statement.Builder b = Statement.builder().id(id).attribution(attribution(r, s, pool)).text(r.pick(Words.STATEMENTS));
    if (r.oneIn(6)) {
      b.stance(Stance.DENIES);
    } else if (r.oneIn(6)) {
      b.stance(Stance.ASSERTS);
    }
    if (r.oneIn(4)) {
      b.hedge(hedge(r));
    }
    if (r.oneIn(6)) {
      b.truncated(true);
    }
    Set<Id> about = new LinkedHashSet<>();
    List<Id> subjects = s.subjects();
    for (int i = subjects.isEmpty() ? 0 : r.nextInt(0, 3); i > 0; i--) {
      about.add(r.pick(subjects));
    }
    about.addAll(s.explains.getOrDefault(id, Set.of()));
    b.about(about);
    if (r.oneIn(3)) {
      b.eventTime(mention(r, s));
    }
    if (r.oneIn(3)) {
      b.location(location(r, s));
    }
    return b.build();
  }

  // --- prisoners -------------------------------------------------------------------------------

  /** A prisoner with an identity and particulars. */
  static Prisoner prisoner(Randomness r, Scope s, PrisonerId id) {
    return Prisoner.builder().id(id).identity(identity(r, id.value())).particulars(particulars(r, s)).build();
  }

  /**
   * Particulars with a history in order: capture, then places of detention one after another,
   * charges, then release, exchange or transfer; time in captivity; documents; the prisoner's own
   * statements (never a named person's, so no statement gives a prisoner's name away).
   */
  static Particulars particulars(Randomness r, Scope s) {
    Particulars.Builder x = Particulars.builder();
    if (!r.oneIn(3)) {
      x.nationality(CountryCode.of(r.pick("KP", "RU", "UA", "SD")));
    }
    if (!s.parties.isEmpty() && r.nextBoolean()) {
      x.force(r.pick(s.parties));
    }
    if (!s.parties.isEmpty() && r.nextBoolean()) {
      x.side(r.pick(s.parties));
    }
    if (r.oneIn(3)) {
      x.age(age(r));
    }
    if (r.oneIn(3)) {
      x.rank(r.pick(Words.RANKS));
    }
    if (r.oneIn(3)) {
      x.role(r.pick(PersonRole.values()));
    }
    List<Dates.Span> steps = s.span.split(7);
    if (!r.oneIn(4)) {
      x.capture(capture(r, s, steps.get(0)));
    }
    Wounded wounded = r.pick(Wounded.values());
    x.wounded(wounded);
    Set<String> injuries = new LinkedHashSet<>();
    for (int i = wounded == Wounded.NOT_WOUNDED ? 0 : r.nextInt(0, 2); i > 0; i--) {
      injuries.add(r.pick(Words.INJURIES));
    }
    x.addInjuries(injuries.toArray(new String[0]));
    Set<String> health = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      health.add(r.pick(Words.HEALTH));
    }
    x.addHealth(health.toArray(new String[0]));
    for (int i = 0, n = r.nextInt(0, 3); i < n; i++) {
      x.addCustody(custody(r, s, steps.get(1 + i)));
    }
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      x.addCharges(charge(r, s, steps.get(4)));
    }
    for (int i = 0, n = r.nextInt(0, 2); i < n; i++) {
      x.addTransfers(transfer(r, s, steps.get(5 + i)));
    }
    if (r.oneIn(3)) {
      x.captivity(Dates.duration(r));
    }
    if (r.nextBoolean()) {
      x.addDocuments(document(r, s));
    } else if (r.oneIn(3)) {
      x.carriedNoDocuments(true);
    }
    Set<StatementId> statements = new LinkedHashSet<>();
    for (int i = s.unnamedStatements.isEmpty() ? 0 : r.nextInt(0, 2); i > 0; i--) {
      statements.add(r.pick(s.unnamedStatements));
    }
    x.addStatements(statements.toArray(new StatementId[0]));
    if (r.oneIn(3)) {
      Interpreting i = Interpreting.in(r.pick("ko", "ru", "uk"));
      i = r.nextBoolean() ? i.withInterpreters(r.pick("Korean translators", "перекладачі")) : i;
      x.interpreting(r.oneIn(3) ? i.withAssistedBy("South Korean intelligence services") : i);
    }
    if (r.oneIn(3)) {
      x.legalStatus(r.pick(LegalStatus.values()));
    }
    return x.build();
  }

  private static Capture capture(Randomness r, Scope s, Dates.Span when) {
    Capture c = Capture.by(r.pick(Words.UNITS));
    if (r.nextBoolean()) {
      c = Capture.on(Dates.dated(r, when, s.reference));
      if (r.nextBoolean()) {
        c = c.withBy(r.pick(Words.UNITS));
      }
    }
    if (r.nextBoolean()) {
      c = c.withLocation(location(r, s));
    }
    if (!s.parties.isEmpty() && r.oneIn(3)) {
      c = c.withParty(r.pick(s.parties));
    }
    Optional<EventId> event = s.event(r, EventKind.CAPTURE, EventKind.DETENTION, EventKind.ABDUCTION);
    if (event.isPresent() && r.oneIn(3)) {
      c = c.withEvent(event.get());
    }
    return c;
  }

  /** A spell of detention dated within {@code when}, so spells follow each other. */
  private static Custody custody(Randomness r, Scope s, Dates.Span when) {
    Custody c = !s.places.isEmpty() && r.nextBoolean() ? Custody.at(location(r, s)) : Custody.heldBy(r.pick(s.sources));
    if (!r.oneIn(4)) {
      c = c.withPeriod(Dates.dated(r, when, s.reference));
    }
    if (r.oneIn(3)) {
      c = c.withHolder(r.pick(s.sources));
    }
    if (r.oneIn(3)) {
      c = c.withConditions(r.pick("appropriate conditions", "held incommunicado", "in solitary confinement"));
    }
    return c;
  }

  private static Charge charge(Randomness r, Scope s, Dates.Span when) {
    Charge c = r.nextBoolean() ? Charge.under(r.pick("Article 111", "Article 205.5", "Article 438"),
        r.pick(Words.CHARGE_CODES)) : Charge.of(r.pick(Words.CHARGE_DESCRIPTIONS));
    if (c.description().isEmpty() && r.nextBoolean()) {
      c = c.withDescription(r.pick(Words.CHARGE_DESCRIPTIONS));
    }
    if (r.nextBoolean()) {
      c = c.withAuthority(r.pick(s.sources));
    }
    return r.nextBoolean() ? c.withDate(Dates.dated(r, when, s.reference)) : c;
  }

  private static Transfer transfer(Randomness r, Scope s, Dates.Span when) {
    TransferKind kind = r.pick(TransferKind.values());
    Transfer t = Transfer.of(kind);
    if (!r.oneIn(4)) {
      t = t.withDate(Dates.dated(r, when, s.reference));
    }
    if (r.nextBoolean()) {
      t = t.withLocation(location(r, s));
    }
    Optional<EventId> event = s.event(r, EventKind.PRISONER_EXCHANGE, EventKind.RELEASE, EventKind.TRANSFER);
    return event.isPresent() && r.nextBoolean() ? t.withEvent(event.get()) : t;
  }

  /** A document issued to its carrier or to another person, with protected holder data and number. */
  static Document document(Randomness r, Scope s) {
    IssuedTo issuedTo = r.pick(IssuedTo.values());
    Document.Builder d = Document.builder().kind(r.pick(Words.DOCUMENTS)).issuedTo(issuedTo)
        .number(protectedValue(r, "N" + r.next(100_000, 999_999)))
        .holderName(protectedValue(r, r.pick(Words.PROTECTED_NAMES)))
        .holderDateOfBirth(protectedValue(r, LocalDate.of(1970, 1, 1).plusDays(r.next(0, 12_000))));
    if (r.nextBoolean()) {
      d.issuer(r.pick(Words.ISSUERS));
    }
    if (issuedTo == IssuedTo.ANOTHER_PERSON) {
      if (r.nextBoolean()) {
        d.holderDescription(r.pick("another man", "a man from Tuva"));
      }
      if (!s.places.isEmpty() && r.nextBoolean()) {
        d.holderOrigin(r.pick(s.places));
      }
    }
    return d.build();
  }

  /** Facts the report gives about some of its prisoners without saying which is which. */
  static UnlinkedFacts unlinked(Randomness r, Scope s) {
    int n = r.nextInt(2, Math.min(3, s.prisoners.size()));
    int from = r.nextInt(0, s.prisoners.size() - n);
    List<PrisonerId> among = s.prisoners.subList(from, from + n);
    List<Particulars> shares = new ArrayList<>();
    for (int i = r.nextInt(2, n); i > 0; i--) {
      Particulars.Builder p = Particulars.builder();
      switch (r.nextInt(0, 5)) {
        case 1 -> p.capture(Capture.by(r.pick(Words.UNITS)));
        case 2 -> p.addDocuments(document(r, s));
        case 3 -> p.carriedNoDocuments(true);
        case 4 -> p.age(age(r));
        case 5 -> {
          if (!s.unnamedStatements.isEmpty()) {
            p.addStatements(r.pick(s.unnamedStatements));
          } else {
            p.rank(r.pick(Words.RANKS));
          }
        }
        default -> p.addInjuries(r.pick(Words.INJURIES));
      }
      shares.add(p.build());
    }
    return UnlinkedFacts.of(new ArrayList<>(among), shares);
  }
}
