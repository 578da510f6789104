package dev.dispatch.validation;

import dev.dispatch.event.Event;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.statement.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Every text a report prints or describes, with its path, for the rule that looks for a
 * protected name in them: the headline, standfirst and dateline; update texts; places' names and
 * aliases; parties' names and aliases; sources' names, roles, abbreviations, descriptions, reasons
 * and phrases; people's descriptions, ranks, health and relationship phrases; events' labels,
 * targets, means and location phrases; statements' texts and location phrases; figures' population
 * descriptions, outcome phrases, location phrases and share bases; and prisoners' particulars
 * (rank, injuries, health, capturing unit, custody conditions, charges, documents, interpreting,
 * location phrases, time in captivity), the unlinked shares included. Credits (credit line,
 * contributors, picture credits, syndication) name the report's own staff and are not walked.
 * Linear in the report's size.
 */
final class Texts {
  private Texts() {}

  /** What receives each text and its path. */
  @FunctionalInterface
  interface Sink {
    /** Receives one text at its path. */
    void text(String path, String text);
  }

  static void walk(Report report, Sink sink) {
    report.headline().ifPresent(t -> sink.text("headline", t));
    report.standfirst().ifPresent(t -> sink.text("standfirst", t));
    report.dateline().ifPresent(t -> sink.text("dateline", t));
    for (int i = 0; i < report.updates().size(); i++) {
      optional("updates[" + i + "].text", report.updates().get(i).text(), sink);
    }
    for (Place p : report.places()) {
      String at = "places[" + p.id() + "]";
      sink.text(at + ".printedName", p.printedName());
      optional(at + ".canonicalName", p.canonicalName(), sink);
      list(at + ".aliases", p.aliases(), sink);
    }
    for (Party p : report.parties()) {
      String at = "parties[" + p.id() + "]";
      sink.text(at + ".name", p.name());
      list(at + ".aliases", p.aliases(), sink);
    }
    for (Source s : report.sources()) {
      source(s, sink);
    }
    for (Individual p : report.people()) {
      String at = Paths.person(p);
      sink.text(at + ".description", p.description());
      optional(at + ".rank", p.rank(), sink);
      list(at + ".health", p.health(), sink);
      for (int i = 0; i < p.relationships().size(); i++) {
        optional(at + ".relationships[" + i + "].phrase", p.relationships().get(i).phrase(), sink);
      }
    }
    for (Event e : report.events()) {
      String at = Paths.event(e);
      optional(at + ".label", e.label(), sink);
      location(at + ".location", e.location(), sink);
      for (int i = 0; i < e.targets().size(); i++) {
        sink.text(at + ".targets[" + i + "].description", e.targets().get(i).description());
      }
      for (int i = 0; i < e.means().size(); i++) {
        optional(at + ".means[" + i + "].phrase", e.means().get(i).phrase(), sink);
      }
    }
    for (Statement s : report.statements()) {
      sink.text(Paths.statement(s) + ".text", s.text());
      location(Paths.statement(s) + ".location", s.location(), sink);
    }
    for (Figure f : report.figures()) {
      String at = Paths.figure(f);
      optional(at + ".population.description", f.population().flatMap(p -> p.description()), sink);
      optional(at + ".outcomePhrase", f.outcomePhrase(), sink);
      location(at + ".location", f.location(), sink);
      for (int i = 0; i < f.relations().size(); i++) {
        if (f.relations().get(i) instanceof FigureRelation.ShareOf share) {
          optional(at + ".relations[" + i + "].baseDescription", share.baseDescription(), sink);
        }
      }
    }
    Paths.particulars(report, (path, x) -> particulars(path, x, sink));
  }

  private static void source(Source s, Sink sink) {
    String at = Paths.source(s);
    if (s instanceof Person p) {
      sink.text(at + ".name", p.name());
      optional(at + ".role", p.role(), sink);
    } else if (s instanceof Organisation o) {
      sink.text(at + ".name", o.name());
      optional(at + ".abbreviation", o.abbreviation(), sink);
    } else if (s instanceof Anonymous a) {
      sink.text(at + ".description", a.description());
      optional(at + ".reason", a.reason(), sink);
    } else if (s instanceof Collective c) {
      sink.text(at + ".description", c.description());
      optional(at + ".reason", c.reason(), sink);
    } else if (s instanceof Unspecified u) {
      optional(at + ".phrase", u.phrase(), sink);
    }
  }

  private static void particulars(String path, Particulars x, Sink sink) {
    optional(path + ".rank", x.rank(), sink);
    list(path + ".injuries", x.injuries(), sink);
    list(path + ".health", x.health(), sink);
    x.capture().ifPresent(c -> {
      optional(path + ".capture.by", c.by(), sink);
      location(path + ".capture.location", c.location(), sink);
    });
    List<Custody> custody = x.custody();
    for (int i = 0; i < custody.size(); i++) {
      optional(path + ".custody[" + i + "].conditions", custody.get(i).conditions(), sink);
      location(path + ".custody[" + i + "].location", custody.get(i).location(), sink);
    }
    List<Charge> charges = x.charges();
    for (int i = 0; i < charges.size(); i++) {
      String at = path + ".charges[" + i + "]";
      optional(at + ".article", charges.get(i).article(), sink);
      optional(at + ".code", charges.get(i).code(), sink);
      optional(at + ".description", charges.get(i).description(), sink);
    }
    List<Transfer> transfers = x.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      location(path + ".transfers[" + i + "].location", transfers.get(i).location(), sink);
    }
    List<Document> documents = x.documents();
    for (int i = 0; i < documents.size(); i++) {
      String at = path + ".documents[" + i + "]";
      sink.text(at + ".kind", documents.get(i).kind());
      optional(at + ".issuer", documents.get(i).issuer(), sink);
      optional(at + ".holderDescription", documents.get(i).holderDescription(), sink);
    }
    x.interpreting().ifPresent(in -> {
      optional(path + ".interpreting.interpreters", in.interpreters(), sink);
      optional(path + ".interpreting.assistedBy", in.assistedBy(), sink);
    });
    optional(path + ".captivity.phrase", x.captivity().flatMap(d -> d.phrase()), sink);
  }

  private static void location(String path, Optional<Location> location, Sink sink) {
    optional(path + ".phrase", location.flatMap(Location::phrase), sink);
  }

  private static void optional(String path, Optional<String> text, Sink sink) {
    text.ifPresent(t -> sink.text(path, t));
  }

  private static void list(String path, List<String> texts, Sink sink) {
    for (int i = 0; i < texts.size(); i++) {
      sink.text(path + "[" + i + "]", texts.get(i));
    }
  }
}
