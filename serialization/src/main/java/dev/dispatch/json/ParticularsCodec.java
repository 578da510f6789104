package dev.dispatch.json;

import dev.dispatch.id.PlaceId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** A captive's particulars, with capture, custody, documents and interpreting. */
final class ParticularsCodec implements Codec<Particulars> {
  static final ParticularsCodec INSTANCE = new ParticularsCodec();

  @Override
  public void write(Particulars x, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    WriteState.string(g, "nationality", x.nationality().map(CountryCode::alpha2));
    WriteState.string(g, "force", x.force());
    WriteState.string(g, "side", x.side().map(CountryCode::alpha2));
    WriteState.object(g, "capture", x.capture(), (c, gen) -> {
      gen.writeStartObject();
      WriteState.object(gen, "date", c.date(), (m, gg) -> DateCodec.INSTANCE.write(m, gg, w));
      WriteState.object(gen, "location", c.location(), (l, gg) -> PlaceCodec.LOCATION.write(l, gg, w));
      WriteState.string(gen, "by", c.by());
      w.end(gen);
    });
    if (x.wounded().isPresent()) {
      g.writeBooleanProperty("wounded", x.wounded().get());
    }
    WriteState.strings(g, "injuries", x.injuries());
    WriteState.object(g, "custody", x.custody(), (c, gen) -> {
      gen.writeStartObject();
      WriteState.string(gen, "holder", c.holder().map(SourceId::value));
      WriteState.object(gen, "location", c.location(), (l, gg) -> PlaceCodec.LOCATION.write(l, gg, w));
      WriteState.string(gen, "conditions", c.conditions());
      w.end(gen);
    });
    WriteState.array(g, "documents", x.documents(), (d, gen) -> document(d, gen, w));
    if (x.carriedNoDocuments()) {
      g.writeBooleanProperty("carriedNoDocuments", true);
    }
    WriteState.array(g, "statements", x.statements(), (s, gen) -> gen.writeString(s.value()));
    WriteState.object(g, "interpreting", x.interpreting(), (i, gen) -> {
      gen.writeStartObject();
      WriteState.string(gen, "language", i.language());
      WriteState.string(gen, "interpreters", i.interpreters());
      WriteState.string(gen, "assistedBy", i.assistedBy());
      w.end(gen);
    });
    WriteState.enumValue(g, "legalStatus", x.legalStatus());
    w.end(g);
  }

  private static void document(Document d, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("kind", d.kind());
    WriteState.string(g, "issuer", d.issuer());
    if (d.issuedToCarrier().isPresent()) {
      g.writeBooleanProperty("issuedToCarrier", d.issuedToCarrier().get());
    }
    WriteState.string(g, "holderDescription", d.holderDescription());
    WriteState.string(g, "holderOrigin", d.holderOrigin().map(PlaceId::value));
    ProtectedCodec.TEXT.property(g, "holderName", d.holderName(), w);
    ProtectedCodec.DATE.property(g, "holderDateOfBirth", d.holderDateOfBirth(), w);
    ProtectedCodec.TEXT.property(g, "number", d.number(), w);
    w.end(g);
  }

  @Override
  public Particulars read(JsonParser p, ReadState r) {
    r.startObject(p, "particulars");
    Particulars.Builder b = Particulars.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "nationality":
          b.nationality(PlaceCodec.COUNTRY.read(p, r));
          break;
        case "force":
          b.force(r.string(p));
          break;
        case "side":
          b.side(PlaceCodec.COUNTRY.read(p, r));
          break;
        case "capture":
          b.capture(capture(p, r));
          break;
        case "wounded":
          b.wounded(r.bool(p));
          break;
        case "injuries":
          b.injuries(r.list(p, "strings", r::string));
          break;
        case "custody":
          b.custody(custody(p, r));
          break;
        case "documents":
          b.documents(r.list(p, "documents", q -> document(q, r)));
          break;
        case "carriedNoDocuments":
          b.carriedNoDocuments(r.bool(p));
          break;
        case "statements":
          b.statements(r.list(p, "statement ids", q -> r.reference(q, StatementId::of)));
          break;
        case "interpreting":
          b.interpreting(interpreting(p, r));
          break;
        case "legalStatus":
          b.legalStatus(r.enumValue(p, LegalStatus.class));
          break;
        default:
          r.unknown(p, name, "nationality, force, side, capture, wounded, injuries, custody, documents, "
              + "carriedNoDocuments, statements, interpreting, legalStatus");
      }
    }
    return r.build(p, b::build);
  }

  private static Capture capture(JsonParser p, ReadState r) {
    r.startObject(p, "a capture");
    Capture.Builder b = Capture.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "date":
          b.date(DateCodec.INSTANCE.read(p, r));
          break;
        case "location":
          b.location(PlaceCodec.LOCATION.read(p, r));
          break;
        case "by":
          b.by(r.string(p));
          break;
        default:
          r.unknown(p, name, "date, location, by");
      }
    }
    return r.build(p, b::build);
  }

  private static Custody custody(JsonParser p, ReadState r) {
    r.startObject(p, "custody");
    Custody.Builder b = Custody.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "holder":
          b.holder(r.reference(p, SourceId::of));
          break;
        case "location":
          b.location(PlaceCodec.LOCATION.read(p, r));
          break;
        case "conditions":
          b.conditions(r.string(p));
          break;
        default:
          r.unknown(p, name, "holder, location, conditions");
      }
    }
    return r.build(p, b::build);
  }

  private static Interpreting interpreting(JsonParser p, ReadState r) {
    r.startObject(p, "interpreting");
    Interpreting.Builder b = Interpreting.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "language":
          b.language(r.string(p));
          break;
        case "interpreters":
          b.interpreters(r.string(p));
          break;
        case "assistedBy":
          b.assistedBy(r.string(p));
          break;
        default:
          r.unknown(p, name, "language, interpreters, assistedBy");
      }
    }
    return r.build(p, b::build);
  }

  private static Document document(JsonParser p, ReadState r) {
    r.startObject(p, "a document");
    Document.Builder b = Document.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "kind":
          b.kind(r.string(p));
          break;
        case "issuer":
          b.issuer(r.string(p));
          break;
        case "issuedToCarrier":
          b.issuedToCarrier(r.bool(p));
          break;
        case "holderDescription":
          b.holderDescription(r.string(p));
          break;
        case "holderOrigin":
          b.holderOrigin(r.reference(p, PlaceId::of));
          break;
        case "holderName":
          b.holderName(ProtectedCodec.TEXT.read(p, r));
          break;
        case "holderDateOfBirth":
          b.holderDateOfBirth(ProtectedCodec.DATE.read(p, r));
          break;
        case "number":
          b.number(ProtectedCodec.TEXT.read(p, r));
          break;
        default:
          r.unknown(p, name, "kind, issuer, issuedToCarrier, holderDescription, holderOrigin, holderName, "
              + "holderDateOfBirth, number");
      }
    }
    return r.build(p, b::build);
  }
}
