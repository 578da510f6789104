package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.CountingScope;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.phrase.CountPhrases;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Link;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Rules about figures: attribution, contradictions and facility counts, kept phrases, captured
 * counts against prisoner records, partisan sources.
 */
final class FigureRules {
  private FigureRules() {}

  static final Rule UNATTRIBUTED = Rule.of(Rules.FIGURE_UNATTRIBUTED, Severity.WARNING,
      "A figure with no attribution: who says so?",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          if (f.attributions().isEmpty()) {
            findings.add(Paths.figure(f), Paths.describe(report, f) + " has no source; attribute it");
          }
        }
      });

  static final Rule CONTRADICTION = Rule.of(Rules.FIGURE_CONTRADICTION, Severity.WARNING,
      "Two figures of the same thing (measure, unit, population, place, timeframe, event, counting scope, at least "
          + "one of the first four stated; equal or nested outcomes) whose implied counts cannot both be true.",
      FigureRules::contradictions);

  static final Rule ESTIMATES_DIVERGE = Rule.of(Rules.FIGURE_ESTIMATES_DIVERGE, Severity.INFO,
      "Two figures of the same thing and outcomes whose values are ten times apart or more, though their bounds do "
          + "not contradict.",
      FigureRules::divergences);

  static final Rule FACILITY_SCOPE = Rule.of(Rules.FIGURE_FACILITY_SCOPE, Severity.INFO,
      "A count made at one facility beside the toll of the same event: part of the toll, not a competing one.",
      FigureRules::facilityCounts);

  static final Rule PHRASE_MISMATCH = Rule.of(Rules.FIGURE_PHRASE_MISMATCH, Severity.WARNING,
      "A count whose kept phrase reads as another number than the count holds.",
      (report, findings) -> {
        for (Figure f : report.figures()) {
          phrase(Paths.figure(f) + ".count", f.count(), findings);
          parts(Paths.figure(f), f.breakdowns(), findings);
        }
      });

  static final Rule CAPTURED_MISMATCH = Rule.of(Rules.FIGURE_CAPTURED_MISMATCH, Severity.WARNING,
      "A count of captured, held, released or exchanged people that allows fewer people than the report has "
          + "prisoner records linked to it.",
      FigureRules::capturedCounts);

  static final Rule PARTISAN_SOURCE = Rule.of(Rules.FIGURE_PARTISAN_SOURCE, Severity.INFO,
      "A figure about one party's people attributed only to sources speaking for another party to the conflict.",
      FigureRules::partisan);

  static final List<Rule> ALL = List.of(UNATTRIBUTED, CONTRADICTION, ESTIMATES_DIVERGE, FACILITY_SCOPE,
      PHRASE_MISMATCH, CAPTURED_MISMATCH, PARTISAN_SOURCE);

  // --- contradiction -----------------------------------------------------------------------

  /** The comparisons of a report's figures, worked out once per validation. */
  static Comparisons comparisons(Report report, Findings findings) {
    return findings.shared(report, Comparisons.class, Comparisons.class, Comparisons::of);
  }

  /**
   * Each figure that contradicts an earlier figure of the same thing, once, against the first it
   * contradicts ({@link Comparisons}): at most one finding per figure.
   */
  private static void contradictions(Report report, Findings findings) {
    for (Comparisons.Pair pair : comparisons(report, findings).contradictions) {
      findings.add(Paths.figure(pair.later()) + ".count", clash(report, pair.later(), pair.earlier()));
    }
  }

  /**
   * Each figure whose value is ten times an earlier figure's of the same thing and outcomes or
   * more, or a tenth of it or less, when it contradicts no earlier figure: "about 200" beside
   * "about 20". "About n" has no bounds, so the two never contradict; they cannot both be good
   * estimates.
   */
  private static void divergences(Report report, Findings findings) {
    for (Comparisons.Pair pair : comparisons(report, findings).divergences) {
      findings.add(Paths.figure(pair.later()) + ".count", Paths.describe(report, pair.later()) + " and "
          + Paths.describe(report, pair.earlier()) + " put forward values at least " + Comparisons.FACTOR
          + " times apart; their bounds do not contradict, but they cannot both be good estimates: say which the "
          + "report believes, or why they differ");
    }
  }

  /**
   * Whether two figures' implied counts cannot both be true: for equal outcome sets, when their
   * bounds do not overlap; for nested sets (killed within killed or wounded), when the narrower's
   * lower bound is above the wider's upper bound; for other sets, never. Units must be equal.
   */
  static boolean contradict(Figure a, Figure b) {
    Count x = a.impliedCount();
    Count y = b.impliedCount();
    if (a.outcomes().equals(b.outcomes())) {
      return x.contradicts(y);
    }
    if (b.outcomes().containsAll(a.outcomes())) {
      return exceeds(x, y);
    }
    if (a.outcomes().containsAll(b.outcomes())) {
      return exceeds(y, x);
    }
    return false;
  }

  /** Whether two outcome sets are equal or one holds the other. */
  private static boolean nested(Set<Outcome> a, Set<Outcome> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  /** Whether {@code part}'s lower bound is above {@code whole}'s upper bound. */
  static boolean exceeds(Count part, Count whole) {
    OptionalLong high = whole.upperBound();
    return high.isPresent() && part.lowerBound() > high.getAsLong();
  }

  private static String clash(Report report, Figure later, Figure earlier) {
    if (later.outcomes().equals(earlier.outcomes())) {
      return Paths.describe(report, later) + " contradicts " + Paths.describe(report, earlier)
          + implied(later, earlier) + "; say which the report believes, or why they differ";
    }
    boolean laterNarrower = earlier.outcomes().containsAll(later.outcomes());
    Figure narrow = laterNarrower ? later : earlier;
    Figure wide = laterNarrower ? earlier : later;
    return Paths.describe(report, later) + " contradicts " + Paths.describe(report, earlier) + ": "
        + outcomes(narrow) + " alone (" + Paths.figure(narrow) + ") cannot exceed " + outcomes(wide) + " ("
        + Paths.figure(wide) + ")" + implied(later, earlier) + "; say which the report believes, or why they differ";
  }

  /** ", read as at least 25 for the recorded minimum figures[a]" when a basis changed the reading. */
  private static String implied(Figure... figures) {
    StringBuilder s = new StringBuilder();
    for (Figure f : figures) {
      if (!f.impliedCount().equals(f.count())) {
        s.append(", ").append(Paths.figure(f)).append(" read as at least ").append(f.count().lowerBound())
            .append(" (a recorded or verified minimum)");
      }
    }
    return s.toString();
  }

  /** "killed or wounded", in the outcomes' order. */
  static String outcomes(Figure f) {
    if (f.outcomes().isEmpty()) {
      return f.measure().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    List<String> words = new ArrayList<>();
    for (Outcome o : EnumSet.copyOf(f.outcomes())) {
      words.add(o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return String.join(" or ", words);
  }

  // --- facility counts -----------------------------------------------------------------------

  /**
   * Each facility count, once: beside the first toll of its event of the same measure and unit
   * with equal or nested outcomes, and, when it is above a toll it is part of (equal or wider
   * outcomes), that toll. Tolls are grouped by measure, unit and outcomes, so that a facility
   * count costs one look per group, not per toll.
   */
  private static void facilityCounts(Report report, Findings findings) {
    Map<EventId, List<Figure>> facility = new LinkedHashMap<>();
    Map<EventId, Map<TollKey, List<Figure>>> tolls = new HashMap<>();
    for (Figure f : report.figures()) {
      if (f.event().isEmpty()) {
        continue;
      }
      if (f.scope().orElse(CountingScope.EVENT) == CountingScope.FACILITY) {
        facility.computeIfAbsent(f.event().get(), k -> new ArrayList<>()).add(f);
      } else {
        tolls.computeIfAbsent(f.event().get(), k -> new LinkedHashMap<>())
            .computeIfAbsent(new TollKey(f.measure(), f.count().unit(), f.outcomes()), k -> new ArrayList<>()).add(f);
      }
    }
    Map<FigureId, Integer> order = new HashMap<>();
    for (int i = 0; i < report.figures().size(); i++) {
      order.put(report.figures().get(i).id(), i);
    }
    IdentityHashMap<List<Figure>, Figure> lowest = new IdentityHashMap<>();
    for (Map.Entry<EventId, List<Figure>> e : facility.entrySet()) {
      Map<TollKey, List<Figure>> ofEvent = tolls.getOrDefault(e.getKey(), Map.of());
      for (Figure f : e.getValue()) {
        Figure first = null;
        Figure above = null;
        int comparable = 0;
        for (Map.Entry<TollKey, List<Figure>> group : ofEvent.entrySet()) {
          TollKey k = group.getKey();
          if (k.measure() != f.measure() || !k.unit().equals(f.count().unit()) || !nested(k.outcomes(), f.outcomes())) {
            continue;
          }
          List<Figure> ts = group.getValue();
          comparable += ts.size();
          if (first == null || order.getOrDefault(ts.get(0).id(), 0) < order.getOrDefault(first.id(), 0)) {
            first = ts.get(0);
          }
          if (k.outcomes().containsAll(f.outcomes()) && above == null) {
            Figure low = lowest.computeIfAbsent(ts, FigureRules::lowestCeiling);
            if (exceeds(f.impliedCount(), low.impliedCount())) {
              above = low;
            }
          }
        }
        if (first == null) {
          continue;
        }
        String others = comparable > 1 ? " (and " + (comparable - 1) + " other toll" + (comparable > 2 ? "s" : "")
            + " of it)" : "";
        findings.add(Paths.figure(f) + ".scope", Paths.describe(report, f) + " is counted at one facility; "
            + Paths.describe(report, first) + " is the toll of events[" + e.getKey() + "]" + others + ". A facility's "
            + "count is part of the toll, not a competing toll: do not report it as the toll, nor the two as a "
            + "contradiction" + (above == null ? "" : "; the facility's count is above "
            + (above == first ? "the toll" : Paths.figure(above)) + ", which may be out of date"));
      }
    }
  }

  /** Tolls of one event that compare alike with a facility count. */
  private record TollKey(Measure measure, Unit unit, Set<Outcome> outcomes) {}

  /** The toll of a group with the lowest upper bound (the first of them), which a facility count may be above. */
  private static Figure lowestCeiling(List<Figure> tolls) {
    Figure lowest = tolls.get(0);
    for (Figure t : tolls) {
      if (t.impliedCount().upperBound().orElse(Long.MAX_VALUE)
          < lowest.impliedCount().upperBound().orElse(Long.MAX_VALUE)) {
        lowest = t;
      }
    }
    return lowest;
  }

  // --- kept phrases --------------------------------------------------------------------------

  /** The units a phrase names that differ from persons; a count in another unit is a disagreement. */
  private static final Set<Unit> MEASURE_UNITS = Set.of(Unit.SQUARE_KILOMETRES, Unit.DAYS, Unit.WEEKS, Unit.HOURS,
      Unit.MONTHS, Unit.YEARS, Unit.TONNES);

  private static void parts(String path, List<Breakdown> breakdowns, Findings findings) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<Part> parts = breakdowns.get(i).parts();
      for (int j = 0; j < parts.size(); j++) {
        String at = path + ".breakdowns[" + i + "].parts[" + j + "]";
        phrase(at + ".count", parts.get(j).count(), findings);
        parts(at, parts.get(j).breakdowns(), findings);
      }
    }
  }

  /**
   * Reads a count's kept phrase with {@link CountPhrases#parse}; an unreadable phrase is no
   * finding. The phrase disagrees when it names a unit of measure other than the count's, when
   * its bounds and the count's do not overlap, or when both give a best value and the values differ.
   */
  private static void phrase(String path, Count count, Findings findings) {
    Optional<String> phrase = count.phrase();
    if (phrase.isEmpty()) {
      return;
    }
    Count read;
    try {
      read = CountPhrases.parse(phrase.get());
    } catch (RuntimeException unreadable) {
      // The parser's contract is a PhraseException; whatever it throws on a phrase it cannot read,
      // validation reports bad content and never throws for it.
      return;
    }
    if (!read.unit().equals(count.unit())) {
      if (MEASURE_UNITS.contains(read.unit())) {
        findings.add(path, "the phrase \"" + Quote.text(phrase.get()) + "\" counts " + read.unit() + " but the count is in "
            + count.unit() + "; correct one of them");
        return;
      }
      if (!read.unit().equals(Unit.PERSONS)) {
        return;
      }
      read = read.withUnit(count.unit());
    }
    if (disagree(read, count)) {
      findings.add(path, "the phrase \"" + Quote.text(phrase.get()) + "\" reads as " + Paths.count(read.withoutPhrase())
          + ", the count holds " + Paths.count(count.withoutPhrase()) + "; correct one of them");
    }
  }

  /** Whether two counts in one unit disagree: bounds that do not overlap, or different best values. */
  static boolean disagree(Count a, Count b) {
    if (a.contradicts(b)) {
      return true;
    }
    OptionalLong x = a.best();
    OptionalLong y = b.best();
    return x.isPresent() && y.isPresent() && x.getAsLong() != y.getAsLong();
  }

  // --- captured counts -----------------------------------------------------------------------

  /** The outcomes of people in or leaving custody, which prisoner records describe. */
  private static final Set<Outcome> CUSTODY = EnumSet.of(Outcome.CAPTURED, Outcome.DETAINED, Outcome.ABDUCTED,
      Outcome.HELD_HOSTAGE, Outcome.RELEASED, Outcome.EXCHANGED, Outcome.RETURNED);

  /**
   * Reading: prisoner records linked to an event (through their capture's or a transfer's event)
   * are a sample of that event's people, however many the report describes; a figure of custody
   * outcomes about that event must allow at least as many people as there are linked records
   * (for a count of one side of an exchange, the linked records whose side or force is on that
   * side). A figure about no event is compared with the whole report's records, as the count of
   * the people the records describe, only when no record links to any event and its outcomes are
   * exactly {captured}.
   */
  private static void capturedCounts(Report report, Findings findings) {
    Map<EventId, List<Prisoner>> linked = new HashMap<>();
    for (Prisoner p : report.prisoners()) {
      Set<EventId> events = new HashSet<>();
      p.particulars().capture().flatMap(c -> c.event()).ifPresent(events::add);
      for (Transfer t : p.particulars().transfers()) {
        t.event().ifPresent(events::add);
      }
      for (EventId e : events) {
        linked.computeIfAbsent(e, k -> new ArrayList<>()).add(p);
      }
    }
    Map<FigureId, PartyId> sideOf = new HashMap<>();
    for (Event e : report.events()) {
      e.exchange().ifPresent(x -> x.sides().forEach(s -> s.counts().forEach(c -> sideOf.put(c, s.party()))));
    }
    Sides sides = new Sides(report, Set.copyOf(sideOf.values()));
    Map<EventId, Map<PartyId, Long>> onSide = new HashMap<>();
    int records = report.prisoners().size();
    for (Figure f : report.figures()) {
      if (f.measure() != Measure.PEOPLE || !CUSTODY.containsAll(f.outcomes())) {
        continue;
      }
      Count count = f.impliedCount();
      if (f.event().isPresent()) {
        List<Prisoner> ofEvent = linked.getOrDefault(f.event().get(), List.of());
        PartyId side = sideOf.get(f.id());
        long n = side == null ? ofEvent.size() : onSide.computeIfAbsent(f.event().get(), k -> new HashMap<>())
            .computeIfAbsent(side, k -> ofEvent.stream().filter(p -> onSide(sides, p, k)).count());
        if (exceeds(Count.exactly(n).withUnit(count.unit()), count)) {
          findings.add(Paths.figure(f) + ".count", Paths.describe(report, f) + " but " + n + " prisoner record"
              + (n == 1 ? " is" : "s are") + " linked to events[" + f.event().get() + "]"
              + (side == null ? "" : " on the side of " + Quote.text(report.party(side).map(x -> x.name()).orElse(side.toString())))
              + "; one of them is wrong");
        }
      } else if (linked.isEmpty() && records > 0 && f.outcomes().equals(Set.of(Outcome.CAPTURED))
          && !count.contains(records)) {
        findings.add(Paths.figure(f) + ".count", Paths.describe(report, f) + " but the report holds " + records
            + " prisoner record" + (records == 1 ? "" : "s") + "; if the records are a sample, link them and the "
            + "figure to the capture event");
      }
    }
  }

  /** Whether a prisoner's side (or force) is the exchange side's party or fights on its side. */
  private static boolean onSide(Sides sides, Prisoner p, PartyId side) {
    Optional<PartyId> party = p.particulars().side().or(() -> p.particulars().force());
    return party.isPresent() && sides.of(party.get()).contains(side);
  }

  // --- partisan sources ----------------------------------------------------------------------

  private static void partisan(Report report, Findings findings) {
    Set<PartyId> conflict = findings.settings().partyIds();
    if (conflict.isEmpty()) {
      return;
    }
    Sides sides = new Sides(report, conflict);
    for (Figure f : report.figures()) {
      if (f.measure() != Measure.PEOPLE || f.attributions().isEmpty() || f.population().isEmpty()) {
        continue;
      }
      Set<PartyId> counted = sides.of(f.population().get());
      if (counted.isEmpty()) {
        continue;
      }
      Set<PartyId> speakers = new HashSet<>();
      boolean partisan = true;
      for (Attribution a : f.attributions()) {
        Set<PartyId> chain = chain(sides, a);
        if (chain.isEmpty() || chain.stream().anyMatch(counted::contains)) {
          partisan = false;
          break;
        }
        speakers.addAll(chain);
      }
      if (partisan) {
        findings.add(Paths.figure(f) + ".attributions", Paths.describe(report, f) + " counts people of "
            + sides.names(counted) + " and comes only from sources speaking for " + sides.names(speakers)
            + "; seek an independent source, or say the figure is a party's claim");
      }
    }
  }

  /**
   * The parties the sources of a chain speak for; unplaced sources (independent bodies, the
   * report's own voice) are skipped. A chain in which any source speaks for the counted party is
   * not partisan: the caller checks that.
   */
  private static Set<PartyId> chain(Sides sides, Attribution a) {
    Set<PartyId> all = new HashSet<>();
    for (Link l : a.links()) {
      all.addAll(sides.ofSource(l.source()));
    }
    return all;
  }
}
