package dev.dispatch.json;

import dev.dispatch.id.PlaceId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import java.util.Optional;

/** A captive's particulars, with capture, custody, documents and interpreting. */
final class ParticularsCodec {
  private ParticularsCodec() {}

  private static final Table<Capture, Capture.Builder> CAPTURE = Table.of("a capture", Capture::builder,
          Capture.Builder::build)
      .optional("date", Capture::date, DateCodec.INSTANCE, Capture.Builder::date)
      .optional("location", Capture::location, PlaceCodec.LOCATION, Capture.Builder::location)
      .optional("by", Capture::by, Codec.STRING, Capture.Builder::by)
      .build();

  private static final Table<Custody, Custody.Builder> CUSTODY = Table.of("custody", Custody::builder,
          Custody.Builder::build)
      .optional("holder", Custody::holder, Codec.reference(SourceId::of), Custody.Builder::holder)
      .optional("location", Custody::location, PlaceCodec.LOCATION, Custody.Builder::location)
      .optional("conditions", Custody::conditions, Codec.STRING, Custody.Builder::conditions)
      .build();

  private static final Table<Interpreting, Interpreting.Builder> INTERPRETING = Table.of("interpreting",
          Interpreting::builder, Interpreting.Builder::build)
      .optional("language", Interpreting::language, Codec.STRING, Interpreting.Builder::language)
      .optional("interpreters", Interpreting::interpreters, Codec.STRING, Interpreting.Builder::interpreters)
      .optional("assistedBy", Interpreting::assistedBy, Codec.STRING, Interpreting.Builder::assistedBy)
      .build();

  private static final Table<Document, Document.Builder> DOCUMENT = Table.of("a document", Document::builder,
          Document.Builder::build)
      .required("kind", Document::kind, Codec.STRING, Document.Builder::kind)
      .optional("issuer", Document::issuer, Codec.STRING, Document.Builder::issuer)
      .optional("issuedToCarrier", Document::issuedToCarrier, Codec.BOOLEAN, Document.Builder::issuedToCarrier)
      .optional("holderDescription", Document::holderDescription, Codec.STRING, Document.Builder::holderDescription)
      .optional("holderOrigin", Document::holderOrigin, Codec.reference(PlaceId::of), Document.Builder::holderOrigin)
      .optional("holderName", d -> ProtectedCodec.present(d.holderName()), ProtectedCodec.TEXT,
          Document.Builder::holderName)
      .optional("holderDateOfBirth", d -> ProtectedCodec.present(d.holderDateOfBirth()), ProtectedCodec.DATE_OF_BIRTH,
          Document.Builder::holderDateOfBirth)
      .optional("number", d -> ProtectedCodec.present(d.number()), ProtectedCodec.TEXT, Document.Builder::number)
      .build();

  static final Table<Particulars, Particulars.Builder> INSTANCE = Table.of("particulars", Particulars::builder,
          Particulars.Builder::build)
      .optional("nationality", Particulars::nationality, PlaceCodec.COUNTRY, Particulars.Builder::nationality)
      .optional("force", Particulars::force, Codec.STRING, Particulars.Builder::force)
      .optional("side", Particulars::side, PlaceCodec.COUNTRY, Particulars.Builder::side)
      .optional("capture", Particulars::capture, CAPTURE, Particulars.Builder::capture)
      .optional("wounded", Particulars::wounded, Codec.BOOLEAN, Particulars.Builder::wounded)
      .list("injuries", Particulars::injuries, Codec.STRING, Particulars.Builder::addInjuries)
      .optional("custody", Particulars::custody, CUSTODY, Particulars.Builder::custody)
      .list("documents", Particulars::documents, DOCUMENT, Particulars.Builder::addDocuments)
      .optional("carriedNoDocuments", x -> x.carriedNoDocuments() ? Optional.of(true) : Optional.empty(),
          Codec.BOOLEAN, Particulars.Builder::carriedNoDocuments)
      .list("statements", Particulars::statements, Codec.reference(StatementId::of), Particulars.Builder::addStatements)
      .optional("interpreting", Particulars::interpreting, INTERPRETING, Particulars.Builder::interpreting)
      .optional("legalStatus", Particulars::legalStatus, Codec.enumeration(LegalStatus.class),
          Particulars.Builder::legalStatus)
      .build();
}
