package dev.dispatch.report;

import dev.dispatch.figure.Figure;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.internal.Graphs;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateValue;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A published news report and everything it states: its sources, statements, figures,
 * prisoner records and places, each with a typed id, and facts about prisoners it does not link
 * to one person.
 *
 * <p>Invariants, checked at construction (the message names the offending id):
 * <ul>
 *   <li>ids are unique within each kind of element;
 *   <li>every cross-reference resolves inside the report: attribution chains' sources,
 *       affiliations and members, statements' subjects, figures' and captures' places, custodians,
 *       a prisoner's statements, unlinked facts' prisoners;
 *   <li>no organisation is its own ancestor and no collective its own member, directly or through
 *       others;
 *   <li>the headline, publisher and contributors are not blank; the language is a well-formed
 *       BCP 47 tag.
 * </ul>
 * Editorial questions (is a quote attributed, does a figure contradict another) are not
 * invariants: they are answered by the validation module. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Report permits ImmutableReport {

  Report() {}

  /** The report's stable id. */
  public abstract ReportId id();

  /** Where the report is published, when known. */
  public abstract Optional<URI> url();

  /** The headline as published. */
  public abstract String headline();

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

  /** The update history, oldest first. */
  public abstract List<Update> updates();

  /** The dateline as printed, when there is one. */
  public abstract Optional<String> dateline();

  /** The places the report names. */
  public abstract List<Place> places();

  /** The sources the report cites, including its own voice. */
  public abstract List<Source> sources();

  /** What the sources said. */
  public abstract List<Statement> statements();

  /** Casualty, force and territory figures. */
  public abstract List<Figure> figures();

  /** One record per captured person the report describes. */
  public abstract List<Prisoner> prisoners();

  /** Facts about prisoners that the report does not link to one person. */
  public abstract List<UnlinkedFacts> unlinked();

  /** The place with the given id, if the report holds it. */
  public Optional<Place> place(PlaceId id) {
    return find(id, Place.class);
  }

  /** The source with the given id, if the report holds it. */
  public Optional<Source> source(SourceId id) {
    return find(id, Source.class);
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
    return index().containsKey(id);
  }

  private <T> Optional<T> find(Id id, Class<T> type) {
    return Optional.ofNullable(index().get(Checks.notNull(id, "id"))).map(type::cast);
  }

  /** Every element by id; built once, used by the look-ups and the reference check. */
  @Value.Lazy
  Map<Id, Object> index() {
    Map<Id, Object> index = new HashMap<>();
    put(index, places(), Place::id);
    put(index, sources(), Source::id);
    put(index, statements(), Statement::id);
    put(index, figures(), Figure::id);
    put(index, prisoners(), Prisoner::id);
    return index;
  }

  private static <T> void put(Map<Id, Object> index, List<T> elements, Function<T, Id> id) {
    for (T element : elements) {
      Id key = id.apply(element);
      if (index.putIfAbsent(key, element) != null) {
        throw new IllegalArgumentException("Report: duplicate " + key.kind() + " id \"" + key + "\"");
      }
    }
  }

  /**
   * This report as its public view carries it: every known {@link dev.dispatch.privacy.Protected}
   * value (prisoners' names, dates of birth and faces; documents' holders and numbers) is
   * {@linkplain dev.dispatch.privacy.Protected#redacted() redacted}; everything else is kept.
   *
   * @return the redacted report, or this report if it holds no known protected value
   */
  public Report redacted() {
    List<Prisoner> prisoners = prisoners().stream().map(Report::redact).collect(Collectors.toList());
    List<UnlinkedFacts> unlinked = unlinked().stream()
        .map(u -> UnlinkedFacts.of(u.among(), u.shares().stream().map(Report::redact).collect(Collectors.toList())))
        .collect(Collectors.toList());
    if (prisoners.equals(prisoners()) && unlinked.equals(unlinked())) {
      return this;
    }
    return builder().from(this).prisoners(prisoners).unlinked(unlinked).build();
  }

  private static Prisoner redact(Prisoner p) {
    return Prisoner.builder().from(p).name(p.name().redacted()).dateOfBirth(p.dateOfBirth().redacted())
        .face(p.face().redacted()).particulars(redact(p.particulars())).build();
  }

  private static Particulars redact(Particulars p) {
    List<Document> documents = p.documents().stream()
        .map(d -> Document.builder().from(d).holderName(d.holderName().redacted())
            .holderDateOfBirth(d.holderDateOfBirth().redacted()).number(d.number().redacted()).build())
        .collect(Collectors.toList());
    return Particulars.builder().from(p).documents(documents).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}; {@code build()} checks ids, references and the other invariants. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(headline(), "Report", "headline");
    Checks.notBlank(publisher(), "Report", "publisher");
    credit().ifPresent(c -> Checks.notBlank(c, "Report", "credit"));
    dateline().ifPresent(d -> Checks.notBlank(d, "Report", "dateline"));
    contributors().forEach(c -> Checks.notBlank(c, "Report", "contributors"));
    Checks.languageTag(language(), "Report", "language");
    index();
    sources().forEach(s -> resolve("sources", s.id(), s.references()));
    statements().forEach(s -> resolve("statements", s.id(), s.references()));
    figures().forEach(f -> resolve("figures", f.id(), f.references()));
    prisoners().forEach(p -> resolve("prisoners", p.id(), p.references()));
    for (int i = 0; i < unlinked().size(); i++) {
      for (Id ref : unlinked().get(i).references()) {
        if (!contains(ref)) {
          throw dangling("unlinked[" + i + "]", ref);
        }
      }
    }
    Graphs.cycle(sources().stream().map(Source::id).collect(Collectors.toList()), this::sourceEdges)
        .ifPresent(id -> {
          throw new IllegalArgumentException("Report.sources[" + id + "]: parent or member chain cycles back to \""
              + id + "\"");
        });
  }

  /**
   * An organisation is not its own ancestor, and a collective not its own member, however far
   * down: such a cycle makes "who speaks for whom" unanswerable. The edges of that graph: an
   * organisation's parent, a collective's members. Checked by {@link Graphs#cycle}: linear and
   * iterative, whatever the depth or sharing of the chains.
   */
  private List<SourceId> sourceEdges(SourceId id) {
    Source source = (Source) index().get(id);
    if (source instanceof dev.dispatch.source.Organisation) {
      return ((dev.dispatch.source.Organisation) source).parent().map(List::of).orElse(List.of());
    }
    return source instanceof dev.dispatch.source.Collective ? ((dev.dispatch.source.Collective) source).members()
        : List.of();
  }

  private void resolve(String list, Id holder, List<Id> references) {
    for (Id ref : references) {
      if (!contains(ref)) {
        throw dangling(list + "[" + holder + "]", ref);
      }
    }
  }

  private static IllegalArgumentException dangling(String path, Id ref) {
    return new IllegalArgumentException(
        "Report." + path + ": refers to " + ref.kind() + " \"" + ref + "\", which is not in the report");
  }
}
