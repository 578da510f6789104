package dev.dispatch.json;

import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.report.UpdateKind;
import dev.dispatch.time.DateValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

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
        throw ReadState.error(p, r.pointer(p), "\"" + FORMAT + "\"", "another format", null);
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
        throw ReadState.error(p, r.pointer(p), "version " + VERSION + " (this library reads format v1)",
            "another version", null);
      }
      return (long) VERSION;
    }
  };

  private static final class UpdateParts {
    UpdateKind kind = UpdateKind.UPDATE;
    @Nullable DateValue when;
    @Nullable String text;
  }

  /** {@code {"kind": "correction", "when": "2025-03-15", "text": "..."}}; {@code kind} omitted for an update. */
  static final Table<Update, UpdateParts> UPDATE = Table.of("an update", UpdateParts::new,
          (UpdateParts u) -> new Update(u.kind, Optional.ofNullable(u.when), Optional.ofNullable(u.text)))
      .byDefault("kind", Update::kind, UpdateKind.UPDATE, Codec.enumeration(UpdateKind.class), (u, v) -> u.kind = v)
      .optional("when", Update::when, DateCodec.VALUE, (u, v) -> u.when = v)
      .optional("text", Update::text, Codec.STRING, (u, v) -> u.text = v)
      .build();

  /**
   * A URI reference as {@link URI} parses it (RFC 2396): the model takes any {@link URI}, so the
   * reader does too; {@link URI#toString()} gives back the text it was parsed from.
   */
  private static final Codec<URI> URI_CODEC = Codec.text(URI::toString, "a URI", ReportCodec::uri);

  private static final class SyndicationParts {
    @Nullable String agency;
    @Nullable URI original;
  }

  /** {@code {"agency": "Example Press", "original": "https://..."}}: whose copy this is. */
  static final Table<Syndication, SyndicationParts> SYNDICATION = Table.of("a syndication",
          SyndicationParts::new,
          (SyndicationParts s) -> new Syndication(Objects.requireNonNull(s.agency), Optional.ofNullable(s.original)))
      .required("agency", Syndication::agency, Codec.STRING, (s, v) -> s.agency = v)
      .optional("original", Syndication::original, URI_CODEC, (s, v) -> s.original = v)
      .build();

  static final Table<Report, Report.Builder> INSTANCE = Table.of("a Dispatch report document", Report::builder,
          (Report.Builder b, ReadState r) -> {
            r.resolveReferences();
            return b.build();
          })
      .required("format", x -> FORMAT, FORMAT_NAME, (b, v) -> { })
      .required("version", x -> (long) VERSION, FORMAT_VERSION, (b, v) -> { })
      .required("id", Report::id, Ids.REPORT, Report.Builder::id)
      .optional("url", Report::url, URI_CODEC, Report.Builder::url)
      .optional("headline", Report::headline, Codec.STRING, Report.Builder::headline)
      .optional("standfirst", Report::standfirst, Codec.STRING, Report.Builder::standfirst)
      .required("publisher", Report::publisher, Codec.STRING, Report.Builder::publisher)
      .optional("credit", Report::credit, Codec.STRING, Report.Builder::credit)
      .list("contributors", Report::contributors, Codec.STRING, Report.Builder::addContributors)
      .required("language", Report::language, Codec.STRING, Report.Builder::language)
      .optional("published", Report::published, DateCodec.VALUE, Report.Builder::published)
      .list("updates", Report::updates, UPDATE, Report.Builder::addUpdates)
      .optional("dateline", Report::dateline, Codec.STRING, Report.Builder::dateline)
      .optional("syndication", Report::syndication, SYNDICATION, Report.Builder::syndication)
      .list("pictureCredits", Report::pictureCredits, Codec.STRING, Report.Builder::addPictureCredits)
      .byDefault("truncated", Report::truncated, false, Codec.BOOLEAN, Report.Builder::truncated)
      .list("places", Report::places, PlaceCodec.INSTANCE, Report.Builder::addPlaces)
      .list("parties", Report::parties, PartyCodec.INSTANCE, Report.Builder::addParties)
      .list("sources", Report::sources, SourceCodec.INSTANCE, Report.Builder::addSources)
      .list("people", Report::people, PersonCodec.INSTANCE, Report.Builder::addPeople)
      .list("events", Report::events, EventCodec.INSTANCE, Report.Builder::addEvents)
      .list("statements", Report::statements, StatementCodec.INSTANCE, Report.Builder::addStatements)
      .list("figures", Report::figures, FigureCodec.INSTANCE, Report.Builder::addFigures)
      .list("prisoners", Report::prisoners, PrisonerCodec.INSTANCE, Report.Builder::addPrisoners)
      .list("unlinked", Report::unlinked, PrisonerCodec.UNLINKED, Report.Builder::addUnlinked)
      .writtenBy(n -> {
        SerializedString format = n.of("format"), version = n.of("version"), id = n.of("id"), url = n.of("url");
        SerializedString headline = n.of("headline"), standfirst = n.of("standfirst");
        SerializedString publisher = n.of("publisher"), credit = n.of("credit");
        SerializedString contributors = n.of("contributors"), language = n.of("language");
        SerializedString published = n.of("published"), updates = n.of("updates"), dateline = n.of("dateline");
        SerializedString syndication = n.of("syndication"), pictureCredits = n.of("pictureCredits");
        SerializedString truncated = n.of("truncated"), places = n.of("places"), parties = n.of("parties");
        SerializedString sources = n.of("sources"), people = n.of("people"), events = n.of("events");
        SerializedString statements = n.of("statements"), figures = n.of("figures"), prisoners = n.of("prisoners");
        SerializedString unlinked = n.of("unlinked");
        return (r, g, w) -> {
          Table.required(g, format, FORMAT);
          g.writeName(version);
          g.writeNumber(VERSION);
          Table.required(g, id, r.id().value());
          Table.optional(g, url, r.url(), URI_CODEC, w);
          Table.optional(g, headline, r.headline());
          Table.optional(g, standfirst, r.standfirst());
          Table.required(g, publisher, r.publisher());
          Table.optional(g, credit, r.credit());
          Table.strings(g, contributors, r.contributors());
          Table.required(g, language, r.language());
          Table.optional(g, published, r.published(), DateCodec.VALUE, w);
          Table.list(g, updates, r.updates(), UPDATE, w);
          Table.optional(g, dateline, r.dateline());
          Table.optional(g, syndication, r.syndication(), SYNDICATION, w);
          Table.strings(g, pictureCredits, r.pictureCredits());
          Table.byDefault(g, truncated, r.truncated(), false, Codec.BOOLEAN, w);
          Table.list(g, places, r.places(), PlaceCodec.INSTANCE, w);
          Table.list(g, parties, r.parties(), PartyCodec.INSTANCE, w);
          Table.list(g, sources, r.sources(), SourceCodec.INSTANCE, w);
          Table.list(g, people, r.people(), PersonCodec.INSTANCE, w);
          Table.list(g, events, r.events(), EventCodec.INSTANCE, w);
          Table.list(g, statements, r.statements(), StatementCodec.INSTANCE, w);
          Table.list(g, figures, r.figures(), FigureCodec.INSTANCE, w);
          Table.list(g, prisoners, r.prisoners(), PrisonerCodec.INSTANCE, w);
          Table.list(g, unlinked, r.unlinked(), PrisonerCodec.UNLINKED, w);
        };
      })
      .build();

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI", e);
    }
  }
}
