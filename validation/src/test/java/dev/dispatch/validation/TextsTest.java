package dev.dispatch.validation;

import static dev.dispatch.validation.Qt.gen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.EventKind;
import dev.dispatch.event.Means;
import dev.dispatch.event.MeansKind;
import dev.dispatch.event.Target;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
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
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
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
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Unspecified;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.Generators;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts} walks every text of a report. The model's types are found by reflection, from
 * {@link Report} down through every accessor (and every permitted subclass of a sealed type); each
 * property whose value is text ({@code String}, {@code URI}, or an optional or a list of them) must
 * either be walked or be listed below as no text of the report, with the reason. Then a report
 * that sets every such property, and a thousand generated reports, are read by reflection: every
 * text they hold must be one the walk gives. A property core adds fails this test until the walk
 * covers it.
 */
class TextsTest {

  /** Text properties that are not texts of the report, and why. */
  private static final Map<String, String> NOT_TEXTS = notTexts();

  private static Map<String, String> notTexts() {
    Map<String, String> m = new TreeMap<>();
    m.put("place.Place.name", "the canonical name, else the printed one: both walked");
    m.put("place.CountryCode.alpha2", "an ISO 3166 code from a closed list");
    for (String source : List.of("Person", "Organisation", "Anonymous", "Collective", "Unspecified",
        "IndividualSource", "OwnVoice")) {
      m.put("source." + source + ".label", "made of the source's name or description, both walked");
    }
    for (String facet : List.of("Outcomes", "Age", "OfSex", "Status", "InPlace", "OfParty", "HeldBy", "Label")) {
      m.put("figure.Facet.%s.dimensionKey".formatted(facet), "the dimension's name, and a label's name (walked)");
    }
    for (String id : List.of("ReportId", "PlaceId", "PartyId", "SourceId", "PersonId", "EventId", "StatementId",
        "FigureId", "PrisonerId")) {
      m.put("id." + id + ".kind", "the kind of id, a constant");
    }
    m.put("time.PartialDate.toEdtf", "the date in EDTF, from its fields");
    m.put("time.DateInterval.toEdtf", "the interval in EDTF, from its dates");
    return m;
  }

  /** Methods that are operations or derived views, not properties. */
  private static boolean property(Method m) {
    String n = m.getName();
    return !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
        && !n.equals("toString") && !n.equals("hashCode") && !n.equals("getClass") && !n.equals("redacted")
        && !n.equals("references") && !n.startsWith("with") && !n.startsWith("plus") && !n.startsWith("is")
        && m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Record.class
        && m.getDeclaringClass() != Enum.class;
  }

  private static boolean model(Class<?> c) {
    return c.getName().startsWith("dev.dispatch.") && !c.isEnum() && !c.isPrimitive();
  }

  private static boolean text(Class<?> c) {
    return c == String.class || c == URI.class;
  }

  private static String name(Class<?> c, Method m) {
    return c.getName().substring("dev.dispatch.".length()).replace('$', '.') + "." + m.getName();
  }

  /** The concrete types a value of {@code c} may be: the permitted subclasses of a sealed type, else itself. */
  private static List<Class<?>> concrete(Class<?> c) {
    if (!c.isSealed()) {
      return List.of(c);
    }
    List<Class<?>> all = new java.util.ArrayList<>();
    for (Class<?> sub : c.getPermittedSubclasses()) {
      all.addAll(concrete(sub));
    }
    return all;
  }

  /** The class a property's value (or its elements) is of; {@code Void} for a type variable. */
  private static Class<?> element(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
        return element(p.getActualTypeArguments()[0]);
      }
      return raw;
    }
    return Void.class;
  }

  /** Every text property of every type reachable from {@link Report}. */
  private static Set<String> textProperties() {
    Set<String> found = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(concrete(Report.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.removeFirst();
      if (!seen.add(c)) {
        continue;
      }
      for (Method m : c.getMethods()) {
        if (!property(m)) {
          continue;
        }
        Class<?> e = element(m.getGenericReturnType());
        if (text(e)) {
          found.add(name(c, m));
        } else if (model(e)) {
          todo.addAll(concrete(e));
        }
      }
    }
    return found;
  }

  /** A public model type and its accessors whose values are texts or model values. */
  private record Accessors(Class<?> type, List<Method> methods) {}

  private static final Map<Class<?>, Accessors> ACCESSORS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Accessors accessors(Class<?> runtime) {
    return ACCESSORS.computeIfAbsent(runtime, r -> {
      Class<?> type = concrete(publicType(r)).stream().filter(c -> c.isAssignableFrom(r)).findFirst()
          .orElseThrow(() -> new AssertionError("no public type for " + r));
      List<Method> methods = new java.util.ArrayList<>();
      for (Method m : type.getMethods()) {
        Class<?> e = element(m.getGenericReturnType());
        if (property(m) && (text(e) || model(e))) {
          methods.add(m);
        }
      }
      return new Accessors(type, methods);
    });
  }

  /** Every text a value holds, by property, read by reflection through the same accessors. */
  private static void read(Object value, Map<String, Set<String>> texts) throws ReflectiveOperationException {
    Accessors accessors = accessors(value.getClass());
    Class<?> type = accessors.type();
    for (Method m : accessors.methods()) {
      Class<?> e = element(m.getGenericReturnType());
      Object got = m.invoke(value);
      for (Object each : values(got)) {
        if (text(e)) {
          texts.computeIfAbsent(name(type, m), k -> new TreeSet<>()).add(each.toString());
        } else {
          read(each, texts);
        }
      }
    }
  }

  private static List<Object> values(Object got) {
    if (got instanceof Optional<?> o) {
      return o.<List<Object>>map(List::of).orElse(List.of());
    }
    if (got instanceof Collection<?> c) {
      return List.copyOf(c);
    }
    return List.of(got);
  }

  /** The public model type of a value: its class, or the public type an Immutables class extends. */
  private static Class<?> publicType(Class<?> c) {
    Class<?> t = c;
    while (!Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    for (Class<?> i : t.getInterfaces()) {
      if (i.isSealed() && model(i)) {
        return i;
      }
    }
    return t;
  }

  private static Set<String> walked(Report report) {
    Set<String> texts = new HashSet<>();
    Texts.walk(report, (path, text) -> texts.add(text));
    return texts;
  }

  private static Map<String, Set<String>> missed(Report report) throws ReflectiveOperationException {
    Map<String, Set<String>> held = new TreeMap<>();
    read(report, held);
    Set<String> walked = walked(report);
    Map<String, Set<String>> missed = new TreeMap<>();
    held.keySet().removeAll(NOT_TEXTS.keySet());
    held.forEach((property, texts) -> texts.stream().filter(t -> !walked.contains(t))
        .forEach(t -> missed.computeIfAbsent(property, k -> new TreeSet<>()).add(t)));
    return missed;
  }

  @Test
  void everyTextPropertyIsWalkedOrSaidNotToBeAText() throws ReflectiveOperationException {
    Map<String, Set<String>> held = new TreeMap<>();
    read(everything(), held);
    Set<String> expected = new TreeSet<>(textProperties());
    expected.removeAll(NOT_TEXTS.keySet());
    Set<String> unset = new TreeSet<>(expected);
    unset.removeAll(held.keySet());
    assertEquals(Set.of(), unset, "text properties the full report below does not set: set them, and walk them");
    assertEquals(Map.of(), missed(everything()), "texts the walk does not give");
    Set<String> stale = new TreeSet<>(NOT_TEXTS.keySet());
    stale.removeAll(textProperties());
    assertEquals(Set.of(), stale, "properties listed as no text that no longer exist");
  }

  @Test
  void propertyEveryTextOfAGeneratedReportIsWalked() {
    qt().withExamples(1_000).forAll(gen(Generators.reports(8))).checkAssert(r -> {
      try {
        assertEquals(Map.of(), missed(r));
      } catch (ReflectiveOperationException e) {
        throw new LinkageError(e.getMessage(), e);
      }
    });
  }

  // --- a report that sets every text property --------------------------------------------------

  private static DateMention date(String phrase) {
    return DateMention.of(phrase, PartialDate.of(2025, 1, 1));
  }

  private static Count count(String what) {
    return Count.exactly(3).withPhrase("three " + what).withNoun(what + "s");
  }

  private static Attribution said(String what) {
    return Attribution.of(SourceId.of("org"), Mode.PARAPHRASE).withChannel(Channel.of(ChannelKind.VIDEO,
        what + " platform")).withWhen(date("when " + what + " said"));
  }

  private static Protected<String> withheld(String what) {
    return Protected.withheld("note on the " + what);
  }

  private static Particulars particulars(String whose) {
    return Particulars.builder().age(count(whose + " age").withUnit(Unit.YEARS)).rank(whose + " rank")
        .capture(Capture.by(whose + " capturing unit").withDate(date(whose + " capture date"))
            .withLocation(Location.described(Relation.NEAR, whose + " capture place")))
        .addInjuries(whose + " injury").addHealth(whose + " health")
        .addCustody(Custody.heldBy(SourceId.of("org")).withLocation(Location.described(Relation.IN, whose + " jail"))
            .withPeriod(date(whose + " custody period")).withConditions(whose + " conditions"))
        .addCharges(Charge.under(whose + " article", whose + " code").withDescription(whose + " charge")
            .withDate(date(whose + " charge date")))
        .addTransfers(Transfer.of(TransferKind.TRANSFERRED).withDate(date(whose + " transfer date"))
            .withLocation(Location.described(Relation.IN, whose + " transfer place")))
        .captivity(DurationMention.of(whose + " captivity", count(whose + " captivity length").withUnit(Unit.DAYS)))
        .addDocuments(Document.builder().kind(whose + " document").issuer(whose + " issuer")
            .issuedTo(IssuedTo.ANOTHER_PERSON)
            .holderDescription(whose + " holder").holderName(withheld(whose + " holder name"))
            .holderDateOfBirth(Protected.withheld("note on the " + whose + " holder's birth"))
            .number(withheld(whose + " number")).build())
        .interpreting(Interpreting.in(whose.equals("prisoner") ? "uk" : "ko").withInterpreters(whose + " interpreters")
            .withAssistedBy(whose + " assistant"))
        .build();
  }

  private static Identity identity(String whose) {
    return new Identity(withheld(whose + " name"), withheld(whose + " partial name"),
        Protected.withheld("note on the " + whose + " birth"), withheld(whose + " face"));
  }

  /** Every text property set, each to its own text. */
  static Report everything() {
    Part part = Part.builder().addFacets(Facet.label("label name", "label value")).count(count("part"))
        .addAttributions(said("part")).date(date("part date")).hedge(Hedge.of(HedgeKind.BELIEVED, "part hedge"))
        .share(Proportion.percent(10).withPhrase("part share")).build();
    Figure during = Figure.builder().id(FigureId.of("during")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .outcomePhrase("outcome phrase").count(count("figure"))
        .population(Population.builder().description("population").build())
        .location(Location.described(Relation.IN, "figure place")).timeframe(Timeframe.during(date("period")))
        .addAttributions(said("figure")).hedge(Hedge.of(HedgeKind.ALLEGED, "figure hedge"))
        .addBreakdowns(Breakdown.partial(part)).build();
    Figure over = Figure.builder().id(FigureId.of("over")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.exactly(1)).timeframe(Timeframe.over(DurationMention.of("length", count("length")
            .withUnit(Unit.HOURS)), date("ending")))
        .addRelations(FigureRelation.shareOf(Proportion.percent(40).withPhrase("share phrase"), "base description"))
        .build();
    Figure cumulative = Figure.builder().id(FigureId.of("cumulative")).measure(Measure.PEOPLE)
        .addOutcomes(Outcome.KILLED).count(Count.exactly(2))
        .timeframe(Timeframe.cumulative(date("since"), date("as of"))).build();
    return Report.builder().id(ReportId.of("everything")).url(URI.create("https://example.org/url"))
        .headline("headline").standfirst("standfirst").publisher("publisher").credit("credit")
        .addContributors("contributor").language("en").published(PartialDate.of(2025, 2, 1))
        .addUpdates(Update.of(PartialDate.of(2025, 2, 2), "update text")).dateline("dateline")
        .syndication(Syndication.of("agency", URI.create("https://example.org/original")))
        .addPictureCredits("picture credit")
        .addPlaces(Place.builder().id(PlaceId.of("place")).printedName("printed name").canonicalName("canonical name")
            .addAliases("place alias").position(Location.described(Relation.NEAR, "position"))
            .addControl(Control.by(PartyId.of("party"), date("control date"))).build())
        .addParties(Party.builder().id(PartyId.of("party")).name("party name").addAliases("party alias")
            .kind(PartyKind.STATE).build())
        .addSources(Organisation.builder().id(SourceId.of("org")).name("organisation name")
                .abbreviation("abbreviation").kind(OrganisationKind.MILITARY).build(),
            Person.builder().id(SourceId.of("person")).name("person name").role("person role").build(),
            Anonymous.builder().id(SourceId.of("anonymous")).description("anonymous description")
                .anonymity(Anonymity.GRANTED).reason("anonymous reason").build(),
            Collective.builder().id(SourceId.of("collective")).description("collective description")
                .anonymity(Anonymity.GRANTED).reason("collective reason").build(),
            Unspecified.of(SourceId.of("unspecified"), "unspecified phrase"),
            IndividualSource.of(SourceId.of("individual"), PersonId.of("someone")),
            OwnVoice.of(SourceId.of("own"), Voice.OBSERVATION))
        .addPeople(Individual.builder().id(PersonId.of("someone")).description("person description")
            .identity(identity("person")).rank("person rank").age(count("person age").withUnit(Unit.MONTHS))
            .addHealth("person health")
            .addRelationships(Relationship.of(Relationship.Kind.SIBLING, PrisonerId.of("prisoner"),
                "relationship phrase"))
            .build())
        .addEvents(Event.builder().id(EventId.of("event")).kind(EventKind.STRIKE).label("event label")
            .time(date("event time")).location(Location.described(Relation.IN, "event place"))
            .duration(DurationMention.of("event duration", count("event length").withUnit(Unit.HOURS)))
            .addActors(new Actor(Optional.of(PartyId.of("party")), Optional.of("actor description"),
                Optional.of(said("actor")), Optional.of(Hedge.of(HedgeKind.ALLEGED, "actor hedge"))))
            .addMeans(Means.of(MeansKind.DRONE, "means phrase")).addTargets(Target.of("target description"))
            .build())
        .addStatements(Statement.builder().id(StatementId.of("statement")).attribution(said("statement"))
            .text("statement text").hedge(Hedge.of(HedgeKind.REPORTEDLY, "statement hedge"))
            .eventTime(date("statement event time")).location(Location.described(Relation.IN, "statement place"))
            .build())
        .addFigures(during, over, cumulative)
        .addPrisoners(Prisoner.builder().id(PrisonerId.of("prisoner")).identity(identity("prisoner"))
                .particulars(particulars("prisoner")).build(),
            Prisoner.builder().id(PrisonerId.of("other")).build())
        .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("prisoner"), PrisonerId.of("other")),
            List.of(particulars("unlinked"), Particulars.none())))
        .build();
  }
}
