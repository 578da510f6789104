package dev.dispatch.json;

import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Population;
import dev.dispatch.id.FigureId;
import dev.dispatch.place.CountryCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Figures with their populations and breakdowns. */
final class FigureCodec implements Codec<Figure> {
  static final FigureCodec INSTANCE = new FigureCodec();

  @Override
  public void write(Figure f, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("id", f.id().value());
    WriteState.enumValue(g, "measure", f.measure());
    WriteState.array(g, "outcomes", f.outcomes(), (o, gen) -> gen.writeString(Wire.name(o)));
    g.writeName("count");
    CountCodec.INSTANCE.write(f.count(), g, w);
    WriteState.object(g, "population", f.population(), (pop, gen) -> population(pop, gen, w));
    WriteState.object(g, "location", f.location(), (l, gen) -> PlaceCodec.LOCATION.write(l, gen, w));
    WriteState.object(g, "period", f.period(), (m, gen) -> DateCodec.INSTANCE.write(m, gen, w));
    WriteState.object(g, "cumulativeTo", f.cumulativeTo(), (m, gen) -> DateCodec.INSTANCE.write(m, gen, w));
    WriteState.object(g, "attribution", f.attribution(), (a, gen) -> AttributionCodec.INSTANCE.write(a, gen, w));
    WriteState.array(g, "breakdowns", f.breakdowns(), (b, gen) -> {
      gen.writeStartObject();
      gen.writeStringProperty("label", b.label());
      gen.writeName("count");
      CountCodec.INSTANCE.write(b.count(), gen, w);
      w.end(gen);
    });
    w.end(g);
  }

  private static void population(Population pop, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    WriteState.string(g, "description", pop.description());
    WriteState.string(g, "nationality", pop.nationality().map(CountryCode::alpha2));
    WriteState.string(g, "force", pop.force());
    WriteState.string(g, "side", pop.side().map(CountryCode::alpha2));
    WriteState.enumValue(g, "status", pop.status());
    w.end(g);
  }

  @Override
  public Figure read(JsonParser p, ReadState r) {
    r.startObject(p, "a figure");
    Figure.Builder b = Figure.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "id":
          b.id(r.declare(p, FigureId::of));
          break;
        case "measure":
          b.measure(r.enumValue(p, Measure.class));
          break;
        case "outcomes":
          b.outcomes(r.list(p, "outcomes", q -> r.enumValue(q, Outcome.class)));
          break;
        case "count":
          b.count(CountCodec.INSTANCE.read(p, r));
          break;
        case "population":
          b.population(population(p, r));
          break;
        case "location":
          b.location(PlaceCodec.LOCATION.read(p, r));
          break;
        case "period":
          b.period(DateCodec.INSTANCE.read(p, r));
          break;
        case "cumulativeTo":
          b.cumulativeTo(DateCodec.INSTANCE.read(p, r));
          break;
        case "attribution":
          b.attribution(AttributionCodec.INSTANCE.read(p, r));
          break;
        case "breakdowns":
          b.breakdowns(r.list(p, "breakdowns", q -> breakdown(q, r)));
          break;
        default:
          r.unknown(p, name,
              "id, measure, outcomes, count, population, location, period, cumulativeTo, attribution, breakdowns");
      }
    }
    return r.build(p, b::build);
  }

  private static Population population(JsonParser p, ReadState r) {
    r.startObject(p, "a population");
    Population.Builder b = Population.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "description":
          b.description(r.string(p));
          break;
        case "nationality":
          b.nationality(PlaceCodec.COUNTRY.read(p, r));
          break;
        case "force":
          b.force(r.string(p));
          break;
        case "side":
          b.side(PlaceCodec.COUNTRY.read(p, r));
          break;
        case "status":
          b.status(r.enumValue(p, CombatantStatus.class));
          break;
        default:
          r.unknown(p, name, "description, nationality, force, side, status");
      }
    }
    return r.build(p, b::build);
  }

  private static Breakdown breakdown(JsonParser p, ReadState r) {
    r.startObject(p, "a breakdown");
    String label = null;
    dev.dispatch.count.Count count = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "label":
          label = r.string(p);
          break;
        case "count":
          count = CountCodec.INSTANCE.read(p, r);
          break;
        default:
          r.unknown(p, name, "label, count");
      }
    }
    String l = r.required(p, label, "label");
    dev.dispatch.count.Count c = r.required(p, count, "count");
    return r.build(p, () -> Breakdown.of(l, c));
  }
}
