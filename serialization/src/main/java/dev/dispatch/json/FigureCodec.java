package dev.dispatch.json;

import dev.dispatch.count.Proportion;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Completeness;
import dev.dispatch.figure.CountingBasis;
import dev.dispatch.figure.CountingScope;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Figures with their populations, timeframes, breakdowns into parts, and relations to other
 * figures. Three unions on {@code type}: a facet's is its dimension ({@code outcome}, {@code age},
 * {@code sex}, {@code status}, {@code place}, {@code party}, {@code held_by}, {@code label}); a
 * timeframe's and a relation's are the variant's name in lower_snake case ({@code during},
 * {@code over}, {@code cumulative}; {@code revises}, {@code share_of}, {@code sum_of},
 * {@code excluded_from}, {@code compared_with}). Parts nest inside parts through their
 * breakdowns, at most {@link Breakdown#MAX_DEPTH} deep, which keeps a report's JSON within the
 * default nesting limit (4 levels a part).
 */
final class FigureCodec {
  private FigureCodec() {}

  private static final Codec<Measure> MEASURE = Codec.enumeration(Measure.class);
  private static final Codec<Outcome> OUTCOME = Codec.enumeration(Outcome.class);
  private static final Codec<CountingBasis> BASIS = Codec.enumeration(CountingBasis.class);
  private static final Codec<CountingScope> SCOPE = Codec.enumeration(CountingScope.class);
  private static final Codec<CombatantStatus> STATUS = Codec.enumeration(CombatantStatus.class);
  private static final Codec<AgeGroup> AGE_GROUP = Codec.enumeration(AgeGroup.class);
  private static final Codec<Sex> SEX = Codec.enumeration(Sex.class);

  static final Table<Population, Population.Builder> POPULATION = Table.of("a population", Population::builder,
          Population.Builder::build)
      .optional("description", Population::description, Codec.STRING, Population.Builder::description)
      .optional("nationality", Population::nationality, Ids.COUNTRY, Population.Builder::nationality)
      .optional("force", Population::force, Ids.PARTY, Population.Builder::force)
      .optional("side", Population::side, Ids.PARTY, Population.Builder::side)
      .optional("status", Population::status, STATUS, Population.Builder::status)
      .optional("ageGroup", Population::ageGroup, AGE_GROUP, Population.Builder::ageGroup)
      .optional("sex", Population::sex, SEX, Population.Builder::sex)
      .writtenBy(n -> {
        SerializedString description = n.of("description"), nationality = n.of("nationality"), force = n.of("force");
        SerializedString side = n.of("side"), status = n.of("status"), ageGroup = n.of("ageGroup"), sex = n.of("sex");
        return (p, g, w) -> {
          Table.optional(g, description, p.description());
          Table.optional(g, nationality, p.nationality(), Ids.COUNTRY, w);
          Table.optional(g, force, p.force(), Ids.PARTY, w);
          Table.optional(g, side, p.side(), Ids.PARTY, w);
          Table.optional(g, status, p.status(), STATUS, w);
          Table.optional(g, ageGroup, p.ageGroup(), AGE_GROUP, w);
          Table.optional(g, sex, p.sex(), SEX, w);
        };
      })
      .build();

  // --- facets ------------------------------------------------------------------------------

  private static final class FacetParts {
    final Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    @Nullable AgeGroup group;
    @Nullable Sex sex;
    @Nullable CombatantStatus status;
    @Nullable PlaceId place;
    @Nullable PartyId party;
    @Nullable String name;
    @Nullable String value;
  }

  private static <F extends Facet> Table.Builder<F, FacetParts> facet(String dimension,
      java.util.function.Function<FacetParts, F> make) {
    return Table.of("a facet of dimension " + dimension, FacetParts::new, make);
  }

  static final Union<Facet, FacetParts> FACET = new Union<>("a facet", "type", FacetParts::new, List.of(
      Union.variant("outcome", Facet.Outcomes.class, facet("outcome", (FacetParts f) -> new Facet.Outcomes(f.outcomes))
          .requiredEnumSet("outcomes", Facet.Outcomes::outcomes, Outcome.class, (f, v) -> f.outcomes.add(v))
          .build()),
      Union.variant("age", Facet.Age.class, facet("age", (FacetParts f) -> new Facet.Age(Objects.requireNonNull(f.group)))
          .required("group", Facet.Age::group, Codec.enumeration(AgeGroup.class), (f, v) -> f.group = v)
          .build()),
      Union.variant("sex", Facet.OfSex.class, facet("sex", (FacetParts f) -> new Facet.OfSex(Objects.requireNonNull(f.sex)))
          .required("sex", Facet.OfSex::sex, Codec.enumeration(Sex.class), (f, v) -> f.sex = v)
          .build()),
      Union.variant("status", Facet.Status.class,
          facet("status", (FacetParts f) -> new Facet.Status(Objects.requireNonNull(f.status)))
              .required("status", Facet.Status::status, Codec.enumeration(CombatantStatus.class), (f, v) -> f.status = v)
              .build()),
      Union.variant("place", Facet.InPlace.class,
          facet("place", (FacetParts f) -> new Facet.InPlace(Objects.requireNonNull(f.place)))
              .required("place", Facet.InPlace::place, Ids.PLACE, (f, v) -> f.place = v)
              .build()),
      Union.variant("party", Facet.OfParty.class,
          facet("party", (FacetParts f) -> new Facet.OfParty(Objects.requireNonNull(f.party)))
              .required("party", Facet.OfParty::party, Ids.PARTY, (f, v) -> f.party = v)
              .build()),
      Union.variant("held_by", Facet.HeldBy.class,
          facet("held_by", (FacetParts f) -> new Facet.HeldBy(Objects.requireNonNull(f.party)))
              .required("party", Facet.HeldBy::party, Ids.PARTY, (f, v) -> f.party = v)
              .build()),
      Union.variant("label", Facet.Label.class,
          facet("label", (FacetParts f) -> new Facet.Label(Objects.requireNonNull(f.name), Objects.requireNonNull(f.value)))
              .required("name", Facet.Label::name, Codec.STRING, (f, v) -> f.name = v)
              .required("value", Facet.Label::value, Codec.STRING, (f, v) -> f.value = v)
              .build())));

  // --- parts and breakdowns ------------------------------------------------------------------

  static final Table<Part, Part.Builder> PART = Table.of("a part", Part::builder, Part.Builder::build)
      .requiredList("facets", Part::facets, FACET, Part.Builder::addFacets)
      .required("count", Part::count, CountCodec.INSTANCE, Part.Builder::count)
      .list("attributions", Part::attributions, AttributionCodec.INSTANCE, Part.Builder::addAttributions)
      .optional("date", Part::date, DateCodec.INSTANCE, Part.Builder::date)
      .optional("hedge", Part::hedge, AttributionCodec.HEDGE, Part.Builder::hedge)
      .optional("share", Part::share, CountCodec.PROPORTION, Part.Builder::share)
      .list("breakdowns", Part::breakdowns, Codec.deferred(() -> FigureCodec.BREAKDOWN), Part.Builder::addBreakdowns)
      .build();

  private static final class BreakdownParts {
    @Nullable Completeness completeness;
    final List<Part> parts = new ArrayList<>();
  }

  static final Table<Breakdown, BreakdownParts> BREAKDOWN = Table.of("a breakdown", BreakdownParts::new,
          (BreakdownParts b) -> new Breakdown(Objects.requireNonNull(b.completeness), b.parts))
      .required("completeness", Breakdown::completeness, Codec.enumeration(Completeness.class),
          (b, v) -> b.completeness = v)
      .requiredList("parts", Breakdown::parts, PART, (b, v) -> b.parts.add(v))
      .build();

  // --- timeframes ----------------------------------------------------------------------------

  private static final class TimeframeParts {
    @Nullable DateMention period;
    @Nullable DurationMention length;
    @Nullable DateMention ending;
    @Nullable DateMention since;
    @Nullable DateMention asOf;
  }

  static final Union<Timeframe, TimeframeParts> TIMEFRAME = new Union<>("a timeframe", "type", TimeframeParts::new,
      List.of(
          Union.variant("during", Timeframe.During.class, Table.of("a timeframe during a period", TimeframeParts::new,
                  (TimeframeParts t) -> new Timeframe.During(Objects.requireNonNull(t.period)))
              .required("period", Timeframe.During::period, DateCodec.INSTANCE, (t, v) -> t.period = v)
              .build()),
          Union.variant("over", Timeframe.Over.class, Table.of("a timeframe over a length of time",
                  TimeframeParts::new,
                  (TimeframeParts t) -> new Timeframe.Over(Objects.requireNonNull(t.length), Optional.ofNullable(t.ending)))
              .required("length", Timeframe.Over::length, DateCodec.DURATION, (t, v) -> t.length = v)
              .optional("ending", Timeframe.Over::ending, DateCodec.INSTANCE, (t, v) -> t.ending = v)
              .build()),
          Union.variant("cumulative", Timeframe.Cumulative.class, Table.of("a cumulative timeframe",
                  TimeframeParts::new,
                  (TimeframeParts t) -> new Timeframe.Cumulative(Optional.ofNullable(t.since), Optional.ofNullable(t.asOf)))
              .optional("since", Timeframe.Cumulative::since, DateCodec.INSTANCE, (t, v) -> t.since = v)
              .optional("asOf", Timeframe.Cumulative::asOf, DateCodec.INSTANCE, (t, v) -> t.asOf = v)
              .build())));

  // --- relations -----------------------------------------------------------------------------

  private static final class RelationParts {
    @Nullable FigureId figure;
    @Nullable Proportion share;
    @Nullable String baseDescription;
    final List<FigureId> parts = new ArrayList<>();
    @Nullable StatementId explanation;
  }

  static final Union<FigureRelation, RelationParts> RELATION = new Union<>("a figure relation", "type",
      RelationParts::new, List.of(
          Union.variant("revises", FigureRelation.Revises.class, Table.of("a revises relation", RelationParts::new,
                  (RelationParts r) -> new FigureRelation.Revises(Objects.requireNonNull(r.figure)))
              .required("earlier", FigureRelation.Revises::earlier, Ids.FIGURE, (r, v) -> r.figure = v)
              .build()),
          Union.variant("share_of", FigureRelation.ShareOf.class, Table.of("a share_of relation", RelationParts::new,
                  (RelationParts r) -> new FigureRelation.ShareOf(Optional.ofNullable(r.figure),
                      Objects.requireNonNull(r.share), Optional.ofNullable(r.baseDescription)))
              .optional("base", FigureRelation.ShareOf::base, Ids.FIGURE, (r, v) -> r.figure = v)
              .required("share", FigureRelation.ShareOf::share, CountCodec.PROPORTION, (r, v) -> r.share = v)
              .optional("baseDescription", FigureRelation.ShareOf::baseDescription, Codec.STRING,
                  (r, v) -> r.baseDescription = v)
              .build()),
          Union.variant("sum_of", FigureRelation.SumOf.class, Table.of("a sum_of relation", RelationParts::new,
                  (RelationParts r) -> new FigureRelation.SumOf(r.parts))
              .requiredList("parts", FigureRelation.SumOf::parts, Ids.FIGURE, (r, v) -> r.parts.add(v))
              .build()),
          Union.variant("excluded_from", FigureRelation.ExcludedFrom.class, Table.of("an excluded_from relation",
                  RelationParts::new, (RelationParts r) -> new FigureRelation.ExcludedFrom(Objects.requireNonNull(r.figure)))
              .required("total", FigureRelation.ExcludedFrom::total, Ids.FIGURE, (r, v) -> r.figure = v)
              .build()),
          Union.variant("compared_with", FigureRelation.ComparedWith.class, Table.of("a compared_with relation",
                  RelationParts::new, (RelationParts r) -> new FigureRelation.ComparedWith(Objects.requireNonNull(r.figure),
                      Optional.ofNullable(r.explanation)))
              .required("other", FigureRelation.ComparedWith::other, Ids.FIGURE, (r, v) -> r.figure = v)
              .optional("explanation", FigureRelation.ComparedWith::explanation, Ids.STATEMENT,
                  (r, v) -> r.explanation = v)
              .build())));

  // --- the figure ----------------------------------------------------------------------------

  static final Table<Figure, Figure.Builder> INSTANCE = Table.of("a figure", Figure::builder, Figure.Builder::build)
      .required("id", Figure::id, Codec.declare(FigureId::of), Figure.Builder::id)
      .required("measure", Figure::measure, MEASURE, Figure.Builder::measure)
      .enumSet("outcomes", Figure::outcomes, Outcome.class, Figure.Builder::addOutcomes)
      .optional("outcomePhrase", Figure::outcomePhrase, Codec.STRING, Figure.Builder::outcomePhrase)
      .required("count", Figure::count, CountCodec.INSTANCE, Figure.Builder::count)
      .optional("population", Figure::population, POPULATION, Figure.Builder::population)
      .optional("location", Figure::location, PlaceCodec.LOCATION, Figure.Builder::location)
      .optional("timeframe", Figure::timeframe, TIMEFRAME, Figure.Builder::timeframe)
      .optional("basis", Figure::basis, BASIS, Figure.Builder::basis)
      .optional("scope", Figure::scope, SCOPE, Figure.Builder::scope)
      .optional("event", Figure::event, Ids.EVENT, Figure.Builder::event)
      .list("attributions", Figure::attributions, AttributionCodec.INSTANCE, Figure.Builder::addAttributions)
      .optional("hedge", Figure::hedge, AttributionCodec.HEDGE, Figure.Builder::hedge)
      .list("breakdowns", Figure::breakdowns, BREAKDOWN, Figure.Builder::addBreakdowns)
      .list("relations", Figure::relations, RELATION, Figure.Builder::addRelations)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), measure = n.of("measure"), outcomes = n.of("outcomes");
        SerializedString outcomePhrase = n.of("outcomePhrase"), count = n.of("count"), population = n.of("population");
        SerializedString location = n.of("location"), timeframe = n.of("timeframe"), basis = n.of("basis");
        SerializedString scope = n.of("scope"), event = n.of("event"), attributions = n.of("attributions");
        SerializedString hedge = n.of("hedge"), breakdowns = n.of("breakdowns"), relations = n.of("relations");
        return (f, g, w) -> {
          Table.required(g, id, f.id().value());
          Table.required(g, measure, f.measure(), MEASURE, w);
          Table.enumSet(g, outcomes, f.outcomes(), OUTCOME, w);
          Table.optional(g, outcomePhrase, f.outcomePhrase());
          Table.required(g, count, f.count(), CountCodec.INSTANCE, w);
          Table.optional(g, population, f.population(), POPULATION, w);
          Table.optional(g, location, f.location(), PlaceCodec.LOCATION, w);
          Table.optional(g, timeframe, f.timeframe(), TIMEFRAME, w);
          Table.optional(g, basis, f.basis(), BASIS, w);
          Table.optional(g, scope, f.scope(), SCOPE, w);
          Table.optional(g, event, f.event(), Ids.EVENT, w);
          Table.list(g, attributions, f.attributions(), AttributionCodec.INSTANCE, w);
          Table.optional(g, hedge, f.hedge(), AttributionCodec.HEDGE, w);
          Table.list(g, breakdowns, f.breakdowns(), BREAKDOWN, w);
          Table.list(g, relations, f.relations(), RELATION, w);
        };
      })
      .build();
}
