package dev.dispatch.json;

import dev.dispatch.id.ReportId;
import dev.dispatch.report.Report;
import dev.dispatch.report.Update;
import dev.dispatch.time.DateValue;
import java.net.URI;
import java.net.URISyntaxException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The top-level report document of wire format v1. Property order is the table's; see docs/json-format.md. */
final class ReportCodec {
  private ReportCodec() {}

  /** The value of the {@code format} property of every report document. */
  static final String FORMAT = "dispatch.report";
  /** The format version this library writes and reads. */
  static final int VERSION = 1;

  private static final Codec<String> FORMAT_NAME = new Codec<>() {
    @Override
    public void write(String value, JsonGenerator g, WriteState w) {
      g.writeString(value);
    }

    @Override
    public String read(JsonParser p, ReadState r) {
      if (!FORMAT.equals(r.string(p))) {
        throw ReadState.error(p, ReadState.pointer(p), "\"" + FORMAT + "\"", "another format", null);
      }
      return FORMAT;
    }
  };

  private static final Codec<Long> FORMAT_VERSION = new Codec<>() {
    @Override
    public void write(Long value, JsonGenerator g, WriteState w) {
      g.writeNumber(value.longValue());
    }

    @Override
    public Long read(JsonParser p, ReadState r) {
      if (r.integer(p) != VERSION) {
        throw ReadState.error(p, ReadState.pointer(p), "version " + VERSION + " (this library reads format v1)",
            "another version", null);
      }
      return (long) VERSION;
    }
  };

  private static final class UpdateParts {
    DateValue when;
    String text;
  }

  private static final Table<Update, UpdateParts> UPDATE = Table.of("an update", UpdateParts::new,
          (UpdateParts u) -> u.when == null ? (u.text == null ? Update.unspecified() : Update.printed(u.text))
              : u.text == null ? Update.on(u.when) : Update.of(u.when, u.text))
      .optional("when", Update::when, DateCodec.VALUE, (u, v) -> u.when = v)
      .optional("text", Update::text, Codec.STRING, (u, v) -> u.text = v)
      .build();

  static final Table<Report, Report.Builder> INSTANCE = Table.of("a Dispatch report document", Report::builder,
          (Report.Builder b, ReadState r) -> {
            r.resolveReferences();
            return b.build();
          })
      .required("format", x -> FORMAT, FORMAT_NAME, (b, v) -> { })
      .required("version", x -> (long) VERSION, FORMAT_VERSION, (b, v) -> { })
      .required("id", Report::id, Codec.text(ReportId::value, "an id", ReportId::of), Report.Builder::id)
      .optional("url", Report::url, Codec.text(URI::toString, "an absolute URI", ReportCodec::uri), Report.Builder::url)
      .required("headline", Report::headline, Codec.STRING, Report.Builder::headline)
      .required("publisher", Report::publisher, Codec.STRING, Report.Builder::publisher)
      .optional("credit", Report::credit, Codec.STRING, Report.Builder::credit)
      .list("contributors", Report::contributors, Codec.STRING, Report.Builder::addContributors)
      .required("language", Report::language, Codec.STRING, Report.Builder::language)
      .optional("published", Report::published, DateCodec.VALUE, Report.Builder::published)
      .optional("dateline", Report::dateline, Codec.STRING, Report.Builder::dateline)
      .list("updates", Report::updates, UPDATE, Report.Builder::addUpdates)
      .list("places", Report::places, PlaceCodec.INSTANCE, Report.Builder::addPlaces)
      .list("sources", Report::sources, SourceCodec.INSTANCE, Report.Builder::addSources)
      .list("statements", Report::statements, StatementCodec.INSTANCE, Report.Builder::addStatements)
      .list("figures", Report::figures, FigureCodec.INSTANCE, Report.Builder::addFigures)
      .list("prisoners", Report::prisoners, PrisonerCodec.INSTANCE, Report.Builder::addPrisoners)
      .list("unlinked", Report::unlinked, PrisonerCodec.UNLINKED, Report.Builder::addUnlinked)
      .build();

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
}
