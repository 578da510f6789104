package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Unit;
import dev.dispatch.event.Actor;
import dev.dispatch.event.Event;
import dev.dispatch.event.Exchange;
import dev.dispatch.event.ExchangeSide;
import dev.dispatch.event.Means;
import dev.dispatch.event.Target;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.EventId;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.party.Party;
import dev.dispatch.party.PartyRelation;
import dev.dispatch.person.Individual;
import dev.dispatch.person.Relationship;
import dev.dispatch.place.Control;
import dev.dispatch.place.Coordinates;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Charge;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Interpreting;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.report.Syndication;
import dev.dispatch.report.Update;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Link;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.ClockTime;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.Reference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which codec writes and reads each type of the core model on the mapper path
 * ({@link DispatchModule}). Every public type of {@code dispatch-core}'s exported packages is
 * either written and read by the codec the report's codec uses for it, or refused: none is left
 * to Jackson's bean or record serialization, which knows nothing of views and would write a
 * protected value's fields (with field visibility on, its value) in clear.
 *
 * <ul>
 *   <li>the types in {@link #CODECS}: the report, its elements and every value of them that has an
 *       object or a string of its own in the format;
 *   <li>a subtype of one (a generated implementation, a source's or a facet's variant): its
 *       supertype's codec, which writes the discriminator;
 *   <li>an enumeration of the model: its wire names ({@code "direct_quote"});
 *   <li>any other type of the model's packages (builders, exceptions, the phrase parsers' results,
 *       helpers): refused with an {@link tools.jackson.databind.exc.InvalidDefinitionException}.
 * </ul>
 */
final class ModelTypes {
  private ModelTypes() {}

  /** The packages {@code dispatch-core} exports; a test holds this list to its module descriptor. */
  static final Set<String> PACKAGES = Set.of("dev.dispatch.id", "dev.dispatch.count", "dev.dispatch.time",
      "dev.dispatch.place", "dev.dispatch.source", "dev.dispatch.statement", "dev.dispatch.figure",
      "dev.dispatch.prisoner", "dev.dispatch.privacy", "dev.dispatch.party", "dev.dispatch.person",
      "dev.dispatch.event", "dev.dispatch.report", "dev.dispatch.phrase");

  /** The model types with a codec of their own, and the codec: the one the report's codec uses for it. */
  static final Map<Class<?>, Codec<?>> CODECS = Map.ofEntries(
      Map.entry(Report.class, ReportCodec.INSTANCE),
      Map.entry(Update.class, ReportCodec.UPDATE),
      Map.entry(Syndication.class, ReportCodec.SYNDICATION),
      Map.entry(Count.class, CountCodec.INSTANCE),
      Map.entry(Proportion.class, CountCodec.PROPORTION),
      Map.entry(Unit.class, CountCodec.UNIT),
      Map.entry(DateValue.class, DateCodec.VALUE),
      Map.entry(DateMention.class, DateCodec.INSTANCE),
      Map.entry(DurationMention.class, DateCodec.DURATION),
      Map.entry(ClockTime.class, DateCodec.TIME_OF_DAY),
      Map.entry(Reference.class, DateCodec.REFERENCE),
      Map.entry(Place.class, PlaceCodec.INSTANCE),
      Map.entry(Location.class, PlaceCodec.LOCATION),
      Map.entry(Coordinates.class, PlaceCodec.COORDINATES),
      Map.entry(Control.class, PlaceCodec.CONTROL),
      Map.entry(CountryCode.class, Ids.COUNTRY),
      Map.entry(Party.class, PartyCodec.INSTANCE),
      Map.entry(PartyRelation.class, PartyCodec.RELATION),
      Map.entry(Source.class, SourceCodec.INSTANCE),
      Map.entry(Attribution.class, AttributionCodec.INSTANCE),
      Map.entry(Link.class, AttributionCodec.LINK),
      Map.entry(Channel.class, AttributionCodec.CHANNEL),
      Map.entry(Hedge.class, AttributionCodec.HEDGE),
      Map.entry(Individual.class, PersonCodec.INSTANCE),
      Map.entry(Relationship.class, PersonCodec.RELATIONSHIP),
      Map.entry(Identity.class, ProtectedCodec.IDENTITY),
      Map.entry(Protected.class, ProtectedCodec.ANY),
      Map.entry(Event.class, EventCodec.INSTANCE),
      Map.entry(Actor.class, EventCodec.ACTOR),
      Map.entry(Means.class, EventCodec.MEANS),
      Map.entry(Target.class, EventCodec.TARGET),
      Map.entry(Exchange.class, EventCodec.EXCHANGE),
      Map.entry(ExchangeSide.class, EventCodec.SIDE),
      Map.entry(Statement.class, StatementCodec.INSTANCE),
      Map.entry(Figure.class, FigureCodec.INSTANCE),
      Map.entry(Population.class, FigureCodec.POPULATION),
      Map.entry(Breakdown.class, FigureCodec.BREAKDOWN),
      Map.entry(Part.class, FigureCodec.PART),
      Map.entry(Facet.class, FigureCodec.FACET),
      Map.entry(Timeframe.class, FigureCodec.TIMEFRAME),
      Map.entry(FigureRelation.class, FigureCodec.RELATION),
      Map.entry(Prisoner.class, PrisonerCodec.INSTANCE),
      Map.entry(Particulars.class, ParticularsCodec.INSTANCE),
      Map.entry(Capture.class, ParticularsCodec.CAPTURE),
      Map.entry(Custody.class, ParticularsCodec.CUSTODY),
      Map.entry(Charge.class, ParticularsCodec.CHARGE),
      Map.entry(Transfer.class, ParticularsCodec.TRANSFER),
      Map.entry(Interpreting.class, ParticularsCodec.INTERPRETING),
      Map.entry(Document.class, ParticularsCodec.DOCUMENT),
      Map.entry(UnlinkedFacts.class, PrisonerCodec.UNLINKED),
      Map.entry(ReportId.class, Ids.REPORT),
      Map.entry(PlaceId.class, Ids.PLACE),
      Map.entry(PartyId.class, Ids.PARTY),
      Map.entry(SourceId.class, Ids.SOURCE),
      Map.entry(PersonId.class, Ids.PERSON),
      Map.entry(EventId.class, Ids.EVENT),
      Map.entry(StatementId.class, Ids.STATEMENT),
      Map.entry(FigureId.class, Ids.FIGURE),
      Map.entry(PrisonerId.class, Ids.PRISONER));

  /** A type's codec and the model type it is registered for, found once per class. */
  record Found(Class<?> type, Codec<?> codec) {}

  private static final ClassValue<Optional<Found>> FOUND = new ClassValue<>() {
    @Override
    protected Optional<Found> computeValue(Class<?> type) {
      return Optional.ofNullable(find(type));
    }
  };

  /**
   * The codec for values of {@code type}: its own, that of its nearest supertype with one (a
   * generated implementation, a variant of a union), an enumeration's of the model, or null.
   */
  static @Nullable Found codec(Class<?> type) {
    return FOUND.get(type).orElse(null);
  }

  /** Whether {@code type} belongs to the model, so that the module writes it or refuses it. */
  static boolean isModel(Class<?> type) {
    return PACKAGES.contains(type.getPackageName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Found find(Class<?> type) {
    Deque<Class<?>> queue = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      Class<?> c = queue.poll();
      if (!seen.add(c)) {
        continue;
      }
      Codec<?> codec = CODECS.get(c);
      if (codec != null) {
        return new Found(c, codec);
      }
      if (c.isEnum() && isModel(c)) {
        return new Found(c, Codec.enumeration((Class) c));
      }
      Class<?> parent = c.getSuperclass();
      if (parent != null) {
        queue.add(parent);
      }
      queue.addAll(java.util.List.of(c.getInterfaces()));
    }
    return null;
  }
}
