package dev.dispatch.validation;

import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Link;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every date a report mentions, with its path, for the time rules: places' control, events and
 * their actors' attributions, statements (attribution chains and event times), figures
 * (timeframes of every kind, attribution chains, and the dates and attributions of parts at every
 * depth), and
 * prisoners' particulars (capture, custody, charges, transfers), the unlinked shares included.
 * The publication date and updates are not in the walk: they are what the others are compared
 * with. Linear in the report's size.
 */
final class Dates {
  private Dates() {}

  /**
   * A date mention and where it is.
   *
   * @param path its property path
   * @param mention the mention
   * @param said whether it is when a source said something, rather than when something happened
   * @param spoken whether it is the time of what a statement speaks of, which may be to come
   *     ("another exchange is expected next week")
   */
  record Dated(String path, DateMention mention, boolean said, boolean spoken) {
    Dated(String path, DateMention mention, boolean said) {
      this(path, mention, said, false);
    }
  }

  static void walk(Report report, Consumer<Dated> each) {
    for (Place p : report.places()) {
      for (int i = 0; i < p.control().size(); i++) {
        String at = "places[" + p.id() + "].control[" + i + "].asOf";
        p.control().get(i).asOf().ifPresent(m -> each.accept(new Dated(at, m, false)));
      }
    }
    for (Event e : report.events()) {
      e.time().ifPresent(m -> each.accept(new Dated(Paths.event(e) + ".time", m, false)));
      List<Actor> actors = e.actors();
      for (int i = 0; i < actors.size(); i++) {
        String at = Paths.event(e) + ".actors[" + i + "].attribution";
        actors.get(i).attribution().ifPresent(a -> chain(at, a, each));
      }
    }
    for (Statement s : report.statements()) {
      chain(Paths.statement(s) + ".attribution", s.attribution(), each);
      s.eventTime().ifPresent(m -> each.accept(new Dated(Paths.statement(s) + ".eventTime", m, false, true)));
    }
    for (Figure f : report.figures()) {
      String at = Paths.figure(f);
      f.timeframe().ifPresent(t -> timeframe(at + ".timeframe", t, each));
      attributions(at, f.attributions(), each);
      parts(at, f.breakdowns(), each);
    }
    Paths.particulars(report, (path, x) -> particulars(path, x, each));
  }

  private static void timeframe(String path, Timeframe t, Consumer<Dated> each) {
    Variants.timeframe(t, during -> {
      each.accept(new Dated(path + ".period", during.period(), false));
      return Variants.Done.DONE;
    }, over -> {
      over.ending().ifPresent(m -> each.accept(new Dated(path + ".ending", m, false)));
      return Variants.Done.DONE;
    }, cumulative -> {
      cumulative.since().ifPresent(m -> each.accept(new Dated(path + ".since", m, false)));
      cumulative.asOf().ifPresent(m -> each.accept(new Dated(path + ".asOf", m, false)));
      return Variants.Done.DONE;
    });
  }

  private static void attributions(String path, List<Attribution> attributions, Consumer<Dated> each) {
    for (int i = 0; i < attributions.size(); i++) {
      chain(path + ".attributions[" + i + "]", attributions.get(i), each);
    }
  }

  private static void chain(String path, Attribution a, Consumer<Dated> each) {
    List<Link> links = a.links();
    for (int i = 0; i < links.size(); i++) {
      String at = path + ".links[" + i + "].when";
      links.get(i).when().ifPresent(m -> each.accept(new Dated(at, m, true)));
    }
  }

  /** The parts of every depth, in document order; recursion is bounded by {@link Breakdown#MAX_DEPTH}. */
  private static void parts(String path, List<Breakdown> breakdowns, Consumer<Dated> each) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<Part> parts = breakdowns.get(i).parts();
      for (int j = 0; j < parts.size(); j++) {
        Part p = parts.get(j);
        String at = path + ".breakdowns[" + i + "].parts[" + j + "]";
        p.date().ifPresent(m -> each.accept(new Dated(at + ".date", m, false)));
        attributions(at, p.attributions(), each);
        parts(at, p.breakdowns(), each);
      }
    }
  }

  private static void particulars(String path, Particulars x, Consumer<Dated> each) {
    x.capture().flatMap(c -> c.date()).ifPresent(m -> each.accept(new Dated(path + ".capture.date", m, false)));
    List<Custody> custody = x.custody();
    for (int i = 0; i < custody.size(); i++) {
      String at = path + ".custody[" + i + "].period";
      custody.get(i).period().ifPresent(m -> each.accept(new Dated(at, m, false)));
    }
    List<Charge> charges = x.charges();
    for (int i = 0; i < charges.size(); i++) {
      String at = path + ".charges[" + i + "].date";
      charges.get(i).date().ifPresent(m -> each.accept(new Dated(at, m, false)));
    }
    List<Transfer> transfers = x.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      String at = path + ".transfers[" + i + "].date";
      transfers.get(i).date().ifPresent(m -> each.accept(new Dated(at, m, false)));
    }
  }

  /** The first day a mention may denote, when it is resolved and its start is known. */
  static Optional<LocalDate> earliest(DateMention m) {
    return m.value().flatMap(DateValue::earliest);
  }

  /** The last day a mention may denote, when it is resolved and its end is known. */
  static Optional<LocalDate> latest(DateMention m) {
    return m.value().flatMap(DateValue::latest);
  }
}
