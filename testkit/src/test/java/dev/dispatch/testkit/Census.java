package dev.dispatch.testkit;

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
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.PlaceId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Link;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks reports and records what they hold: every enum constant met anywhere in them, and named
 * features (a kind of source, a relation between figures, a breakdown three levels deep). Tests
 * assert that generators cover the whole model and that fixtures hold their patterns.
 */
final class Census {
  private final Map<Class<?>, Set<Enum<?>>> constants = new HashMap<>();
  private final Set<String> features = new TreeSet<>();
  private final Set<Character.UnicodeScript> scripts = new HashSet<>();
  /** Every date mention met, wherever it was. */
  final List<DateMention> mentions = new ArrayList<>();
  /** Every protected value met, wherever it was. */
  final List<Protected<?>> protectedValues = new ArrayList<>();

  /** A census of the reports. */
  static Census of(Collection<Report> reports) {
    Census c = new Census();
    reports.forEach(c::report);
    return c;
  }

  /** The constants of {@code type} met, by name. */
  Set<String> seen(Class<? extends Enum<?>> type) {
    Set<String> names = new TreeSet<>();
    constants.getOrDefault(type, Set.of()).forEach(e -> names.add(e.name()));
    return names;
  }

  /** The constants of {@code type} never met. */
  Set<String> missing(Class<? extends Enum<?>> type) {
    Set<String> names = new TreeSet<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(e.name());
    }
    names.removeAll(seen(type));
    return names;
  }

  boolean has(String feature) {
    return features.contains(feature);
  }

  Set<String> features() {
    return features;
  }

  boolean hasScript(Character.UnicodeScript script) {
    return scripts.contains(script);
  }

  private void see(Enum<?> e) {
    constants.computeIfAbsent(e.getDeclaringClass(), k -> new HashSet<>()).add(e);
  }

  private void feature(String name) {
    features.add(name);
  }

  private void text(String s) {
    s.codePoints().forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
  }

  void report(Report r) {
    r.headline().ifPresentOrElse(h -> text(h), () -> feature("report without headline"));
    r.standfirst().ifPresent(s -> feature("standfirst"));
    r.syndication().ifPresent(s -> feature(s.original().isPresent() ? "syndication with original" : "syndication"));
    if (!r.pictureCredits().isEmpty()) {
      feature("picture credits");
    }
    if (r.truncated()) {
      feature("truncated report");
    }
    r.published().ifPresentOrElse(p -> feature("published " + kind(p)), () -> feature("no publication date"));
    for (Update u : r.updates()) {
      see(u.kind());
      feature(u.kind() + (u.when().isPresent() ? " dated" : " undated") + (u.text().isPresent() ? "" : " without text"));
    }
    r.places().forEach(p -> place(r, p));
    r.parties().forEach(this::party);
    r.people().forEach(this::person);
    r.sources().forEach(this::source);
    r.events().forEach(this::event);
    r.statements().forEach(this::statement);
    r.figures().forEach(this::figure);
    r.prisoners().forEach(this::prisoner);
    for (UnlinkedFacts u : r.unlinked()) {
      feature("unlinked facts");
      u.shares().forEach(this::particulars);
    }
  }

  private static String kind(DateValue v) {
    if (v instanceof DateInterval i) {
      return i.start().isEmpty() ? "interval open start" : i.end().isEmpty() ? "interval open end" : "interval";
    }
    PartialDate d = (PartialDate) v;
    return d.precision() + (d.year().isEmpty() ? " without year" : "") + (d.approximate() ? " approximate" : "")
        + (d.uncertain() ? " uncertain" : "");
  }

  private void place(Report r, Place p) {
    text(p.printedName());
    p.kind().ifPresent(this::see);
    if (p.kind().isPresent() && p.kind().get().isSite()) {
      feature("site");
    }
    int depth = 0;
    Optional<PlaceId> up = p.within();
    while (up.isPresent()) {
      depth++;
      up = r.place(up.get()).orElseThrow().within();
    }
    if (depth >= 3) {
      feature("place within a place within a place");
    }
    for (Control c : p.control()) {
      feature(c.asOf().isPresent() ? "control as of a date" : "control");
      c.asOf().ifPresent(this::mention);
    }
    p.coordinates().ifPresent(c -> see(c.precision()));
  }

  private void party(Party p) {
    see(p.kind());
    text(p.name());
    for (PartyRelation rel : p.relations()) {
      see(rel.kind());
    }
  }

  private void person(Individual p) {
    feature("person mentioned");
    identity(p.identity());
    p.role().ifPresent(this::see);
    p.age().ifPresent(this::count);
    for (Relationship rel : p.relationships()) {
      see(rel.kind());
      feature("relationship to " + rel.to().kind());
    }
  }

  private void identity(Identity i) {
    protect("name", i.name());
    protect("partial name", i.partialName());
    protect("date of birth", i.dateOfBirth());
    protect("face", i.face());
  }

  private void protect(String what, Protected<?> p) {
    protectedValues.add(p);
    see(p.state());
    p.release().ifPresent(this::see);
    feature(what + " " + p.state());
    p.reveal().ifPresent(v -> text(v.toString()));
  }

  private void source(Source s) {
    feature("source " + s.getClass().getSimpleName().replace("Immutable", ""));
    text(s.label());
    if (s instanceof Organisation o) {
      see(o.kind());
      o.party().ifPresent(p -> feature("organisation run by a party"));
      o.parent().ifPresent(p -> feature("organisation with a parent"));
    } else if (s instanceof Anonymous a) {
      see(a.anonymity());
    } else if (s instanceof Collective c) {
      c.anonymity().ifPresent(a -> {
        see(a);
        feature("anonymous collective");
      });
      if (!c.members().isEmpty()) {
        feature("collective with members");
      }
    } else if (s instanceof OwnVoice v) {
      see(v.voice());
    } else if (s instanceof Unspecified u) {
      u.phrase().ifPresent(p -> feature("unspecified source with phrase"));
    }
  }

  private void event(Event e) {
    see(e.kind());
    e.time().ifPresent(this::mention);
    e.location().ifPresent(this::location);
    for (Actor a : e.actors()) {
      feature("actor");
      a.attribution().ifPresent(at -> {
        feature("attributed actor");
        attribution(at);
      });
      a.hedge().ifPresent(this::hedge);
    }
    for (Means m : e.means()) {
      see(m.kind());
    }
    e.targets().forEach(t -> feature(t.place().isPresent() ? "target at a place" : "target"));
    e.exchange().ifPresent(x -> {
      feature("exchange");
      if (!x.mediators().isEmpty()) {
        feature("exchange with mediator");
      }
      if (x.sides().stream().allMatch(side -> !side.counts().isEmpty())) {
        feature("exchange with counts on both sides");
      }
    });
  }

  private void statement(Statement s) {
    see(s.stance());
    text(s.text());
    attribution(s.attribution());
    s.hedge().ifPresent(this::hedge);
    if (s.truncated()) {
      feature("truncated statement");
    }
    s.eventTime().ifPresent(this::mention);
    s.location().ifPresent(this::location);
  }

  private void attribution(Attribution a) {
    if (a.links().size() >= 3) {
      feature("chain of three links or more");
    }
    for (Link l : a.links()) {
      see(l.mode());
      see(l.status());
      l.channel().ifPresent(c -> see(c.kind()));
      l.when().ifPresent(this::mention);
    }
  }

  private void hedge(Hedge h) {
    see(h.kind());
  }

  private void location(Location l) {
    see(l.relation());
    feature(l.places().isEmpty() ? "location naming no place" : l.places().size() > 1 ? "location naming several places"
        : "location naming one place");
  }

  void mention(DateMention m) {
    mentions.add(m);
    m.value().ifPresentOrElse(v -> feature("date " + kind(v)), () -> feature(m.relative().isPresent()
        ? "date relative term" : m.time().isPresent() ? "date time only" : "date unresolved"));
    m.value().ifPresent(v -> {
      if (v instanceof PartialDate d) {
        see(d.precision());
        d.season().ifPresent(this::see);
      }
    });
    m.time().ifPresent(t -> feature(t.offset().isPresent() ? "time with zone" : "time without zone"));
    m.reference().ifPresent(ref -> {
      see(ref.origin());
      feature("resolved against " + (ref.date() instanceof DateInterval ? "an interval"
          : ((PartialDate) ref.date()).approximate() ? "an approximate day" : "a day"));
    });
    m.relative().ifPresent(this::see);
  }

  void count(Count c) {
    see(c.qualifier());
    c.magnitude().ifPresent(this::see);
    feature("unit " + c.unit());
    if (c.estimate().isPresent()) {
      feature("count with estimate");
    }
    if (c.noun().isPresent()) {
      feature("count with noun");
    }
    if (c.phrase().isPresent()) {
      feature("count with phrase");
    }
  }

  private void duration(DurationMention d) {
    count(d.length());
    feature("duration in " + d.length().unit());
  }

  private void figure(Figure f) {
    see(f.measure());
    f.outcomes().forEach(this::see);
    f.outcomePhrase().ifPresent(p -> feature("outcome phrase"));
    count(f.count());
    f.population().ifPresent(this::population);
    f.location().ifPresent(this::location);
    f.timeframe().ifPresent(t -> {
      if (t instanceof Timeframe.During during) {
        feature("timeframe during");
        mention(during.period());
      } else {
        Timeframe.Cumulative c = (Timeframe.Cumulative) t;
        feature("timeframe cumulative" + (c.since().isPresent() ? " since" : "") + (c.asOf().isPresent() ? " as of" : ""));
        c.since().ifPresent(this::mention);
        c.asOf().ifPresent(this::mention);
      }
    });
    f.basis().ifPresent(this::see);
    f.scope().ifPresent(this::see);
    f.event().ifPresent(e -> feature("figure about an event"));
    if (f.attributions().size() >= 2) {
      feature("joint attribution");
    }
    if (f.attributions().isEmpty()) {
      feature("unattributed figure");
    }
    f.attributions().forEach(this::attribution);
    f.hedge().ifPresent(this::hedge);
    for (Breakdown b : f.breakdowns()) {
      breakdown(b, 1);
    }
    for (FigureRelation rel : f.relations()) {
      feature("relation " + rel.getClass().getSimpleName());
      if (rel instanceof FigureRelation.ShareOf share) {
        feature(share.base().isPresent() ? "share of a figure" : "share of a described whole");
        proportion(share.share());
      }
      if (rel instanceof FigureRelation.ComparedWith compared && compared.explanation().isPresent()) {
        feature("comparison explained");
      }
    }
  }

  private void proportion(Proportion p) {
    see(p.qualifier());
    feature("proportion " + p.qualifier());
  }

  private void breakdown(Breakdown b, int level) {
    see(b.completeness());
    feature("breakdown level " + level);
    for (Part p : b.parts()) {
      count(p.count());
      if (p.facets().size() > 1) {
        feature("part of two dimensions");
      }
      for (Facet facet : p.facets()) {
        see(facet.dimension());
        if (facet instanceof Facet.Outcomes outcomes) {
          outcomes.outcomes().forEach(this::see);
        } else if (facet instanceof Facet.Age age) {
          see(age.group());
        } else if (facet instanceof Facet.OfSex sex) {
          see(sex.sex());
        } else if (facet instanceof Facet.Status status) {
          see(status.status());
        }
      }
      if (!p.attributions().isEmpty()) {
        feature("part from another source");
        p.attributions().forEach(this::attribution);
      }
      p.date().ifPresent(d -> {
        feature("part of another date");
        mention(d);
      });
      p.hedge().ifPresent(this::hedge);
      for (Breakdown inner : p.breakdowns()) {
        breakdown(inner, level + 1);
      }
    }
  }

  private void population(Population p) {
    p.status().ifPresent(this::see);
    if (p.force().isPresent() || p.side().isPresent()) {
      feature("population of a party");
    }
  }

  private void prisoner(Prisoner p) {
    feature("prisoner");
    identity(p.identity());
    particulars(p.particulars());
  }

  private void particulars(Particulars x) {
    x.age().ifPresent(a -> {
      feature("age");
      count(a);
    });
    x.rank().ifPresent(rank -> feature("rank"));
    x.role().ifPresent(this::see);
    x.capture().ifPresent(c -> {
      feature("capture");
      c.date().ifPresent(this::mention);
      c.location().ifPresent(this::location);
      c.event().ifPresent(e -> feature("capture event"));
    });
    see(x.wounded());
    if (!x.health().isEmpty()) {
      feature("health");
    }
    if (x.custody().size() >= 2) {
      feature("several places of detention");
    }
    for (Custody c : x.custody()) {
      c.period().ifPresent(this::mention);
      c.location().ifPresent(this::location);
    }
    for (Charge c : x.charges()) {
      feature(c.article().isPresent() ? "charge under an article" : "charge described");
      c.authority().ifPresent(a -> feature("charge with authority"));
      c.date().ifPresent(this::mention);
    }
    for (Transfer t : x.transfers()) {
      see(t.kind());
      t.date().ifPresent(this::mention);
      t.location().ifPresent(this::location);
      t.event().ifPresent(e -> feature("transfer event"));
    }
    x.captivity().ifPresent(this::duration);
    for (Document d : x.documents()) {
      see(d.issuedTo());
      protect("document holder name", d.holderName());
      protect("document date of birth", d.holderDateOfBirth());
      protect("document number", d.number());
    }
    if (x.carriedNoDocuments()) {
      feature("carried no documents");
    }
    if (!x.statements().isEmpty()) {
      feature("prisoner's statements");
    }
    x.interpreting().ifPresent(i -> feature("interpreting"));
    x.legalStatus().ifPresent(this::see);
  }

  /** The enum types whose every constant generated reports must hold. */
  static List<Class<? extends Enum<?>>> modelEnums() {
    return List.of(dev.dispatch.count.Qualifier.class, dev.dispatch.count.Magnitude.class,
        dev.dispatch.figure.Outcome.class, dev.dispatch.figure.Measure.class, dev.dispatch.figure.AgeGroup.class,
        dev.dispatch.figure.Sex.class, dev.dispatch.figure.CombatantStatus.class, dev.dispatch.figure.Completeness.class,
        dev.dispatch.figure.CountingBasis.class, dev.dispatch.figure.CountingScope.class, Facet.Dimension.class,
        dev.dispatch.event.EventKind.class, dev.dispatch.event.MeansKind.class, dev.dispatch.party.PartyKind.class,
        PartyRelation.Kind.class, dev.dispatch.person.PersonRole.class, Relationship.Kind.class,
        dev.dispatch.place.PlaceKind.class, dev.dispatch.place.Relation.class, dev.dispatch.place.GeoPrecision.class,
        dev.dispatch.prisoner.TransferKind.class, dev.dispatch.prisoner.LegalStatus.class,
        dev.dispatch.prisoner.Wounded.class, dev.dispatch.prisoner.IssuedTo.class, Protected.State.class,
        Protected.Release.class, dev.dispatch.report.UpdateKind.class, dev.dispatch.source.Anonymity.class,
        dev.dispatch.source.ChannelKind.class, dev.dispatch.source.HedgeKind.class, dev.dispatch.source.Mode.class,
        dev.dispatch.source.OrganisationKind.class, dev.dispatch.source.Verification.class,
        dev.dispatch.source.Voice.class, dev.dispatch.statement.Stance.class, dev.dispatch.time.Precision.class,
        dev.dispatch.time.ReferenceOrigin.class, dev.dispatch.time.RelativeTerm.class, dev.dispatch.time.Season.class);
  }
}
