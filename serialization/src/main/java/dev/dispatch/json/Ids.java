package dev.dispatch.json;

import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.CountryCode;

/**
 * The leaf codecs every other codec shares: references by id to each kind of element (a string,
 * resolved when the report is complete) and country codes. In one class that depends on no other
 * codec, so that the codecs' classes initialise in any order.
 */
final class Ids {
  private Ids() {}

  static final Codec<PlaceId> PLACE = Codec.reference(PlaceId::of);
  static final Codec<PartyId> PARTY = Codec.reference(PartyId::of);
  static final Codec<SourceId> SOURCE = Codec.reference(SourceId::of);
  static final Codec<PersonId> PERSON = Codec.reference(PersonId::of);
  static final Codec<EventId> EVENT = Codec.reference(EventId::of);
  static final Codec<StatementId> STATEMENT = Codec.reference(StatementId::of);
  static final Codec<FigureId> FIGURE = Codec.reference(FigureId::of);
  static final Codec<PrisonerId> PRISONER = Codec.reference(PrisonerId::of);
  /** A report's own id: no element of a report refers to it. */
  static final Codec<ReportId> REPORT = Codec.text(ReportId::value, "an id", ReportId::of);

  /** An ISO 3166-1 alpha-2 code assigned today, or XK: what {@link CountryCode#codes()} lists. */
  static final Codec<CountryCode> COUNTRY = Codec.text(CountryCode::alpha2, "an ISO 3166-1 alpha-2 code (or XK)",
      CountryCode::of);
}
