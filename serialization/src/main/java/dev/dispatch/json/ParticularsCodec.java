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
import tools.jackson.core.io.SerializedString;

/**
 * A captive's particulars: capture, detention history (custody spells in order, charges,
 * transfers, time in captivity), condition, documents, statements and interpreting. {@code wounded}
 * is omitted when {@code not_stated}, {@code carriedNoDocuments} when false, a document's
 * {@code issuedTo} when {@code not_stated}.
 */
final class ParticularsCodec {
  private ParticularsCodec() {}

  private static final Codec<PersonRole> ROLE = Codec.enumeration(PersonRole.class);
  private static final Codec<Wounded> WOUNDED = Codec.enumeration(Wounded.class);
  private static final Codec<LegalStatus> LEGAL_STATUS = Codec.enumeration(LegalStatus.class);

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
      .writtenBy(n -> {
        SerializedString date = n.of("date"), location = n.of("location"), by = n.of("by"), party = n.of("party");
        SerializedString event = n.of("event");
        return (c, g, w) -> {
          Table.optional(g, date, c.date(), DateCodec.INSTANCE, w);
          Table.optional(g, location, c.location(), PlaceCodec.LOCATION, w);
          Table.optional(g, by, c.by());
          Table.optional(g, party, c.party(), Ids.PARTY, w);
          Table.optional(g, event, c.event(), Ids.EVENT, w);
        };
      })
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
      .writtenBy(n -> {
        SerializedString holder = n.of("holder"), location = n.of("location"), period = n.of("period");
        SerializedString conditions = n.of("conditions");
        return (c, g, w) -> {
          Table.optional(g, holder, c.holder(), Ids.SOURCE, w);
          Table.optional(g, location, c.location(), PlaceCodec.LOCATION, w);
          Table.optional(g, period, c.period(), DateCodec.INSTANCE, w);
          Table.optional(g, conditions, c.conditions());
        };
      })
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
      .optional("role", Particulars::role, ROLE, Particulars.Builder::role)
      .optional("capture", Particulars::capture, CAPTURE, Particulars.Builder::capture)
      .byDefault("wounded", Particulars::wounded, Wounded.NOT_STATED, WOUNDED,
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
      .optional("legalStatus", Particulars::legalStatus, LEGAL_STATUS, Particulars.Builder::legalStatus)
      .writtenBy(n -> {
        SerializedString nationality = n.of("nationality"), force = n.of("force"), side = n.of("side");
        SerializedString age = n.of("age"), rank = n.of("rank"), role = n.of("role"), capture = n.of("capture");
        SerializedString wounded = n.of("wounded"), injuries = n.of("injuries"), health = n.of("health");
        SerializedString custody = n.of("custody"), charges = n.of("charges"), transfers = n.of("transfers");
        SerializedString captivity = n.of("captivity"), documents = n.of("documents");
        SerializedString carriedNoDocuments = n.of("carriedNoDocuments"), statements = n.of("statements");
        SerializedString interpreting = n.of("interpreting"), legalStatus = n.of("legalStatus");
        return (p, g, w) -> {
          Table.optional(g, nationality, p.nationality(), Ids.COUNTRY, w);
          Table.optional(g, force, p.force(), Ids.PARTY, w);
          Table.optional(g, side, p.side(), Ids.PARTY, w);
          Table.optional(g, age, p.age(), CountCodec.INSTANCE, w);
          Table.optional(g, rank, p.rank());
          Table.optional(g, role, p.role(), ROLE, w);
          Table.optional(g, capture, p.capture(), CAPTURE, w);
          Table.byDefault(g, wounded, p.wounded(), Wounded.NOT_STATED, WOUNDED, w);
          Table.strings(g, injuries, p.injuries());
          Table.strings(g, health, p.health());
          Table.list(g, custody, p.custody(), CUSTODY, w);
          Table.list(g, charges, p.charges(), CHARGE, w);
          Table.list(g, transfers, p.transfers(), TRANSFER, w);
          Table.optional(g, captivity, p.captivity(), DateCodec.DURATION, w);
          Table.list(g, documents, p.documents(), DOCUMENT, w);
          Table.byDefault(g, carriedNoDocuments, p.carriedNoDocuments(), false, Codec.BOOLEAN, w);
          Table.list(g, statements, p.statements(), Ids.STATEMENT, w);
          Table.optional(g, interpreting, p.interpreting(), INTERPRETING, w);
          Table.optional(g, legalStatus, p.legalStatus(), LEGAL_STATUS, w);
        };
      })
      .build();
}
