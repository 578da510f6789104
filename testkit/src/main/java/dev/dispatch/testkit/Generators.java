package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Source;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.Season;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generators for every public value type of Dispatch, from a whole report down to a count.
 *
 * <p>What every generated value promises:
 * <ul>
 *   <li><b>Valid by construction.</b> Every value satisfies its type's invariants, every reference
 *       of a generated report resolves inside it, and nothing cycles: places lie within places
 *       made before them, hierarchical party relations, organisations' parents and collectives'
 *       members point to earlier elements, and figures revise, sum or share only earlier figures.
 *       Breakdowns nest up to four levels; every part allows a value such that the values of a
 *       breakdown's parts sum to a value its whole allows (complete) or to at most its upper bound
 *       (partial), and no part's upper bound is above its whole's: no part ever certainly, or even
 *       possibly, exceeds its whole.
 *   <li><b>Valid for publication.</b> A generated report validates without errors for
 *       publication: no date falls after the publication (relative phrases resolve against it, or
 *       against a reference of another origin when it is unknown), updates follow it, a
 *       prisoner's capture, places of detention and release or exchange come in that order, and
 *       <b>every protected value that is known is released</b> (with consent, or already public).
 *       Protected values are otherwise absent or withheld. So a generated report carries nothing
 *       a publication must not, and its public view still redacts every known value. Statements
 *       linked to a prisoner are never a named person's, and no protected name appears in any
 *       other text, so no name can be learnt elsewhere in the report. Tests of exposure findings
 *       use {@link Fixtures} that say they hold known, unreleased values.
 *   <li><b>Reproducible.</b> The same draws give the same value: {@code sample(seed, n)} and
 *       {@link Randomness#seeded(long)} give the same values on every run and JDK.
 *   <li><b>Shrinkable.</b> Smaller draws give smaller, simpler values (the first choice of every
 *       pick is the plainest), so a shrinking library shrinks a failing report towards an empty
 *       one by shrinking its draws. With QuickTheories:
 *       <pre>{@code
 * Gen<Report> reports = rs -> Generators.reports(8).generate((min, max) -> rs.next(Constraint.between(min, max)));
 * }</pre>
 *   <li><b>Everything is drawn.</b> Over a thousand reports, every qualifier, magnitude, outcome,
 *       event kind, party kind, source kind, facet dimension, relation kind and every other
 *       enumerated constant of the model appears. Names, places and phrases come from small
 *       built-in lists in Latin, Cyrillic and Hangul script; people's names stand for nobody.
 * </ul>
 *
 * <p>The element generators ({@link #figures()}, {@link #events()}, ...) make elements that refer
 * to ids of a report that does not exist ({@code source0..1}, {@code place0..1}, {@code
 * party0..1}, {@code person0..1}, {@code event0..1}, {@code f0..1}, {@code s0..1}, {@code
 * p0..1}): put them in a report of yours with elements of those ids, or use {@link #reports(int)}.
 */
public final class Generators {
  private Generators() {}

  // --- small values ----------------------------------------------------------------------

  /**
   * Counts of every qualifier and magnitude, in persons, some with a best estimate, a noun of what
   * is counted and the phrase as printed.
   */
  public static Generator<Count> counts() {
    return r -> Counts.dressed(r, Counts.any(r, Counts.MAX));
  }

  /** Proportions of every allowed qualifier: "40%", "about a third", "nearly a quarter", "most". */
  public static Generator<Proportion> proportions() {
    return Counts::proportion;
  }

  /** Partial dates of every precision, some with the year unspecified, some approximate or uncertain. */
  public static Generator<PartialDate> partialDates() {
    return r -> {
      LocalDate day = Dates.EARLIEST.plusDays(r.next(0, 2_500));
      boolean noYear = r.oneIn(5);
      PartialDate.Builder b = PartialDate.builder();
      if (!noYear) {
        b.year(day.getYear());
      }
      switch (r.nextInt(0, 3)) {
        case 1 -> b.month(day.getMonthValue());
        case 2 -> b.season(r.pick(Season.values()));
        case 3 -> {
          if (noYear) {
            b.month(day.getMonthValue());
          }
        }
        default -> b.month(day.getMonthValue()).day(Math.min(day.getDayOfMonth(), noYear ? 28 : 31));
      }
      return b.approximate(r.oneIn(4)).uncertain(r.oneIn(4)).build();
    };
  }

  /** Date values: partial dates and intervals, closed or open at one end. */
  public static Generator<DateValue> dateValues() {
    return r -> {
      return switch (r.nextInt(0, 3)) {
        case 1 -> {
          LocalDate from = Dates.EARLIEST.plusDays(r.next(0, 2_500));
          yield DateInterval.of(PartialDate.of(from), PartialDate.of(from.plusDays(r.next(0, 60))));
        }
        case 2 -> DateInterval.from(PartialDate.of(Dates.EARLIEST.plusDays(r.next(0, 2_500))));
        case 3 -> DateInterval.until(PartialDate.of(Dates.EARLIEST.plusDays(r.next(0, 2_500))));
        default -> partialDates().generate(r);
      };
    };
  }

  /**
   * Date mentions of every form: days, months, seasons, years, approximate days, intervals open or
   * closed, times of day with and without a zone, relative phrases resolved against a reference
   * (itself possibly an interval or approximate, of any origin), typed relative terms ("earlier"),
   * and phrases left unresolved.
   */
  public static Generator<DateMention> dateMentions() {
    return r -> {
      Scope s = standalone(r);
      return Dates.mention(r, s.span, s.reference);
    };
  }

  /** Durations as printed, in every unit of time: "within two weeks", "after two years in captivity". */
  public static Generator<DurationMention> durations() {
    return Dates::duration;
  }

  /** Hedges of every kind, most with their phrase: "could have", "are believed to", "reportedly". */
  public static Generator<Hedge> hedges() {
    return Elements::hedge;
  }

  /** Identities whose name, partial name, date of birth and face are each absent, withheld, or known and released. */
  public static Generator<Identity> identities() {
    return r -> Elements.identity(r, "someone");
  }

  /** Attributions with chains of one to four links over the given sources. */
  public static Generator<Attribution> attributions(List<SourceId> sources) {
    List<SourceId> pool = List.copyOf(sources);
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("sources: expected at least one source id");
    }
    return r -> Elements.attribution(r, standalone(r), pool);
  }

  // --- elements, standing alone ------------------------------------------------------------

  /** Locations: in, at, near or outside {@code place0..1}, one or both, or places described only by a phrase. */
  public static Generator<Location> locations() {
    return r -> Elements.location(r, standalone(r));
  }

  /** Parties of every kind, with ids {@code party2..9}, related to {@code party0..1}. */
  public static Generator<Party> parties() {
    return r -> Elements.party(r, PartyId.of("party" + r.next(2, 9)), STANDALONE_PARTIES);
  }

  /** Places of every kind, with ids {@code place2..9}, within {@code place0..1}, controlled by {@code party0..1}. */
  public static Generator<Place> places() {
    return r -> Elements.place(r, standalone(r), PlaceId.of("place" + r.next(2, 9)), STANDALONE_PLACES);
  }

  /** People mentioned, with ids {@code person2..9}, related to {@code p0..1} and {@code person0..1}. */
  public static Generator<Individual> people() {
    return r -> Elements.person(r, standalone(r), PersonId.of("person" + r.next(2, 9)));
  }

  /** Sources of every kind, with ids {@code source2..9}; affiliations, parents and members name {@code source0..1}. */
  public static Generator<Source> sources() {
    return r -> Elements.source(r, standalone(r), SourceId.of("source" + r.next(2, 9)));
  }

  /** Events of every kind, with ids {@code event2..9}: actors, means, targets, exchanges of {@code f0..1}. */
  public static Generator<Event> events() {
    return r -> Elements.event(r, standalone(r), EventId.of("event" + r.next(2, 9)), r.pick(EventKind.values()));
  }

  /** Figures of every measure, with ids {@code f2..9}: breakdowns, relations to {@code f0..1}, counting rules. */
  public static Generator<Figure> figures() {
    return r -> {
      Scope s = standalone(r);
      return Elements.figure(r, s, FigureId.of("f" + r.next(2, 9)), s.figures);
    };
  }

  /** Statements with ids {@code s2..9}: attribution chains, stances, hedges, truncation. */
  public static Generator<Statement> statements() {
    return r -> {
      Scope s = standalone(r);
      return Elements.statement(r, s, StatementId.of("s" + r.next(2, 9)), s.sources);
    };
  }

  /** Particulars with a history: capture, detention spells in order, charges, transfers, captivity. */
  public static Generator<Particulars> particulars() {
    return r -> Elements.particulars(r, standalone(r));
  }

  /** Prisoners with ids {@code p2..9}, identities and particulars. */
  public static Generator<Prisoner> prisoners() {
    return r -> Elements.prisoner(r, standalone(r), PrisonerId.of("p" + r.next(2, 9)));
  }

  private static final List<PartyId> STANDALONE_PARTIES = List.of(PartyId.of("party0"), PartyId.of("party1"));
  private static final List<PlaceId> STANDALONE_PLACES = List.of(PlaceId.of("place0"), PlaceId.of("place1"));

  /** The scope of elements standing alone: two ids of each kind, no publication date. */
  private static Scope standalone(Randomness r) {
    LocalDate reference = Dates.EARLIEST.plusDays(1_500);
    Scope s = new Scope(new Dates.Span(Dates.EARLIEST, reference.minusDays(1)), Optional.empty(),
        Reference.of(PartialDate.of(reference), r.pick(ReferenceOrigin.values())));
    s.parties.addAll(STANDALONE_PARTIES);
    s.places.addAll(STANDALONE_PLACES);
    s.people.addAll(List.of(PersonId.of("person0"), PersonId.of("person1")));
    s.sources.addAll(List.of(SourceId.of("source0"), SourceId.of("source1")));
    s.organisations.add(SourceId.of("source0"));
    s.events.put(EventId.of("event0"), EventKind.CAPTURE);
    s.events.put(EventId.of("event1"), EventKind.PRISONER_EXCHANGE);
    s.figures.addAll(List.of(FigureId.of("f0"), FigureId.of("f1")));
    s.figures.forEach(id -> s.measures.put(id, Measure.PEOPLE));
    s.statements.addAll(List.of(StatementId.of("s0"), StatementId.of("s1")));
    s.unnamedStatements.addAll(s.statements);
    s.prisoners.addAll(List.of(PrisonerId.of("p0"), PrisonerId.of("p1")));
    return s;
  }

  // --- the report ------------------------------------------------------------------------

  /**
   * Whole reports of up to {@code size} elements of each kind (up to half as many prisoners and
   * people), with every kind of element and of copy the model holds.
   *
   * @param size the most parties, places, sources, events, statements and figures, at least 1
   * @return the generator
   */
  public static Generator<Report> reports(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size: expected at least 1, got " + size);
    }
    return r -> report(r, size);
  }

  private static Report report(Randomness r, int size) {
    LocalDate day = Dates.EARLIEST.plusDays(r.next(400, 2_500));
    Optional<DateValue> published = r.nextBoolean() ? Optional.of(Dates.publication(r, day)) : Optional.empty();
    Scope s = new Scope(new Dates.Span(Dates.EARLIEST, day.minusDays(1)), published,
        Dates.reference(r, published, day));

    int parties = r.nextInt(0, size);
    int places = r.nextInt(0, size);
    int people = r.nextInt(0, Math.max(1, size / 2));
    int sources = r.nextInt(0, size);
    int events = r.nextInt(0, size);
    int figures = r.nextInt(0, size);
    int statements = r.nextInt(0, size);
    int prisoners = r.nextInt(0, Math.max(1, size / 2));
    for (int i = 0; i < parties; i++) {
      s.parties.add(PartyId.of("party" + i));
    }
    for (int i = 0; i < places; i++) {
      s.places.add(PlaceId.of("place" + i));
    }
    for (int i = 0; i < people; i++) {
      s.people.add(PersonId.of("person" + i));
    }
    for (int i = 0; i < events; i++) {
      s.events.put(EventId.of("event" + i), r.pick(EventKind.values()));
    }
    for (int i = 0; i < figures; i++) {
      FigureId id = FigureId.of("f" + i);
      s.figures.add(id);
      s.measures.put(id, r.pick(Measure.values()));
    }
    for (int i = 0; i < statements; i++) {
      s.statements.add(StatementId.of("s" + i));
    }
    for (int i = 0; i < prisoners; i++) {
      s.prisoners.add(PrisonerId.of("p" + i));
    }

    Report.Builder b = Report.builder().id(ReportId.of("g" + r.next(0, 999_999))).publisher(r.pick(Words.PUBLISHERS))
        .language(r.pick(Words.LANGUAGES));
    copy(r, b, published, day);

    for (int i = 0; i < parties; i++) {
      b.addParties(Elements.party(r, s.parties.get(i), s.parties.subList(0, i)));
    }
    for (int i = 0; i < places; i++) {
      b.addPlaces(Elements.place(r, s, s.places.get(i), s.places.subList(0, i)));
    }
    for (PersonId id : s.people) {
      b.addPeople(Elements.person(r, s, id));
    }
    List<Source> all = new ArrayList<>();
    all.add(OwnVoice.of(SourceId.of("own"), r.pick(Voice.values())));
    if (r.oneIn(3)) {
      all.add(OwnVoice.of(SourceId.of("own-2"), r.pick(Voice.values())));
    }
    all.forEach(v -> s.sources.add(v.id()));
    for (int i = 0; i < sources; i++) {
      SourceId id = SourceId.of("source" + i);
      all.add(Elements.source(r, s, id));
      s.sources.add(id);
    }
    b.sources(all);
    for (Map.Entry<EventId, EventKind> e : s.events.entrySet()) {
      b.addEvents(Elements.event(r, s, e.getKey(), e.getValue()));
    }
    for (int i = 0; i < figures; i++) {
      b.addFigures(Elements.figure(r, s, s.figures.get(i), s.figures.subList(0, i)));
    }
    List<SourceId> unnamed = new ArrayList<>(s.sources);
    unnamed.removeAll(s.named);
    for (StatementId id : s.statements) {
      Statement statement = Elements.statement(r, s, id, r.oneIn(3) ? unnamed : s.sources);
      if (statement.attribution().sources().stream().noneMatch(s.named::contains)) {
        s.unnamedStatements.add(id);
      }
      b.addStatements(statement);
    }
    for (PrisonerId id : s.prisoners) {
      b.addPrisoners(Elements.prisoner(r, s, id));
    }
    for (int i = s.prisoners.size() < 2 ? 0 : r.nextInt(0, 2); i > 0; i--) {
      b.addUnlinked(Elements.unlinked(r, s));
    }
    return b.build();
  }

  /**
   * The copy itself: headline (absent from some cut-off copies), standfirst, credits, dateline,
   * syndication, picture credits, truncation, and a history of updates and corrections that
   * follows the publication.
   */
  private static void copy(Randomness r, Report.Builder b, Optional<DateValue> published, LocalDate day) {
    boolean truncated = r.oneIn(6);
    b.truncated(truncated);
    if (!(truncated && r.nextBoolean())) {
      b.headline(r.pick(Words.HEADLINES));
    }
    if (r.oneIn(3)) {
      b.url(URI.create("https://example.org/reports/" + r.next(1, 99_999)));
    }
    if (r.oneIn(3)) {
      b.standfirst(r.pick(Words.STANDFIRSTS));
    }
    published.ifPresent(b::published);
    Set<String> contributors = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      contributors.add(r.pick(Words.CONTRIBUTORS));
    }
    b.addContributors(contributors.toArray(new String[0]));
    if (!contributors.isEmpty() && r.nextBoolean()) {
      b.credit("Reporting by " + String.join(", ", contributors));
    }
    if (r.oneIn(3)) {
      b.dateline(r.pick(Words.DATELINES));
    }
    if (r.oneIn(4)) {
      String agency = r.pick(Words.AGENCIES);
      b.syndication(r.nextBoolean() ? Syndication.of(agency)
          : Syndication.of(agency, URI.create("https://wire.example.org/" + r.next(1, 99_999))));
    }
    Set<String> pictures = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      pictures.add(r.pick(Words.PICTURE_CREDITS));
    }
    b.addPictureCredits(pictures.toArray(new String[0]));
    LocalDate after = published.flatMap(DateValue::latest).orElse(day).plusDays(1);
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      LocalDate when = after.plusDays(r.next(0, 30));
      switch (r.nextInt(0, 4)) {
        case 1 -> b.addUpdates(Update.of(PartialDate.of(when), "This story has been updated."));
        case 2 -> b.addUpdates(Update.correction("An earlier version of this story misstated the toll."));
        case 3 -> b.addUpdates(Update.correction("A correction was made.").withWhen(PartialDate.of(when)));
        case 4 -> b.addUpdates(r.nextBoolean() ? Update.unspecified() : Update.on(PartialDate.of(when)));
        default -> b.addUpdates(Update.printed("This story has been updated."));
      }
    }
  }
}
