package dev.dispatch.json;

import dev.dispatch.id.ReportId;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.time.DateValue;
import java.net.URI;
import java.net.URISyntaxException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The top-level report document of wire format v1. Property order is fixed; see docs/json-format.md. */
final class ReportCodec implements Codec<Report> {
  static final ReportCodec INSTANCE = new ReportCodec();

  /** The value of the {@code format} property of every report document. */
  static final String FORMAT = "dispatch.report";
  /** The format version this library writes and reads. */
  static final int VERSION = 1;

  @Override
  public void write(Report x, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("version", VERSION);
    g.writeStringProperty("id", x.id().value());
    WriteState.string(g, "url", x.url().map(URI::toString));
    g.writeStringProperty("headline", x.headline());
    g.writeStringProperty("publisher", x.publisher());
    WriteState.string(g, "credit", x.credit());
    WriteState.strings(g, "contributors", x.contributors());
    g.writeStringProperty("language", x.language());
    WriteState.string(g, "published", x.published().map(DateValue::toEdtf));
    WriteState.string(g, "dateline", x.dateline());
    WriteState.array(g, "updates", x.updates(), (u, gen) -> {
      gen.writeStartObject();
      WriteState.string(gen, "when", u.when().map(DateValue::toEdtf));
      WriteState.string(gen, "text", u.text());
      w.end(gen);
    });
    WriteState.array(g, "places", x.places(), (v, gen) -> PlaceCodec.INSTANCE.write(v, gen, w));
    WriteState.array(g, "sources", x.sources(), (v, gen) -> SourceCodec.INSTANCE.write(v, gen, w));
    WriteState.array(g, "statements", x.statements(), (v, gen) -> StatementCodec.INSTANCE.write(v, gen, w));
    WriteState.array(g, "figures", x.figures(), (v, gen) -> FigureCodec.INSTANCE.write(v, gen, w));
    WriteState.array(g, "prisoners", x.prisoners(), (v, gen) -> PrisonerCodec.INSTANCE.write(v, gen, w));
    WriteState.array(g, "unlinked", x.unlinked(), (v, gen) -> PrisonerCodec.UNLINKED.write(v, gen, w));
    w.end(g);
  }

  @Override
  public Report read(JsonParser p, ReadState r) {
    r.startObject(p, "a Dispatch report document");
    Report.Builder b = Report.builder();
    String format = null;
    Long version = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "format":
          format = r.string(p);
          if (!format.equals(FORMAT)) {
            throw ReadState.error(p, "/format", "\"" + FORMAT + "\"", "\"" + format + "\"", null);
          }
          break;
        case "version":
          version = r.integer(p);
          if (version != VERSION) {
            throw ReadState.error(p, "/version", "version " + VERSION + " (this library reads format v1)",
                Long.toString(version), null);
          }
          break;
        case "id":
          b.id(r.parsed(p, "an id", ReportId::of));
          break;
        case "url":
          b.url(r.parsed(p, "an absolute URI", ReportCodec::uri));
          break;
        case "headline":
          b.headline(r.string(p));
          break;
        case "publisher":
          b.publisher(r.string(p));
          break;
        case "credit":
          b.credit(r.string(p));
          break;
        case "contributors":
          b.contributors(r.list(p, "strings", r::string));
          break;
        case "language":
          b.language(r.string(p));
          break;
        case "published":
          b.published(DateCodec.VALUE.read(p, r));
          break;
        case "dateline":
          b.dateline(r.string(p));
          break;
        case "updates":
          b.updates(r.list(p, "updates", q -> update(q, r)));
          break;
        case "places":
          r.each(p, "places", q -> PlaceCodec.INSTANCE.read(q, r), b::addPlaces);
          break;
        case "sources":
          r.each(p, "sources", q -> SourceCodec.INSTANCE.read(q, r), b::addSources);
          break;
        case "statements":
          r.each(p, "statements", q -> StatementCodec.INSTANCE.read(q, r), b::addStatements);
          break;
        case "figures":
          r.each(p, "figures", q -> FigureCodec.INSTANCE.read(q, r), b::addFigures);
          break;
        case "prisoners":
          r.each(p, "prisoners", q -> PrisonerCodec.INSTANCE.read(q, r), b::addPrisoners);
          break;
        case "unlinked":
          b.unlinked(r.list(p, "unlinked facts", q -> PrisonerCodec.UNLINKED.read(q, r)));
          break;
        default:
          r.unknown(p, name, "format, version, id, url, headline, publisher, credit, contributors, language, "
              + "published, dateline, updates, places, sources, statements, figures, prisoners, unlinked");
      }
    }
    r.required(p, format, "format");
    r.required(p, version, "version");
    r.resolveReferences();
    return r.build(p, b::build);
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("not absolute");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getReason(), e);
    }
  }

  private static Update update(JsonParser p, ReadState r) {
    r.startObject(p, "an update");
    DateValue when = null;
    String text = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "when":
          when = DateCodec.VALUE.read(p, r);
          break;
        case "text":
          text = r.string(p);
          break;
        default:
          r.unknown(p, name, "when, text");
      }
    }
    DateValue wn = when;
    String t = text;
    return r.build(p, () -> wn == null ? (t == null ? Update.unspecified() : Update.printed(t))
        : t == null ? Update.on(wn) : Update.of(wn, t));
  }
}
