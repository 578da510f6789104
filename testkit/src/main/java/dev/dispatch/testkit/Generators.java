package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.count.Magnitude;
import dev.dispatch.count.Qualifier;
import dev.dispatch.count.Unit;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyKind;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.GeoPrecision;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.Relation;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Verification;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import dev.dispatch.time.Season;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Generators for every public value type of Dispatch, from a whole report down to a count.
 *
 * <p>Every generated value satisfies its type's invariants. Known protected values are always
 * released, so that a generated report carries nothing a publication must not, while redaction is
 * still exercised. Names, places and phrases come from small built-in lists that include Cyrillic
 * and Hangul. Smaller draws give smaller, simpler values, so a shrinking library shrinks a
 * failing report towards an empty one.
 */
public final class Generators {
  private Generators() {}

  private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  // --- small values ----------------------------------------------------------------------

  /** Counts of every qualifier and magnitude, in persons, with a printed phrase half the time. */
  public static Generator<Count> counts() {
    return r -> {
      Count c = count(r, 100_000);
      return r.nextBoolean() ? c.withPhrase(phrase(c)) : c;
    };
  }

  private static Count count(Randomness r, long max) {
    Qualifier q = r.pick(Qualifier.values());
    long n = r.next(0, max);
    switch (q) {
      case BETWEEN:
        return Count.between(n, n + r.next(0, max));
      case MAGNITUDE:
        return Count.of(r.pick(Magnitude.values()));
      case UNKNOWN:
        return Count.unknown();
      case UNQUANTIFIED:
        return Count.unquantified();
      case FEWER_THAN:
        return Count.fewerThan(n + 1);
      default:
        return Count.of(q, n);
    }
  }

  /** An English phrase for a count, as a report might print it. */
  static String phrase(Count c) {
    NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
    String n = c.number().isPresent() ? f.format(c.number().getAsLong()) : "";
    switch (c.qualifier()) {
      case EXACTLY:
        return n;
      case ABOUT:
        return "about " + n;
      case NEARLY:
        return "nearly " + n;
      case APPROACHING:
        return "approaching " + n;
      case MORE_THAN:
        return "more than " + n;
      case AT_LEAST:
        return "at least " + n;
      case AT_MOST:
        return "up to " + n;
      case FEWER_THAN:
        return "fewer than " + n;
      case BETWEEN:
        return "between " + n + " and " + f.format(c.rangeEnd().getAsLong());
      case MAGNITUDE:
        return c.magnitude().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      case UNQUANTIFIED:
        return "casualties";
      default:
        return "an unknown number of";
    }
  }

  /** Partial dates of every precision, some with the year unspecified, some approximate or uncertain. */
  public static Generator<PartialDate> partialDates() {
    return r -> {
      LocalDate day = EARLIEST.plusDays(r.next(0, 2_500));
      boolean noYear = r.oneIn(5);
      PartialDate.Builder b = PartialDate.builder();
      if (!noYear) {
        b.year(day.getYear());
      }
      switch (r.nextInt(0, 3)) {
        case 0:
          b.month(day.getMonthValue()).day(Math.min(day.getDayOfMonth(), noYear ? 28 : 31));
          break;
        case 1:
          b.month(day.getMonthValue());
          break;
        case 2:
          b.season(r.pick(Season.values()));
          break;
        default:
          if (noYear) {
            b.month(day.getMonthValue());
          }
      }
      return b.approximate(r.oneIn(4)).uncertain(r.oneIn(4)).build();
    };
  }

  /** Date values: partial dates and intervals, closed or open at one end. */
  public static Generator<DateValue> dateValues() {
    return r -> {
      switch (r.nextInt(0, 3)) {
        case 0:
          return partialDates().generate(r);
        case 1: {
          LocalDate from = EARLIEST.plusDays(r.next(0, 2_500));
          return DateInterval.of(PartialDate.of(from), PartialDate.of(from.plusDays(r.next(0, 60))));
        }
        case 2:
          return DateInterval.from(PartialDate.of(EARLIEST.plusDays(r.next(0, 2_500))));
        default:
          return DateInterval.until(PartialDate.of(EARLIEST.plusDays(r.next(0, 2_500))));
      }
    };
  }

  /** Date mentions as reports print them, resolved against a reference or left unresolved. */
  public static Generator<DateMention> dateMentions() {
    return r -> mention(r, r.nextBoolean() ? Optional.of(EARLIEST.plusDays(r.next(30, 2_500))) : Optional.empty());
  }

  /** A mention not after {@code reference}; with a reference, every mention is resolved against it. */
  private static DateMention mention(Randomness r, Optional<LocalDate> reference) {
    if (reference.isEmpty()) {
      switch (r.nextInt(0, 2)) {
        case 0:
          return DateMention.unresolved(r.pick("on Saturday", "last week", "last fall", "earlier this month"));
        case 1:
          return DateMention.of("last fall", PartialDate.of(Season.AUTUMN));
        default:
          LocalDate d = EARLIEST.plusDays(r.next(0, 2_500));
          return DateMention.of("on " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
              + d.getDayOfMonth(), PartialDate.of(MonthDay.from(d)));
      }
    }
    LocalDate ref = reference.get();
    Reference against = Reference.of(PartialDate.of(ref), ReferenceOrigin.PUBLICATION);
    switch (r.nextInt(0, 2)) {
      case 0: {
        DayOfWeek day = r.pick(DayOfWeek.values());
        int back = (ref.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        LocalDate when = ref.minusDays(back == 0 ? 7 : back);
        return DateMention.resolved("on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), PartialDate.of(when),
            against);
      }
      case 1: {
        LocalDate monday = ref.minusWeeks(1).with(DayOfWeek.MONDAY);
        return DateMention.resolved("last week", DateInterval.of(PartialDate.of(monday),
            PartialDate.of(monday.plusDays(6))), against);
      }
      default: {
        LocalDate when = ref.minusDays(r.next(0, 365));
        return DateMention.of("on " + when, PartialDate.of(when));
      }
    }
  }

  /** Attributions with chains of one to three links over the given sources. */
  public static Generator<Attribution> attributions(List<SourceId> sources) {
    return r -> attribution(r, sources, Optional.empty());
  }

  private static Attribution attribution(Randomness r, List<SourceId> sources, Optional<LocalDate> published) {
    int n = 1 + (r.oneIn(3) ? r.nextInt(1, 2) : 0);
    List<Link> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Link link = Link.of(r.pick(sources), r.pick(Mode.values())).withStatus(r.pick(Verification.values()));
      if (r.nextBoolean()) {
        ChannelKind kind = r.pick(ChannelKind.values());
        link = link.withChannel(kind == ChannelKind.SOCIAL_MEDIA_POST ? Channel.post(r.pick("X", "Telegram"))
            : Channel.of(kind));
      }
      if (r.nextBoolean()) {
        link = link.withWhen(mention(r, published));
      }
      links.add(link);
    }
    return Attribution.of(links);
  }

  // --- elements, standing alone ------------------------------------------------------------
  // Their references name ids of a report that does not exist: put them in a report of yours
  // with elements of those ids, or use reports(size).

  private static final List<SourceId> SOURCE_IDS = List.of(SourceId.of("source0"), SourceId.of("source1"));
  private static final List<PlaceId> PLACE_IDS = List.of(PlaceId.of("place0"), PlaceId.of("place1"));
  private static final List<PartyId> PARTY_IDS = List.of(PartyId.of("party0"), PartyId.of("party1"));

  /** Sources of every kind, with ids {@code source2..9}; affiliations and members name {@code source0..1}. */
  public static Generator<Source> sources() {
    return r -> source(r, SourceId.of("source" + r.next(2, 9)), new ArrayList<>(SOURCE_IDS), SOURCE_IDS);
  }

  /** Places from the built-in list, some with GeoNames ids and coordinates. */
  public static Generator<Place> places() {
    return r -> report(r, 3).places().stream().findFirst()
        .orElseGet(() -> Place.builder().id(PLACE_IDS.get(0)).printedName("Kyiv").build());
  }

  /** Figures of every measure, attributed to {@code source0..1}, placed in {@code place0..1}, parties {@code party0..1}. */
  public static Generator<Figure> figures() {
    return r -> figure(r, FigureId.of("f" + r.next(0, 9)), SOURCE_IDS, PLACE_IDS, PARTY_IDS,
        r.nextBoolean() ? Optional.of(EARLIEST.plusDays(r.next(60, 2_500))) : Optional.empty());
  }

  /** Prisoners with protected values absent, withheld or known and released. */
  public static Generator<Prisoner> prisoners() {
    return r -> prisoner(r, PrisonerId.of("p" + r.next(0, 9)), SOURCE_IDS, PLACE_IDS, PARTY_IDS, List.of(),
        Optional.empty());
  }

  /** Statements with attribution chains over {@code source0..1}. */
  public static Generator<Statement> statements() {
    return r -> Statement.builder().id(StatementId.of("s" + r.next(0, 9))).attribution(attribution(r, SOURCE_IDS,
        Optional.empty())).text(r.pick(Words.STATEMENTS)).build();
  }

  // --- the report ------------------------------------------------------------------------

  /**
   * Whole reports of up to {@code size} elements of each kind.
   *
   * @param size the most places, sources, statements, figures and prisoners, at least 1
   * @return the generator
   */
  public static Generator<Report> reports(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size: expected at least 1, got " + size);
    }
    return r -> report(r, size);
  }

  private static Report report(Randomness r, int size) {
    Optional<LocalDate> published = r.nextBoolean() ? Optional.of(EARLIEST.plusDays(r.next(60, 2_500)))
        : Optional.empty();
    Report.Builder b = Report.builder()
        .id(ReportId.of("g" + r.next(0, 999_999)))
        .headline(r.pick("Soldiers captured", "Захоплено двох солдатів", "포로 두 명 생포", "Strike near the front"))
        .publisher(r.pick(Words.PUBLISHERS))
        .language(r.pick("en", "uk", "ko", "ru"));
    published.ifPresent(p -> b.published(PartialDate.of(p)));
    Set<String> contributors = new LinkedHashSet<>();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      contributors.add(r.pick(Words.CONTRIBUTORS));
    }
    b.addContributors(contributors.toArray(new String[0]));
    for (int i = r.nextInt(0, 2); i > 0; i--) {
      b.addUpdates(published.isPresent() && r.nextBoolean()
          ? Update.of(PartialDate.of(published.get().plusDays(r.next(0, 30))), "This story has been updated.")
          : Update.printed("This story has been updated."));
    }

    List<PartyId> parties = new ArrayList<>();
    for (int i = 0, n = r.nextInt(0, 2); i < n; i++) {
      PartyId id = PartyId.of("party" + i);
      b.addParties(Party.builder().id(id).name(r.pick("Russia", "Ukraine", "North Korean army"))
          .kind(r.pick(PartyKind.values())).build());
      parties.add(id);
    }

    List<PlaceId> places = new ArrayList<>();
    for (int i = 0, n = r.nextInt(0, size); i < n; i++) {
      Words.PlaceWord w = r.pick(Words.PLACES);
      PlaceId id = PlaceId.of("place" + i);
      Place.Builder p = Place.builder().id(id).printedName(w.printed()).kind(w.kind());
      w.canonical().ifPresent(p::canonicalName);
      w.country().ifPresent(c -> p.country(CountryCode.of(c)));
      if (r.oneIn(3)) {
        p.geonamesId(r.next(1, 12_000_000)).coordinates(Coordinates.of(r.next(-90, 90), r.next(-180, 180),
            r.pick(GeoPrecision.values())));
      }
      b.addPlaces(p.build());
      places.add(id);
    }

    List<SourceId> sources = new ArrayList<>();
    SourceId own = SourceId.of("own");
    b.addSources(OwnVoice.of(own, r.pick(Voice.values())));
    sources.add(own);
    List<SourceId> organisations = new ArrayList<>();
    for (int i = 0, n = r.nextInt(0, size); i < n; i++) {
      SourceId id = SourceId.of("source" + i);
      b.addSources(source(r, id, organisations, sources));
      sources.add(id);
    }

    List<StatementId> statements = new ArrayList<>();
    List<FigureId> figures = new ArrayList<>();
    List<PrisonerId> prisoners = new ArrayList<>();
    int statementCount = r.nextInt(0, size);
    for (int i = 0; i < statementCount; i++) {
      statements.add(StatementId.of("s" + i));
    }
    for (int i = 0, n = r.nextInt(0, size); i < n; i++) {
      FigureId id = FigureId.of("f" + i);
      b.addFigures(figure(r, id, sources, places, parties, published));
      figures.add(id);
    }
    for (int i = 0, n = r.nextInt(0, Math.max(1, size / 2)); i < n; i++) {
      PrisonerId id = PrisonerId.of("p" + i);
      b.addPrisoners(prisoner(r, id, sources, places, parties, statements, published));
      prisoners.add(id);
    }
    if (prisoners.size() >= 2 && r.nextBoolean()) {
      b.addUnlinked(UnlinkedFacts.of(List.of(prisoners.get(0), prisoners.get(1)), List.of(
          Particulars.builder().addInjuries(r.pick(Words.INJURIES)).build(),
          Particulars.builder().addInjuries(r.pick(Words.INJURIES)).build())));
    }
    List<Id> subjects = new ArrayList<>();
    subjects.addAll(figures);
    subjects.addAll(prisoners);
    subjects.addAll(places);
    for (StatementId id : statements) {
      Statement.Builder s = Statement.builder().id(id).attribution(attribution(r, sources, published))
          .text(r.pick(Words.STATEMENTS));
      Set<Id> about = new LinkedHashSet<>();
      for (int k = subjects.isEmpty() ? 0 : r.nextInt(0, 2); k > 0; k--) {
        about.add(r.pick(subjects));
      }
      s.about(about);
      if (r.oneIn(3)) {
        s.eventTime(mention(r, published));
      }
      if (!places.isEmpty() && r.oneIn(3)) {
        s.location(Location.of(r.pick(Relation.values()), r.pick(places)));
      }
      b.addStatements(s.build());
    }
    return b.build();
  }

  private static Source source(Randomness r, SourceId id, List<SourceId> organisations, List<SourceId> earlier) {
    switch (r.nextInt(0, 3)) {
      case 0: {
        Person.Builder p = Person.builder().id(id).name(r.pick(Words.PEOPLE));
        if (r.nextBoolean()) {
          p.role(r.pick(Words.ROLES));
        }
        if (!organisations.isEmpty() && r.nextBoolean()) {
          p.affiliation(r.pick(organisations));
        }
        return p.build();
      }
      case 1: {
        Words.OrgWord w = r.pick(Words.ORGANISATIONS);
        Organisation.Builder o = Organisation.builder().id(id).name(w.name()).kind(w.kind());
        w.abbreviation().ifPresent(o::abbreviation);
        w.country().ifPresent(c -> o.country(CountryCode.of(c)));
        organisations.add(id);
        return o.build();
      }
      case 2: {
        Anonymous.Builder a = Anonymous.builder().id(id).description(r.pick(Words.ANONYMOUS))
            .anonymity(r.pick(Anonymity.values()));
        if (r.nextBoolean()) {
          a.reason(r.pick(Words.REASONS));
        }
        if (!organisations.isEmpty() && r.oneIn(3)) {
          a.affiliation(r.pick(organisations));
        }
        return a.build();
      }
      default: {
        Collective.Builder c = Collective.builder().id(id).description(r.pick(Words.COLLECTIVES));
        for (SourceId m : earlier) {
          if (r.oneIn(3)) {
            c.addMembers(m);
          }
        }
        return c.build();
      }
    }
  }

  private static Figure figure(Randomness r, FigureId id, List<SourceId> sources, List<PlaceId> places,
      List<PartyId> parties, Optional<LocalDate> published) {
    Measure measure = r.pick(Measure.values());
    Figure.Builder f = Figure.builder().id(id).measure(measure);
    Count total = count(r, 50_000);
    if (measure == Measure.PEOPLE) {
      Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
      for (int k = r.nextInt(1, 2); k > 0; k--) {
        Outcome o = r.pick(Outcome.values());
        if (o != Outcome.UNSPECIFIED) {
          outcomes.add(o);
        }
      }
      f.outcomes(outcomes.isEmpty() ? EnumSet.of(Outcome.UNSPECIFIED) : outcomes);
    } else if (measure == Measure.TERRITORY) {
      total = total.withUnit(Unit.SQUARE_KILOMETRES);
    }
    f.count(r.nextBoolean() ? total.withPhrase(phrase(total)) : total);
    if (measure != Measure.TERRITORY && r.nextBoolean()) {
      total.upperBound().ifPresent(max -> {
        long part = r.next(0, max);
        f.addBreakdowns(Breakdown.partial(Part.of(r.nextBoolean() ? Count.exactly(part) : Count.atMost(part),
            r.pick(Facet.age(dev.dispatch.figure.AgeGroup.CHILD), Facet.status(CombatantStatus.CIVILIANS)))));
      });
    }
    if (r.nextBoolean()) {
      Population.Builder p = Population.builder().description(r.pick("North Korean troops", "civilians", "Russian troops"));
      p.nationality(CountryCode.of(r.pick("KP", "RU", "UA")));
      if (!parties.isEmpty() && r.nextBoolean()) {
        p.side(r.pick(parties));
      }
      p.status(r.pick(CombatantStatus.values()));
      f.population(p.build());
    }
    if (!places.isEmpty() && r.nextBoolean()) {
      f.location(Location.of(r.pick(Relation.values()), r.pick(places)));
    }
    if (r.nextBoolean()) {
      f.timeframe(Timeframe.during(mention(r, published)));
    } else if (r.oneIn(3)) {
      f.timeframe(Timeframe.asOf(mention(r, published)));
    }
    if (!r.oneIn(4)) {
      f.addAttributions(attribution(r, sources, published));
    }
    return f.build();
  }

  /** Known values are released: valid for publication, and still redacted by the public view. */
  private static <T> Protected<T> protectedValue(Randomness r, T value) {
    switch (r.nextInt(0, 3)) {
      case 0:
        return Protected.absent();
      case 1:
        return Protected.withheld(r.pick("blurred by the publisher", "withheld at source"));
      case 2:
        return Protected.withheld();
      default:
        return Protected.known(value).released(r.pick(Protected.Release.values()));
    }
  }

  private static Prisoner prisoner(Randomness r, PrisonerId id, List<SourceId> sources, List<PlaceId> places,
      List<PartyId> parties, List<StatementId> statements, Optional<LocalDate> published) {
    Particulars.Builder x = Particulars.builder().nationality(CountryCode.of(r.pick("KP", "RU", "UA")));
    if (!parties.isEmpty() && r.nextBoolean()) {
      x.side(r.pick(parties));
    }
    if (!parties.isEmpty() && r.nextBoolean()) {
      x.force(r.pick(parties));
    }
    Capture capture = Capture.by(r.pick(Words.UNITS));
    if (r.nextBoolean()) {
      capture = capture.withDate(mention(r, published));
    }
    if (!places.isEmpty()) {
      capture = capture.withLocation(Location.in(r.pick(places)));
    }
    x.capture(capture);
    if (r.nextBoolean()) {
      x.wounded(Wounded.WOUNDED).addInjuries(r.pick(Words.INJURIES));
    }
    if (r.nextBoolean()) {
      Custody c = Custody.by(r.pick(sources)).withConditions("appropriate conditions");
      if (!places.isEmpty()) {
        c = c.withLocation(Location.in(r.pick(places)));
      }
      x.addCustody(c);
    }
    if (r.nextBoolean()) {
      Document.Builder d = Document.builder().kind(r.pick("military identification card", "passport"))
          .issuer(r.pick("Russian military", "DPRK authorities"))
          .number(protectedValue(r, "N" + r.next(100_000, 999_999)));
      if (r.nextBoolean()) {
        d.issuedTo(IssuedTo.ANOTHER_PERSON).holderDescription("another man")
            .holderName(protectedValue(r, r.pick(Words.PROTECTED_NAMES)))
            .holderDateOfBirth(protectedValue(r, LocalDate.of(1980, 1, 1).plusDays(r.next(0, 9_000))));
        if (!places.isEmpty()) {
          d.holderOrigin(r.pick(places));
        }
      }
      x.addDocuments(d.build());
    } else if (r.oneIn(3)) {
      x.carriedNoDocuments(true);
    }
    if (!statements.isEmpty() && r.oneIn(3)) {
      x.addStatements(r.pick(statements));
    }
    if (r.nextBoolean()) {
      x.interpreting(Interpreting.in(r.pick("ko", "ru", "uk")).withInterpreters("translators"));
    }
    if (r.oneIn(3)) {
      x.legalStatus(r.pick(LegalStatus.values()));
    }
    Identity identity = Identity.none()
        .withName(protectedValue(r, r.pick(Words.PROTECTED_NAMES)))
        .withDateOfBirth(protectedValue(r, LocalDate.of(1985, 1, 1).plusDays(r.next(0, 7_000))))
        .withFace(protectedValue(r, "faces/" + id + ".jpg"));
    return Prisoner.builder().id(id).identity(identity).particulars(x.build()).build();
  }
}
