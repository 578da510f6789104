package dev.dispatch.json;

import dev.dispatch.id.EventId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.SourceId;
import dev.dispatch.person.PersonRole;
import dev.dispatch.place.Location;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.IssuedTo;
import dev.dispatch.prisoner.LegalStatus;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.TransferKind;
import dev.dispatch.prisoner.Wounded;
import dev.dispatch.time.DateMention;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A captive's particulars: capture, detention history (custody spells in order, charges,
 * transfers, time in captivity), condition, documents, statements and interpreting. {@code wounded}
 * is omitted when {@code not_stated}, {@code carriedNoDocuments} when false, a document's
 * {@code issuedTo} when {@code not_stated}.
 */
final class ParticularsCodec {
  private ParticularsCodec() {}

  private static final class CaptureParts {
    @Nullable DateMention date;
    @Nullable Location location;
    @Nullable String by;
    @Nullable PartyId party;
    @Nullable EventId event;
  }

  static final Table<Capture, CaptureParts> CAPTURE = Table.of("a capture", CaptureParts::new,
          (CaptureParts c) -> new Capture(Optional.ofNullable(c.date), Optional.ofNullable(c.location),
              Optional.ofNullable(c.by), Optional.ofNullable(c.party), Optional.ofNullable(c.event)))
      .optional("date", Capture::date, DateCodec.INSTANCE, (c, v) -> c.date = v)
      .optional("location", Capture::location, PlaceCodec.LOCATION, (c, v) -> c.location = v)
      .optional("by", Capture::by, Codec.STRING, (c, v) -> c.by = v)
      .optional("party", Capture::party, Ids.PARTY, (c, v) -> c.party = v)
      .optional("event", Capture::event, Ids.EVENT, (c, v) -> c.event = v)
      .build();

  private static final class CustodyParts {
    @Nullable SourceId holder;
    @Nullable Location location;
    @Nullable DateMention period;
    @Nullable String conditions;
  }

  static final Table<Custody, CustodyParts> CUSTODY = Table.of("custody", CustodyParts::new,
          (CustodyParts c) -> new Custody(Optional.ofNullable(c.holder), Optional.ofNullable(c.location),
              Optional.ofNullable(c.period), Optional.ofNullable(c.conditions)))
      .optional("holder", Custody::holder, Ids.SOURCE, (c, v) -> c.holder = v)
      .optional("location", Custody::location, PlaceCodec.LOCATION, (c, v) -> c.location = v)
      .optional("period", Custody::period, DateCodec.INSTANCE, (c, v) -> c.period = v)
      .optional("conditions", Custody::conditions, Codec.STRING, (c, v) -> c.conditions = v)
      .build();

  private static final class ChargeParts {
    @Nullable String article;
    @Nullable String code;
    @Nullable String description;
    @Nullable SourceId authority;
    @Nullable DateMention date;
  }

  static final Table<Charge, ChargeParts> CHARGE = Table.of("a charge", ChargeParts::new,
          (ChargeParts c) -> new Charge(Optional.ofNullable(c.article), Optional.ofNullable(c.code),
              Optional.ofNullable(c.description), Optional.ofNullable(c.authority), Optional.ofNullable(c.date)))
      .optional("article", Charge::article, Codec.STRING, (c, v) -> c.article = v)
      .optional("code", Charge::code, Codec.STRING, (c, v) -> c.code = v)
      .optional("description", Charge::description, Codec.STRING, (c, v) -> c.description = v)
      .optional("authority", Charge::authority, Ids.SOURCE, (c, v) -> c.authority = v)
      .optional("date", Charge::date, DateCodec.INSTANCE, (c, v) -> c.date = v)
      .build();

  private static final class TransferParts {
    @Nullable TransferKind kind;
    @Nullable DateMention date;
    @Nullable Location location;
    @Nullable EventId event;
  }

  static final Table<Transfer, TransferParts> TRANSFER = Table.of("a transfer", TransferParts::new,
          (TransferParts t) -> new Transfer(Objects.requireNonNull(t.kind), Optional.ofNullable(t.date),
              Optional.ofNullable(t.location), Optional.ofNullable(t.event)))
      .required("kind", Transfer::kind, Codec.enumeration(TransferKind.class), (t, v) -> t.kind = v)
      .optional("date", Transfer::date, DateCodec.INSTANCE, (t, v) -> t.date = v)
      .optional("location", Transfer::location, PlaceCodec.LOCATION, (t, v) -> t.location = v)
      .optional("event", Transfer::event, Ids.EVENT, (t, v) -> t.event = v)
      .build();

  private static final class InterpretingParts {
    @Nullable String language;
    @Nullable String interpreters;
    @Nullable String assistedBy;
  }

  static final Table<Interpreting, InterpretingParts> INTERPRETING = Table.of("interpreting",
          InterpretingParts::new, (InterpretingParts i) -> new Interpreting(Optional.ofNullable(i.language),
              Optional.ofNullable(i.interpreters), Optional.ofNullable(i.assistedBy)))
      .optional("language", Interpreting::language, Codec.STRING, (i, v) -> i.language = v)
      .optional("interpreters", Interpreting::interpreters, Codec.STRING, (i, v) -> i.interpreters = v)
      .optional("assistedBy", Interpreting::assistedBy, Codec.STRING, (i, v) -> i.assistedBy = v)
      .build();

  static final Table<Document, Document.Builder> DOCUMENT = Table.of("a document", Document::builder,
          Document.Builder::build)
      .required("kind", Document::kind, Codec.STRING, Document.Builder::kind)
      .optional("issuer", Document::issuer, Codec.STRING, Document.Builder::issuer)
      .byDefault("issuedTo", Document::issuedTo, IssuedTo.NOT_STATED, Codec.enumeration(IssuedTo.class),
          Document.Builder::issuedTo)
      .optional("holderDescription", Document::holderDescription, Codec.STRING, Document.Builder::holderDescription)
      .optional("holderOrigin", Document::holderOrigin, Ids.PLACE, Document.Builder::holderOrigin)
      .optional("holderName", d -> ProtectedCodec.present(d.holderName()), ProtectedCodec.TEXT,
          Document.Builder::holderName)
      .optional("holderDateOfBirth", d -> ProtectedCodec.present(d.holderDateOfBirth()), ProtectedCodec.DATE_OF_BIRTH,
          Document.Builder::holderDateOfBirth)
      .optional("number", d -> ProtectedCodec.present(d.number()), ProtectedCodec.TEXT, Document.Builder::number)
      .build();

  static final Table<Particulars, Particulars.Builder> INSTANCE = Table.of("particulars", Particulars::builder,
          Particulars.Builder::build)
      .optional("nationality", Particulars::nationality, Ids.COUNTRY, Particulars.Builder::nationality)
      .optional("force", Particulars::force, Ids.PARTY, Particulars.Builder::force)
      .optional("side", Particulars::side, Ids.PARTY, Particulars.Builder::side)
      .optional("age", Particulars::age, CountCodec.INSTANCE, Particulars.Builder::age)
      .optional("rank", Particulars::rank, Codec.STRING, Particulars.Builder::rank)
      .optional("role", Particulars::role, Codec.enumeration(PersonRole.class), Particulars.Builder::role)
      .optional("capture", Particulars::capture, CAPTURE, Particulars.Builder::capture)
      .byDefault("wounded", Particulars::wounded, Wounded.NOT_STATED, Codec.enumeration(Wounded.class),
          Particulars.Builder::wounded)
      .list("injuries", Particulars::injuries, Codec.STRING, Particulars.Builder::addInjuries)
      .list("health", Particulars::health, Codec.STRING, Particulars.Builder::addHealth)
      .list("custody", Particulars::custody, CUSTODY, Particulars.Builder::addCustody)
      .list("charges", Particulars::charges, CHARGE, Particulars.Builder::addCharges)
      .list("transfers", Particulars::transfers, TRANSFER, Particulars.Builder::addTransfers)
      .optional("captivity", Particulars::captivity, DateCodec.DURATION, Particulars.Builder::captivity)
      .list("documents", Particulars::documents, DOCUMENT, Particulars.Builder::addDocuments)
      .byDefault("carriedNoDocuments", Particulars::carriedNoDocuments, false, Codec.BOOLEAN,
          Particulars.Builder::carriedNoDocuments)
      .list("statements", Particulars::statements, Ids.STATEMENT, Particulars.Builder::addStatements)
      .optional("interpreting", Particulars::interpreting, INTERPRETING, Particulars.Builder::interpreting)
      .optional("legalStatus", Particulars::legalStatus, Codec.enumeration(LegalStatus.class),
          Particulars.Builder::legalStatus)
      .build();
}
