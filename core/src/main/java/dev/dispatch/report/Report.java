package dev.dispatch.report;

import dev.dispatch.event.Event;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.internal.Graphs;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A published news report and everything it states: its places, parties, sources, people,
 * events, statements, figures and prisoner records, each with a typed id, and facts about
 * prisoners it does not link to one person. Also the copy itself: headline (which a cut-off copy
 * may lack), standfirst, credits, syndication, update and correction history.
 *
 * <p>Invariants, checked at construction in time linear in the report's size (the message names
 * the offending element):
 * <ul>
 *   <li>ids are unique within each kind of element;
 *   <li>every cross-reference resolves inside the report;
 *   <li>no organisation is its own ancestor, no collective its own member, no place within
 *       itself, no party its own member, part or controller, and no figure revises, sums or is a
 *       share of itself, directly or through others;
 *   <li>all figures together hold at most {@link Breakdown#MAX_PARTS} parts, nested parts included,
 *       so that printing, comparing and writing the report stay linear in what it holds;
 *   <li>an exchange's sides count people;
 *   <li>texts are not blank, contributors are listed once each, the language is a well-formed
 *       BCP 47 tag.
 * </ul>
 * Editorial questions (is a quote attributed, does a figure contradict another, is the headline
 * missing) are not invariants: they are answered by the validation module. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Report {

  Report() {}

  /** The report's stable id. */
  public abstract ReportId id();

  /** Where the report is published, when known. */
  public abstract Optional<URI> url();

  /** The headline as published; absent when the copy at hand lacks it (never invented). */
  public abstract Optional<String> headline();

  /** The standfirst (dek, subheading) as published. */
  public abstract Optional<String> standfirst();

  /** The publisher: "CNN". */
  public abstract String publisher();

  /** The credit line exactly as published, garbles included. */
  public abstract Optional<String> credit();

  /** The contributors, each once, in credit order. */
  public abstract List<String> contributors();

  /** The report's language as a BCP 47 tag: {@code en}. */
  public abstract String language();

  /** When the report was published: absent when unknown, approximate when estimated. */
  public abstract Optional<DateValue> published();

  /** The update and correction history, oldest first. */
  public abstract List<Update> updates();

  /** The dateline as printed, when there is one. */
  public abstract Optional<String> dateline();

  /** Whose copy it is, when the publisher republished an agency's. */
  public abstract Optional<Syndication> syndication();

  /** Picture credits as printed: "Photo: SBU/Handout via Reuters". */
  public abstract List<String> pictureCredits();

  /** Whether the copy at hand is cut off: the text ends before the report does. */
  @Value.Default
  public boolean truncated() {
    return false;
  }

  /** The places the report names. */
  public abstract List<Place> places();

  /** The parties to the conflict the report names. */
  public abstract List<Party> parties();

  /** The sources the report cites, including its own voice. */
  public abstract List<Source> sources();

  /** People the report mentions who are neither sources nor prisoners, protected by default. */
  public abstract List<Individual> people();

  /** What happened: strikes, captures, exchanges. */
  public abstract List<Event> events();

  /** What the sources said. */
  public abstract List<Statement> statements();

  /** Casualty, force, territory and other figures. */
  public abstract List<Figure> figures();

  /** One record per captured or detained person the report describes. */
  public abstract List<Prisoner> prisoners();

  /** Facts about prisoners that the report does not link to one person. */
  public abstract List<UnlinkedFacts> unlinked();

  /** The place with the given id, if the report holds it. */
  public Optional<Place> place(PlaceId id) {
    return find(id, Place.class);
  }

  /** The party with the given id, if the report holds it. */
  public Optional<Party> party(PartyId id) {
    return find(id, Party.class);
  }

  /** The source with the given id, if the report holds it. */
  public Optional<Source> source(SourceId id) {
    return find(id, Source.class);
  }

  /** The person with the given id, if the report holds them. */
  public Optional<Individual> person(PersonId id) {
    return find(id, Individual.class);
  }

  /** The event with the given id, if the report holds it. */
  public Optional<Event> event(EventId id) {
    return find(id, Event.class);
  }

  /** The statement with the given id, if the report holds it. */
  public Optional<Statement> statement(StatementId id) {
    return find(id, Statement.class);
  }

  /** The figure with the given id, if the report holds it. */
  public Optional<Figure> figure(FigureId id) {
    return find(id, Figure.class);
  }

  /** The prisoner with the given id, if the report holds it. */
  public Optional<Prisoner> prisoner(PrisonerId id) {
    return find(id, Prisoner.class);
  }

  /** Whether the report holds an element with this id. */
  public boolean contains(Id id) {
    return index().find(Checks.notNull(id, "id")) != null;
  }

  private <T> Optional<T> find(Id id, Class<T> type) {
    return Optional.ofNullable(index().find(Checks.notNull(id, "id"))).map(type::cast);
  }

  /** Every element by id; built once, used by the look-ups and the reference check. */
  @Value.Lazy
  Index index() {
    Index index = new Index();
    put(index, "places", places(), Place::id);
    put(index, "parties", parties(), Party::id);
    put(index, "sources", sources(), Source::id);
    put(index, "people", people(), Individual::id);
    put(index, "events", events(), Event::id);
    put(index, "statements", statements(), Statement::id);
    put(index, "figures", figures(), Figure::id);
    put(index, "prisoners", prisoners(), Prisoner::id);
    return index;
  }

  /**
   * The report's elements by id, one map per kind of id. Ids of one kind are {@link Comparable},
   * so a map of them stays logarithmic even when their values are chosen to collide; a map mixing
   * kinds could not order them and would degrade to a list.
   */
  static final class Index {
    private final Map<Class<?>, Map<Id, Object>> byKind = new HashMap<>();

    @Nullable Object putIfAbsent(Id id, Object element) {
      return byKind.computeIfAbsent(id.getClass(), k -> new HashMap<>()).putIfAbsent(id, element);
    }

    @Nullable Object find(Id id) {
      Map<Id, Object> kind = byKind.get(id.getClass());
      return kind == null ? null : kind.get(id);
    }
  }

  private static <T> void put(Index index, String field, List<T> elements, Function<T, Id> id) {
    for (T element : elements) {
      Id key = id.apply(element);
      if (index.putIfAbsent(key, element) != null) {
        throw new IllegalArgumentException("Report." + field + ": duplicate " + key.kind() + " id \"" + key + "\"");
      }
    }
  }

  /**
   * This report as its public view carries it: every known {@link dev.dispatch.privacy.Protected}
   * value (the identities of prisoners and people mentioned; documents' holders, dates of birth
   * and numbers) is {@linkplain dev.dispatch.privacy.Protected#redacted() redacted}; everything
   * else is kept.
   *
   * @return the redacted report, or this report if it holds no known protected value
   */
  public Report redacted() {
    List<Prisoner> prisoners = new ArrayList<>(prisoners().size());
    prisoners().forEach(p -> prisoners.add(p.redacted()));
    List<UnlinkedFacts> unlinked = new ArrayList<>(unlinked().size());
    unlinked().forEach(u -> unlinked.add(u.redacted()));
    List<Individual> people = new ArrayList<>(people().size());
    people().forEach(p -> people.add(p.redacted()));
    if (prisoners.equals(prisoners()) && unlinked.equals(unlinked()) && people.equals(people())) {
      return this;
    }
    return copy().withPrisoners(prisoners).withUnlinked(unlinked).withPeople(people);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This report with a publication date. */
  public Report withPublished(DateValue published) {
    return copy().withPublished(published);
  }

  /** This report with a headline. */
  public Report withHeadline(String headline) {
    return copy().withHeadline(headline);
  }

  /** This report with its address. */
  public Report withUrl(URI url) {
    return copy().withUrl(url);
  }

  /** This report with one more entry in its history, after the others. */
  public Report plusUpdate(Update update) {
    List<Update> all = new ArrayList<>(updates());
    all.add(Checks.notNull(update, "update"));
    return copy().withUpdates(all);
  }

  /** This report with another figure in place of the one with the same id, or added after the others. */
  public Report withFigure(Figure figure) {
    return copy().withFigures(replaced(figures(), Checks.notNull(figure, "figure"), Figure::id));
  }

  /** This report with another prisoner record in place of the one with the same id, or added after the others. */
  public Report withPrisoner(Prisoner prisoner) {
    return copy().withPrisoners(replaced(prisoners(), Checks.notNull(prisoner, "prisoner"), Prisoner::id));
  }

  /** This report with another statement in place of the one with the same id, or added after the others. */
  public Report withStatement(Statement statement) {
    return copy().withStatements(replaced(statements(), Checks.notNull(statement, "statement"), Statement::id));
  }

  private static <T> List<T> replaced(List<T> elements, T element, Function<T, Id> id) {
    List<T> all = new ArrayList<>(elements);
    Id key = id.apply(element);
    for (int i = 0; i < all.size(); i++) {
      if (id.apply(all.get(i)).equals(key)) {
        all.set(i, element);
        return all;
      }
    }
    all.add(element);
    return all;
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableReport copy() {
    return (ImmutableReport) ImmutableReport.copyOf(this);
  }

  @Value.Check
  void check() {
    headline().ifPresent(h -> Checks.notBlank(h, "Report", "headline"));
    standfirst().ifPresent(s -> Checks.notBlank(s, "Report", "standfirst"));
    Checks.notBlank(publisher(), "Report", "publisher");
    credit().ifPresent(c -> Checks.notBlank(c, "Report", "credit"));
    dateline().ifPresent(d -> Checks.notBlank(d, "Report", "dateline"));
    Checks.distinctTexts(contributors(), "Report", "contributors");
    Checks.distinctTexts(pictureCredits(), "Report", "pictureCredits");
    Checks.languageTag(language(), "Report", "language");
    index();
    places().forEach(p -> resolve("places", p.id(), p.references()));
    parties().forEach(p -> resolve("parties", p.id(), p.references()));
    sources().forEach(s -> resolve("sources", s.id(), s.references()));
    people().forEach(p -> resolve("people", p.id(), p.references()));
    events().forEach(e -> resolve("events", e.id(), e.references()));
    statements().forEach(s -> resolve("statements", s.id(), s.references()));
    figures().forEach(f -> resolve("figures", f.id(), f.references()));
    prisoners().forEach(p -> resolve("prisoners", p.id(), p.references()));
    for (int i = 0; i < unlinked().size(); i++) {
      resolve("unlinked", i, unlinked().get(i).references());
    }
    acyclic();
    long parts = 0;
    for (Figure f : figures()) {
      for (Breakdown b : f.breakdowns()) {
        parts += b.size();
      }
    }
    long total = parts;
    Checks.check(total <= Breakdown.MAX_PARTS, "Report", "figures",
        () -> "expected at most " + Breakdown.MAX_PARTS + " parts in all figures together, nested parts included, got "
            + total);
    for (Event e : events()) {
      e.exchange().ifPresent(x -> x.sides().forEach(side -> side.counts().forEach(id -> Checks.check(
          figure(id).orElseThrow().measure() == Measure.PEOPLE, "Report", "events[" + e.id() + "].exchange",
          () -> "expected figures of people on each side, got " + figure(id).orElseThrow().measure() + " figure \""
              + id + "\""))));
    }
  }

  /**
   * No element is its own ancestor, however far up: such a cycle makes "who speaks for whom",
   * "where is it" or "which toll came first" unanswerable. Linear and iterative (see {@link Graphs}).
   * Only elements with an edge out can be on a cycle, so only they are walked from: most reports
   * have few or none, and the walk then costs nothing.
   */
  private void acyclic() {
    List<SourceId> sourceIds = new ArrayList<>();
    for (Source s : sources()) {
      if ((s instanceof Organisation o && o.parent().isPresent())
          || (s instanceof Collective c && !c.members().isEmpty())) {
        sourceIds.add(s.id());
      }
    }
    Graphs.cycle(sourceIds, id -> {
      Source s = source(id).orElseThrow();
      if (s instanceof Organisation o) {
        return Graphs.one(o.parent());
      }
      return s instanceof Collective c ? c.members() : List.of();
    }).ifPresent(id -> {
      throw cycle("sources", id, "parent or member chain");
    });

    List<PlaceId> placeIds = new ArrayList<>();
    for (Place p : places()) {
      if (p.within().isPresent()) {
        placeIds.add(p.id());
      }
    }
    Graphs.cycle(placeIds, id -> Graphs.one(place(id).orElseThrow().within())).ifPresent(id -> {
      throw cycle("places", id, "\"within\" chain");
    });

    List<PartyId> partyIds = new ArrayList<>();
    for (Party p : parties()) {
      if (!p.relations().isEmpty()) {
        partyIds.add(p.id());
      }
    }
    Graphs.cycle(partyIds, id -> {
      List<PartyId> up = new ArrayList<>(2);
      for (PartyRelation r : party(id).orElseThrow().relations()) {
        if (r.kind().isHierarchical()) {
          up.add(r.party());
        }
      }
      return up;
    }).ifPresent(id -> {
      throw cycle("parties", id, "member-of, part-of or controlled-by chain");
    });

    List<FigureId> figureIds = new ArrayList<>();
    for (Figure f : figures()) {
      if (!f.relations().isEmpty()) {
        figureIds.add(f.id());
      }
    }
    Graphs.cycle(figureIds, id -> {
      List<FigureId> before = new ArrayList<>(2);
      for (FigureRelation r : figure(id).orElseThrow().relations()) {
        if (r instanceof FigureRelation.Revises || r instanceof FigureRelation.ShareOf
            || r instanceof FigureRelation.SumOf) {
          before.addAll(r.figures());
        }
      }
      return before;
    }).ifPresent(id -> {
      throw cycle("figures", id, "revises, share-of or sum-of chain");
    });
  }

  private static IllegalArgumentException cycle(String list, Id id, String what) {
    return new IllegalArgumentException("Report." + list + "[" + id + "]: " + what + " cycles back to \"" + id + "\"");
  }

  private void resolve(String list, Object holder, List<Id> references) {
    for (Id ref : references) {
      if (!contains(ref)) {
        throw new IllegalArgumentException("Report." + list + "[" + holder + "]: refers to " + ref.kind() + " \"" + ref
            + "\", which is not in the report");
      }
    }
  }

  /**
   * Builds a {@link Report}. Required: {@link #id}, {@link #publisher}, {@link #language}. Not
   * thread-safe; {@link #build()} checks ids, references, cycles and the other invariants.
   */
  public static final class Builder {
    private final ImmutableReport.Builder b = ImmutableReport.generatedBuilder();
    private @Nullable ReportId id;
    private @Nullable String publisher;
    private @Nullable String language;

    private Builder() {}

    /** Sets the report's stable id. */
    public Builder id(ReportId id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /** Sets where the report is published. */
    public Builder url(URI url) {
      b.url(Checks.notNull(url, "url"));
      return this;
    }

    /** Sets the headline as published; leave it unset when the copy lacks it. */
    public Builder headline(String headline) {
      b.headline(Checks.notNull(headline, "headline"));
      return this;
    }

    /** Sets the standfirst as published. */
    public Builder standfirst(String standfirst) {
      b.standfirst(Checks.notNull(standfirst, "standfirst"));
      return this;
    }

    /** Sets the publisher. */
    public Builder publisher(String publisher) {
      this.publisher = Checks.notNull(publisher, "publisher");
      return this;
    }

    /** Sets the credit line exactly as published. */
    public Builder credit(String credit) {
      b.credit(Checks.notNull(credit, "credit"));
      return this;
    }

    /** Adds contributors, each once, in credit order. */
    public Builder addContributors(String... contributors) {
      b.addContributors(Checks.notNull(contributors, "contributors"));
      return this;
    }

    /** Sets the language, a BCP 47 tag. */
    public Builder language(String language) {
      this.language = Checks.notNull(language, "language");
      return this;
    }

    /** Sets when the report was published; leave it unset when unknown. */
    public Builder published(DateValue published) {
      b.published(Checks.notNull(published, "published"));
      return this;
    }

    /** Adds entries to the update and correction history, oldest first. */
    public Builder addUpdates(Update... updates) {
      b.addUpdates(Checks.notNull(updates, "updates"));
      return this;
    }

    /** Sets the dateline as printed. */
    public Builder dateline(String dateline) {
      b.dateline(Checks.notNull(dateline, "dateline"));
      return this;
    }

    /** Sets whose copy it is. */
    public Builder syndication(Syndication syndication) {
      b.syndication(Checks.notNull(syndication, "syndication"));
      return this;
    }

    /** Adds picture credits as printed. */
    public Builder addPictureCredits(String... pictureCredits) {
      b.addPictureCredits(Checks.notNull(pictureCredits, "pictureCredits"));
      return this;
    }

    /** Records that the copy at hand is cut off. */
    public Builder truncated(boolean truncated) {
      b.truncated(truncated);
      return this;
    }

    /** Adds places. */
    public Builder addPlaces(Place... places) {
      b.addPlaces(Checks.notNull(places, "places"));
      return this;
    }

    /** Replaces the places. */
    public Builder places(Iterable<Place> places) {
      b.places(Checks.notNull(places, "places"));
      return this;
    }

    /** Adds parties to the conflict. */
    public Builder addParties(Party... parties) {
      b.addParties(Checks.notNull(parties, "parties"));
      return this;
    }

    /** Replaces the parties. */
    public Builder parties(Iterable<Party> parties) {
      b.parties(Checks.notNull(parties, "parties"));
      return this;
    }

    /** Adds sources. */
    public Builder addSources(Source... sources) {
      b.addSources(Checks.notNull(sources, "sources"));
      return this;
    }

    /** Replaces the sources. */
    public Builder sources(Iterable<? extends Source> sources) {
      b.sources(Checks.notNull(sources, "sources"));
      return this;
    }

    /** Adds people mentioned. */
    public Builder addPeople(Individual... people) {
      b.addPeople(Checks.notNull(people, "people"));
      return this;
    }

    /** Replaces the people mentioned. */
    public Builder people(Iterable<Individual> people) {
      b.people(Checks.notNull(people, "people"));
      return this;
    }

    /** Adds events. */
    public Builder addEvents(Event... events) {
      b.addEvents(Checks.notNull(events, "events"));
      return this;
    }

    /** Replaces the events. */
    public Builder events(Iterable<Event> events) {
      b.events(Checks.notNull(events, "events"));
      return this;
    }

    /** Adds statements. */
    public Builder addStatements(Statement... statements) {
      b.addStatements(Checks.notNull(statements, "statements"));
      return this;
    }

    /** Replaces the statements. */
    public Builder statements(Iterable<Statement> statements) {
      b.statements(Checks.notNull(statements, "statements"));
      return this;
    }

    /** Adds figures. */
    public Builder addFigures(Figure... figures) {
      b.addFigures(Checks.notNull(figures, "figures"));
      return this;
    }

    /** Replaces the figures. */
    public Builder figures(Iterable<Figure> figures) {
      b.figures(Checks.notNull(figures, "figures"));
      return this;
    }

    /** Adds prisoner records. */
    public Builder addPrisoners(Prisoner... prisoners) {
      b.addPrisoners(Checks.notNull(prisoners, "prisoners"));
      return this;
    }

    /** Replaces the prisoner records. */
    public Builder prisoners(Iterable<Prisoner> prisoners) {
      b.prisoners(Checks.notNull(prisoners, "prisoners"));
      return this;
    }

    /** Adds facts the report does not link to one prisoner. */
    public Builder addUnlinked(UnlinkedFacts... unlinked) {
      b.addUnlinked(Checks.notNull(unlinked, "unlinked"));
      return this;
    }

    /** Replaces the unlinked facts. */
    public Builder unlinked(Iterable<UnlinkedFacts> unlinked) {
      b.unlinked(Checks.notNull(unlinked, "unlinked"));
      return this;
    }

    /**
     * The report.
     *
     * @throws IllegalArgumentException naming the field or element, if a required field is not set,
     *     an id is duplicated, a reference does not resolve, a chain cycles or another invariant is
     *     broken
     */
    public Report build() {
      return b.id(Checks.required(id, "Report", "id")).publisher(Checks.required(publisher, "Report", "publisher"))
          .language(Checks.required(language, "Report", "language")).build();
    }
  }
}
