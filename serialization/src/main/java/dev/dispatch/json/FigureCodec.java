package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.id.FigureId;

/** Figures with their populations and breakdowns. */
final class FigureCodec {
  private FigureCodec() {}

  private static final Table<Population, Population.Builder> POPULATION = Table.of("a population",
          Population::builder, Population.Builder::build)
      .optional("description", Population::description, Codec.STRING, Population.Builder::description)
      .optional("nationality", Population::nationality, PlaceCodec.COUNTRY, Population.Builder::nationality)
      .optional("force", Population::force, Codec.STRING, Population.Builder::force)
      .optional("side", Population::side, PlaceCodec.COUNTRY, Population.Builder::side)
      .optional("status", Population::status, Codec.enumeration(CombatantStatus.class), Population.Builder::status)
      .build();

  private static final class BreakdownParts {
    String label;
    Count count;
  }

  private static final Table<Breakdown, BreakdownParts> BREAKDOWN = Table.of("a breakdown", BreakdownParts::new,
          (BreakdownParts b) -> Breakdown.of(b.label, b.count))
      .required("label", Breakdown::label, Codec.STRING, (b, v) -> b.label = v)
      .required("count", Breakdown::count, CountCodec.INSTANCE, (b, v) -> b.count = v)
      .build();

  static final Table<Figure, Figure.Builder> INSTANCE = Table.of("a figure", Figure::builder, Figure.Builder::build)
      .required("id", Figure::id, Codec.declare(FigureId::of), Figure.Builder::id)
      .required("measure", Figure::measure, Codec.enumeration(Measure.class), Figure.Builder::measure)
      .list("outcomes", Figure::outcomes, Codec.enumeration(Outcome.class), Figure.Builder::addOutcomes)
      .required("count", Figure::count, CountCodec.INSTANCE, Figure.Builder::count)
      .optional("population", Figure::population, POPULATION, Figure.Builder::population)
      .optional("location", Figure::location, PlaceCodec.LOCATION, Figure.Builder::location)
      .optional("period", Figure::period, DateCodec.INSTANCE, Figure.Builder::period)
      .optional("cumulativeTo", Figure::cumulativeTo, DateCodec.INSTANCE, Figure.Builder::cumulativeTo)
      .optional("attribution", Figure::attribution, AttributionCodec.INSTANCE, Figure.Builder::attribution)
      .list("breakdowns", Figure::breakdowns, BREAKDOWN, Figure.Builder::addBreakdowns)
      .build();
}
