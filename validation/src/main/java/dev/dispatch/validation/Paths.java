package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Event;
import dev.dispatch.figure.Figure;
import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Link;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Property paths of a report's elements, so that rules name where they found things
 * ({@code figures[f].breakdowns[0].parts[1].count}), and short descriptions of figures and
 * sources for messages. Descriptions use labels and counts only, never a protected value.
 */
final class Paths {
  private Paths() {}

  static String statement(Statement s) {
    return "statements[" + s.id() + "]";
  }

  static String figure(Figure f) {
    return "figures[" + f.id() + "]";
  }

  static String prisoner(Prisoner p) {
    return "prisoners[" + p.id() + "]";
  }

  static String person(Individual p) {
    return "people[" + p.id() + "]";
  }

  static String event(Event e) {
    return "events[" + e.id() + "]";
  }

  static String source(Source s) {
    return "sources[" + s.id() + "]";
  }

  /**
   * Every particulars of the report with its path: each prisoner's own, then each share of the
   * facts the report does not link to one prisoner.
   */
  static void particulars(Report report, BiConsumer<String, Particulars> each) {
    for (Prisoner p : report.prisoners()) {
      each.accept(prisoner(p) + ".particulars", p.particulars());
    }
    for (int i = 0; i < report.unlinked().size(); i++) {
      List<Particulars> shares = report.unlinked().get(i).shares();
      for (int j = 0; j < shares.size(); j++) {
        each.accept("unlinked[" + i + "].shares[" + j + "]", shares.get(j));
      }
    }
  }

  /** {@code figures[f] (more than 1,000, per A. Analyst)}. */
  static String describe(Report report, Figure f) {
    return figure(f) + " (" + count(f.count()) + ", per " + sources(report, f.attributions()) + ")";
  }

  /** The count as printed, or its meaning when no phrase was kept: "exactly 50", "between 60 and 93 km2". */
  static String count(Count c) {
    Optional<String> phrase = c.phrase();
    if (phrase.isPresent()) {
      return Quote.text(phrase.get());
    }
    Qualifier q = c.qualifier();
    String text = switch (q) {
      case BETWEEN -> "between " + c.lowerBound() + " and " + c.upperBound().orElse(c.lowerBound());
      case MAGNITUDE -> c.magnitude().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .orElse("a magnitude");
      case UNQUANTIFIED -> "an unstated number above zero";
      case UNKNOWN -> "an unknown number";
      default -> q.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + c.number().orElse(0);
    };
    return c.unit().equals(Unit.PERSONS) ? text : text + " " + c.unit();
  }

  /** How many joint attributions a message names before it says how many more there are. */
  private static final int JOINT = 2;

  /**
   * Who a figure is attributed to, briefly: each attribution's {@linkplain #chain chain}, joint
   * attributions joined by "and" (the first two, then how many more); "no source" when there is
   * none. Short however many attributions and links there are.
   */
  static String sources(Report report, List<Attribution> attributions) {
    if (attributions.isEmpty()) {
      return "no source";
    }
    StringBuilder s = new StringBuilder();
    for (Attribution a : attributions.subList(0, Math.min(JOINT, attributions.size()))) {
      s.append(s.length() == 0 ? "" : " and ").append(chain(report, a));
    }
    int more = attributions.size() - JOINT;
    return more > 0 ? s + " and " + more + " more source" + (more == 1 ? "" : "s") : s.toString();
  }

  /**
   * A chain, briefly: its origin; "via" its reporter when there are two links; and how many links
   * there are when there are more: "the soldier via Security Service of Ukraine", "a ministry via
   * a news agency (a chain of 5 links)".
   */
  static String chain(Report report, Attribution a) {
    List<Link> links = a.links();
    String origin = label(report, a.origin());
    if (links.size() == 1) {
      return origin;
    }
    String via = origin + " via " + label(report, a.reporter());
    return links.size() == 2 ? via : via + " (a chain of " + links.size() + " links)";
  }

  /** A source's label, as messages quote it. */
  static String label(Report report, Link l) {
    return Quote.text(report.source(l.source()).map(Source::label).orElse(l.source().toString()));
  }

  /** A source's label, as messages quote it. */
  static String label(Source s) {
    return Quote.text(s.label());
  }
}
