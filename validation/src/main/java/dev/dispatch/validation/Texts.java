package dev.dispatch.validation;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.Means;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Link;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Every text a report holds, with its path, for the rule that looks for protected values in
 * them: every {@code String} the model holds (and every URI), whether the report prints it
 * (headline, statements, phrases of counts, dates, hedges and places), describes with it (people's,
 * targets', populations' and sources' descriptions, facet labels, charges, documents) or credits
 * with it (publisher, credit line, contributors, picture credits, syndication), down to the notes
 * of withheld values and the ids of the report's elements (an id is walked where its element is
 * defined; references resolve to those). Left out: the protected values themselves, which are what
 * is looked for, texts a type derives from others ({@code Source.label()}, {@code Place.name()},
 * an id's kind, a date's EDTF), and ISO country codes, a closed list that holds no name.
 * {@code TextsTest} reflects over the model's accessors to keep this walk complete. Linear in the
 * report's size.
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
    new Walk(sink).report(report);
  }

  /** One walk; the sink and the helpers that walk each kind of value. */
  private static final class Walk {
    private final Sink sink;

    Walk(Sink sink) {
      this.sink = sink;
    }

    void report(Report r) {
      text("id", r.id().value());
      uri("url", r.url());
      text("headline", r.headline());
      text("standfirst", r.standfirst());
      text("publisher", r.publisher());
      text("credit", r.credit());
      texts("contributors", r.contributors());
      text("language", r.language());
      List<Update> updates = r.updates();
      for (int i = 0; i < updates.size(); i++) {
        text("updates[" + i + "].text", updates.get(i).text());
      }
      text("dateline", r.dateline());
      r.syndication().ifPresent(this::syndication);
      texts("pictureCredits", r.pictureCredits());
      r.places().forEach(this::place);
      r.parties().forEach(this::party);
      r.sources().forEach(this::source);
      r.people().forEach(this::person);
      r.events().forEach(this::event);
      r.statements().forEach(this::statement);
      r.figures().forEach(this::figure);
      r.prisoners().forEach(this::prisoner);
      for (int i = 0; i < r.unlinked().size(); i++) {
        List<Particulars> shares = r.unlinked().get(i).shares();
        for (int j = 0; j < shares.size(); j++) {
          particulars("unlinked[" + i + "].shares[" + j + "]", shares.get(j));
        }
      }
    }

    private void syndication(Syndication s) {
      text("syndication.agency", s.agency());
      uri("syndication.original", s.original());
    }

    private void place(Place p) {
      String at = "places[" + p.id() + "]";
      text(at + ".id", p.id().value());
      text(at + ".printedName", p.printedName());
      text(at + ".canonicalName", p.canonicalName());
      texts(at + ".aliases", p.aliases());
      p.position().ifPresent(l -> location(at + ".position", l));
      for (int i = 0; i < p.control().size(); i++) {
        date(at + ".control[" + i + "].asOf", p.control().get(i).asOf());
      }
    }

    private void party(Party p) {
      String at = "parties[" + p.id() + "]";
      text(at + ".id", p.id().value());
      text(at + ".name", p.name());
      texts(at + ".aliases", p.aliases());
    }

    private void source(Source s) {
      String at = Paths.source(s);
      text(at + ".id", s.id().value());
      Variants.source(s, new Variants.SourceCases<Variants.Done>() {
        @Override
        public Variants.Done person(Person p) {
          text(at + ".name", p.name());
          text(at + ".role", p.role());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done organisation(Organisation o) {
          text(at + ".name", o.name());
          text(at + ".abbreviation", o.abbreviation());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done anonymous(Anonymous a) {
          text(at + ".description", a.description());
          text(at + ".reason", a.reason());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done collective(Collective c) {
          text(at + ".description", c.description());
          text(at + ".reason", c.reason());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done unspecified(Unspecified u) {
          text(at + ".phrase", u.phrase());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done individual(IndividualSource i) {
          return Variants.Done.DONE; // a person of the report speaking: their texts are the person's
        }

        @Override
        public Variants.Done own(OwnVoice o) {
          return Variants.Done.DONE;
        }
      });
    }

    private void person(Individual p) {
      String at = Paths.person(p);
      text(at + ".id", p.id().value());
      text(at + ".description", p.description());
      identity(at + ".identity", p.identity());
      text(at + ".rank", p.rank());
      p.age().ifPresent(c -> count(at + ".age", c));
      texts(at + ".health", p.health());
      List<Relationship> relationships = p.relationships();
      for (int i = 0; i < relationships.size(); i++) {
        text(at + ".relationships[" + i + "].phrase", relationships.get(i).phrase());
      }
    }

    private void event(Event e) {
      String at = Paths.event(e);
      text(at + ".id", e.id().value());
      text(at + ".label", e.label());
      date(at + ".time", e.time());
      e.location().ifPresent(l -> location(at + ".location", l));
      e.duration().ifPresent(d -> duration(at + ".duration", d));
      List<Actor> actors = e.actors();
      for (int i = 0; i < actors.size(); i++) {
        Actor a = actors.get(i);
        String actor = at + ".actors[" + i + "]";
        text(actor + ".description", a.description());
        a.attribution().ifPresent(x -> attribution(actor + ".attribution", x));
        a.hedge().ifPresent(h -> hedge(actor + ".hedge", h));
      }
      List<Means> means = e.means();
      for (int i = 0; i < means.size(); i++) {
        text(at + ".means[" + i + "].phrase", means.get(i).phrase());
      }
      for (int i = 0; i < e.targets().size(); i++) {
        text(at + ".targets[" + i + "].description", e.targets().get(i).description());
      }
    }

    private void statement(Statement s) {
      String at = Paths.statement(s);
      text(at + ".id", s.id().value());
      attribution(at + ".attribution", s.attribution());
      text(at + ".text", s.text());
      s.hedge().ifPresent(h -> hedge(at + ".hedge", h));
      date(at + ".eventTime", s.eventTime());
      s.location().ifPresent(l -> location(at + ".location", l));
    }

    private void figure(Figure f) {
      String at = Paths.figure(f);
      text(at + ".id", f.id().value());
      text(at + ".outcomePhrase", f.outcomePhrase());
      count(at + ".count", f.count());
      f.population().ifPresent(p -> text(at + ".population.description", p.description()));
      f.location().ifPresent(l -> location(at + ".location", l));
      f.timeframe().ifPresent(t -> timeframe(at + ".timeframe", t));
      attributions(at, f.attributions());
      f.hedge().ifPresent(h -> hedge(at + ".hedge", h));
      breakdowns(at, f.breakdowns());
      List<FigureRelation> relations = f.relations();
      for (int i = 0; i < relations.size(); i++) {
        relation(at + ".relations[" + i + "]", relations.get(i));
      }
    }

    private void timeframe(String at, Timeframe t) {
      Variants.timeframe(t, during -> {
        date(at + ".period", Optional.of(during.period()));
        return Variants.Done.DONE;
      }, over -> {
        duration(at + ".length", over.length());
        date(at + ".ending", over.ending());
        return Variants.Done.DONE;
      }, cumulative -> {
        date(at + ".since", cumulative.since());
        date(at + ".asOf", cumulative.asOf());
        return Variants.Done.DONE;
      });
    }

    private void relation(String at, FigureRelation r) {
      Variants.relation(r, new Variants.RelationCases<Variants.Done>() {
        @Override
        public Variants.Done revises(FigureRelation.Revises x) {
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done shareOf(FigureRelation.ShareOf x) {
          proportion(at + ".share", x.share());
          text(at + ".baseDescription", x.baseDescription());
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done sumOf(FigureRelation.SumOf x) {
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done excludedFrom(FigureRelation.ExcludedFrom x) {
          return Variants.Done.DONE;
        }

        @Override
        public Variants.Done comparedWith(FigureRelation.ComparedWith x) {
          return Variants.Done.DONE;
        }
      });
    }

    /** Recursion is bounded by {@link Breakdown#MAX_DEPTH}. */
    private void breakdowns(String path, List<Breakdown> breakdowns) {
      for (int i = 0; i < breakdowns.size(); i++) {
        List<Part> parts = breakdowns.get(i).parts();
        for (int j = 0; j < parts.size(); j++) {
          part(path + ".breakdowns[" + i + "].parts[" + j + "]", parts.get(j));
        }
      }
    }

    private void part(String at, Part p) {
      List<Facet> facets = p.facets();
      for (int i = 0; i < facets.size(); i++) {
        if (facets.get(i) instanceof Facet.Label label) {
          text(at + ".facets[" + i + "].name", label.name());
          text(at + ".facets[" + i + "].value", label.value());
        }
      }
      count(at + ".count", p.count());
      attributions(at, p.attributions());
      date(at + ".date", p.date());
      p.hedge().ifPresent(h -> hedge(at + ".hedge", h));
      p.share().ifPresent(s -> proportion(at + ".share", s));
      breakdowns(at, p.breakdowns());
    }

    private void prisoner(Prisoner p) {
      String at = Paths.prisoner(p);
      text(at + ".id", p.id().value());
      identity(at + ".identity", p.identity());
      particulars(at + ".particulars", p.particulars());
    }

    private void particulars(String at, Particulars x) {
      x.age().ifPresent(c -> count(at + ".age", c));
      text(at + ".rank", x.rank());
      x.capture().ifPresent(c -> capture(at + ".capture", c));
      texts(at + ".injuries", x.injuries());
      texts(at + ".health", x.health());
      List<Custody> custody = x.custody();
      for (int i = 0; i < custody.size(); i++) {
        Custody c = custody.get(i);
        String spell = at + ".custody[" + i + "]";
        c.location().ifPresent(l -> location(spell + ".location", l));
        date(spell + ".period", c.period());
        text(spell + ".conditions", c.conditions());
      }
      List<Charge> charges = x.charges();
      for (int i = 0; i < charges.size(); i++) {
        Charge c = charges.get(i);
        String charge = at + ".charges[" + i + "]";
        text(charge + ".article", c.article());
        text(charge + ".code", c.code());
        text(charge + ".description", c.description());
        date(charge + ".date", c.date());
      }
      List<Transfer> transfers = x.transfers();
      for (int i = 0; i < transfers.size(); i++) {
        Transfer t = transfers.get(i);
        String transfer = at + ".transfers[" + i + "]";
        date(transfer + ".date", t.date());
        t.location().ifPresent(l -> location(transfer + ".location", l));
      }
      x.captivity().ifPresent(d -> duration(at + ".captivity", d));
      List<Document> documents = x.documents();
      for (int i = 0; i < documents.size(); i++) {
        document(at + ".documents[" + i + "]", documents.get(i));
      }
      x.interpreting().ifPresent(in -> interpreting(at + ".interpreting", in));
    }

    private void capture(String at, Capture c) {
      date(at + ".date", c.date());
      c.location().ifPresent(l -> location(at + ".location", l));
      text(at + ".by", c.by());
    }

    private void document(String at, Document d) {
      text(at + ".kind", d.kind());
      text(at + ".issuer", d.issuer());
      text(at + ".holderDescription", d.holderDescription());
      note(at + ".holderName", d.holderName());
      note(at + ".holderDateOfBirth", d.holderDateOfBirth());
      note(at + ".number", d.number());
    }

    private void interpreting(String at, Interpreting in) {
      text(at + ".language", in.language());
      text(at + ".interpreters", in.interpreters());
      text(at + ".assistedBy", in.assistedBy());
    }

    private void identity(String at, Identity identity) {
      note(at + ".name", identity.name());
      note(at + ".partialName", identity.partialName());
      note(at + ".dateOfBirth", identity.dateOfBirth());
      note(at + ".face", identity.face());
    }

    /** A withheld value's note ("blurred by CNN"); the value itself is what is looked for, not a text. */
    private void note(String at, Protected<?> value) {
      text(at + ".note", value.note());
    }

    private void attributions(String at, List<Attribution> attributions) {
      for (int i = 0; i < attributions.size(); i++) {
        attribution(at + ".attributions[" + i + "]", attributions.get(i));
      }
    }

    private void attribution(String at, Attribution a) {
      List<Link> links = a.links();
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        String link = at + ".links[" + i + "]";
        l.channel().ifPresent(c -> text(link + ".channel.platform", c.platform()));
        date(link + ".when", l.when());
      }
    }

    private void location(String at, Location l) {
      text(at + ".phrase", l.phrase());
    }

    private void hedge(String at, Hedge h) {
      text(at + ".phrase", h.phrase());
    }

    private void date(String at, Optional<DateMention> m) {
      m.ifPresent(x -> text(at + ".phrase", x.phrase()));
    }

    private void duration(String at, DurationMention d) {
      text(at + ".phrase", d.phrase());
      count(at + ".length", d.length());
    }

    private void count(String at, Count c) {
      text(at + ".phrase", c.phrase());
      text(at + ".noun", c.noun());
      text(at + ".unit", c.unit().code());
    }

    private void proportion(String at, Proportion p) {
      text(at + ".phrase", p.phrase());
    }

    private void uri(String at, Optional<URI> uri) {
      uri.ifPresent(u -> text(at, u.toString()));
    }

    private void texts(String at, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        text(at + "[" + i + "]", texts.get(i));
      }
    }

    private void text(String at, Optional<String> text) {
      text.ifPresent(t -> sink.text(at, t));
    }

    private void text(String at, String text) {
      sink.text(at, text);
    }
  }

}
