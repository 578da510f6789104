package dev.dispatch.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline a user would otherwise write: the shape of Dispatch's JSON format (v1 on the v2
 * model, {@code docs/json-format.md}) as plain Java records, read and written by Jackson 3
 * databind with no validation, no invariants, no references resolved and no protected-data
 * handling. Every object of the format has its record, with its components in the order the
 * format writes its properties; unions on {@code type} (sources, facets, timeframes, relations
 * between figures) are sealed interfaces with one record per variant; a protected value is one
 * record with every state's properties. Absent values are {@code null} and are not written, so a
 * record read from Dispatch's output writes the same bytes back ({@code RecordsTest} holds it).
 */
public final class Records {
  private Records() {}

  /**
   * The mapper of the baseline: Jackson's defaults (a record's properties in the order of its
   * components), but {@code null}s omitted, as the format omits what is absent.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /** The report document. */
  public record RReport(String format, int version, String id, String url, String headline, String standfirst,
      String publisher, String credit, List<String> contributors, String language, String published,
      List<RUpdate> updates, String dateline, RSyndication syndication, List<String> pictureCredits,
      Boolean truncated, List<RPlace> places, List<RParty> parties, List<RSource> sources, List<RIndividual> people,
      List<REvent> events, List<RStatement> statements, List<RFigure> figures, List<RPrisoner> prisoners,
      List<RUnlinked> unlinked) {}

  /** An update or correction. */
  public record RUpdate(String kind, String when, String text) {}

  /** Whose copy the report is. */
  public record RSyndication(String agency, String original) {}

  // --- places and parties --------------------------------------------------------------------

  /** A place. */
  public record RPlace(String id, String printedName, String canonicalName, List<String> aliases, String kind,
      String country, String within, RLocation position, List<RControl> control, Long geonamesId,
      RCoordinates coordinates) {}

  /** Coordinates. */
  public record RCoordinates(double latitude, double longitude, String precision) {}

  /** Control of a place by a party. */
  public record RControl(String party, RDate asOf) {}

  /** A location relative to places. */
  public record RLocation(String relation, List<String> places, String phrase) {}

  /** A party to the conflict. */
  public record RParty(String id, String name, List<String> aliases, String kind, String country,
      List<RPartyRelation> relations) {}

  /** A relation between parties. */
  public record RPartyRelation(String kind, String party) {}

  // --- sources and attributions --------------------------------------------------------------

  /** Any kind of source, by {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = RPerson.class, name = "person"),
      @JsonSubTypes.Type(value = ROrganisation.class, name = "organisation"),
      @JsonSubTypes.Type(value = RAnonymous.class, name = "anonymous"),
      @JsonSubTypes.Type(value = RCollective.class, name = "collective"),
      @JsonSubTypes.Type(value = RUnspecified.class, name = "unspecified"),
      @JsonSubTypes.Type(value = RIndividualSource.class, name = "individual_source"),
      @JsonSubTypes.Type(value = ROwnVoice.class, name = "own_voice")})
  public sealed interface RSource permits RPerson, ROrganisation, RAnonymous, RCollective, RUnspecified,
      RIndividualSource, ROwnVoice {}

  /** A named person. */
  public record RPerson(String id, String name, String role, String affiliation) implements RSource {}

  /** An organisation. */
  public record ROrganisation(String id, String name, String abbreviation, String kind, String country, String parent,
      String party) implements RSource {}

  /** An anonymous source. */
  public record RAnonymous(String id, String description, String anonymity, String reason, String affiliation)
      implements RSource {}

  /** A group speaking together. */
  public record RCollective(String id, String description, List<String> members, String affiliation,
      String anonymity, String reason) implements RSource {}

  /** "Reportedly". */
  public record RUnspecified(String id, String phrase) implements RSource {}

  /** A person of the report speaking. */
  public record RIndividualSource(String id, String person) implements RSource {}

  /** The outlet's own voice. */
  public record ROwnVoice(String id, String voice) implements RSource {}

  /** One link of an attribution chain; a chain is a list of links, origin first. */
  public record RLink(String source, String mode, String status, RChannel channel, RDate when) {}

  /** A channel. */
  public record RChannel(String kind, String platform) {}

  /** A hedge. */
  public record RHedge(String kind, String phrase) {}

  // --- time ----------------------------------------------------------------------------------

  /** A date mention. */
  public record RDate(String phrase, String value, String time, RReferenceDate reference, String relative) {}

  /** What a date mention was resolved against. */
  public record RReferenceDate(String date, String origin) {}

  /** A duration. */
  public record RDuration(String phrase, RCount length) {}

  // --- people --------------------------------------------------------------------------------

  /** A person mentioned. */
  public record RIndividual(String id, String description, RIdentity identity, String role, String rank, RCount age,
      String nationality, List<String> health, List<RRelationship> relationships, String party,
      List<String> events) {}

  /** A relationship of a person mentioned. */
  public record RRelationship(String kind, RRef to, String phrase) {}

  /** A typed reference to an element. */
  public record RRef(String kind, String id) {}

  /** Who a prisoner or person is. */
  public record RIdentity(RProtected name, RProtected partialName, RProtected dateOfBirth, RProtected face) {}

  /** A protected value, any state. */
  public record RProtected(String state, String value, String note, String release) {}

  // --- events --------------------------------------------------------------------------------

  /** An event. */
  public record REvent(String id, String kind, String label, RDate time, RLocation location, RDuration duration,
      List<RActor> actors, List<RMeans> means, List<RTarget> targets, RExchange exchange) {}

  /** An actor of an event. */
  public record RActor(String party, String description, List<RLink> attribution, RHedge hedge) {}

  /** The means of an event. */
  public record RMeans(String kind, String phrase) {}

  /** A target of an event. */
  public record RTarget(String description, String place) {}

  /** A prisoner exchange. */
  public record RExchange(List<RExchangeSide> sides, List<String> mediators) {}

  /** A side of an exchange. */
  public record RExchangeSide(String party, List<String> counts) {}

  // --- statements and figures ----------------------------------------------------------------

  /** A statement. */
  public record RStatement(String id, List<RLink> attribution, String text, String stance, RHedge hedge,
      Boolean truncated, List<RRef> about, RDate eventTime, RLocation location) {}

  /** A count. */
  public record RCount(String qualifier, Long number, Long rangeEnd, String magnitude, Long estimate, String unit,
      String noun, String phrase) {}

  /** A proportion. */
  public record RProportion(String qualifier, Long numerator, Long denominator, String phrase) {}

  /** A population. */
  public record RPopulation(String description, String nationality, String force, String side, String status,
      String ageGroup, String sex) {}

  /** A figure. */
  public record RFigure(String id, String measure, List<String> outcomes, String outcomePhrase, RCount count,
      RPopulation population, RLocation location, RTimeframe timeframe, String basis, String scope, String event,
      List<List<RLink>> attributions, RHedge hedge, List<RBreakdown> breakdowns, List<RRelation> relations) {}

  /** The time a figure covers, by {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = RDuring.class, name = "during"),
      @JsonSubTypes.Type(value = ROver.class, name = "over"),
      @JsonSubTypes.Type(value = RCumulative.class, name = "cumulative")})
  public sealed interface RTimeframe permits RDuring, ROver, RCumulative {}

  /** During a period. */
  public record RDuring(RDate period) implements RTimeframe {}

  /** Over a length of time. */
  public record ROver(RDuration length, RDate ending) implements RTimeframe {}

  /** Cumulative. */
  public record RCumulative(RDate since, RDate asOf) implements RTimeframe {}

  /** A relation to another figure, by {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = RRevises.class, name = "revises"),
      @JsonSubTypes.Type(value = RShareOf.class, name = "share_of"),
      @JsonSubTypes.Type(value = RSumOf.class, name = "sum_of"),
      @JsonSubTypes.Type(value = RExcludedFrom.class, name = "excluded_from"),
      @JsonSubTypes.Type(value = RComparedWith.class, name = "compared_with")})
  public sealed interface RRelation permits RRevises, RShareOf, RSumOf, RExcludedFrom, RComparedWith {}

  /** Revises an earlier figure. */
  public record RRevises(String earlier) implements RRelation {}

  /** A share of another figure. */
  public record RShareOf(String base, RProportion share, String baseDescription) implements RRelation {}

  /** The sum of other figures. */
  public record RSumOf(List<String> parts) implements RRelation {}

  /** Excluded from a total. */
  public record RExcludedFrom(String total) implements RRelation {}

  /** Compared with another figure. */
  public record RComparedWith(String other, String explanation) implements RRelation {}

  /** A breakdown into parts. */
  public record RBreakdown(String completeness, List<RPart> parts) {}

  /** A part of a whole; it may break down further. */
  public record RPart(List<RFacet> facets, RCount count, List<List<RLink>> attributions, RDate date, RHedge hedge,
      RProportion share, List<RBreakdown> breakdowns) {}

  /** A facet of a part, by {@code type} (its dimension). */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ROutcomeFacet.class, name = "outcome"),
      @JsonSubTypes.Type(value = RAgeFacet.class, name = "age"),
      @JsonSubTypes.Type(value = RSexFacet.class, name = "sex"),
      @JsonSubTypes.Type(value = RStatusFacet.class, name = "status"),
      @JsonSubTypes.Type(value = RPlaceFacet.class, name = "place"),
      @JsonSubTypes.Type(value = RPartyFacet.class, name = "party"),
      @JsonSubTypes.Type(value = RHeldByFacet.class, name = "held_by"),
      @JsonSubTypes.Type(value = RLabelFacet.class, name = "label")})
  public sealed interface RFacet permits ROutcomeFacet, RAgeFacet, RSexFacet, RStatusFacet, RPlaceFacet, RPartyFacet,
      RHeldByFacet, RLabelFacet {}

  /** By outcome. */
  public record ROutcomeFacet(List<String> outcomes) implements RFacet {}

  /** By age group. */
  public record RAgeFacet(String group) implements RFacet {}

  /** By sex. */
  public record RSexFacet(String sex) implements RFacet {}

  /** By combatant status. */
  public record RStatusFacet(String status) implements RFacet {}

  /** By place. */
  public record RPlaceFacet(String place) implements RFacet {}

  /** By party. */
  public record RPartyFacet(String party) implements RFacet {}

  /** In territory a party holds. */
  public record RHeldByFacet(String party) implements RFacet {}

  /** Any other dimension. */
  public record RLabelFacet(String name, String value) implements RFacet {}

  // --- prisoners -----------------------------------------------------------------------------

  /** A prisoner. */
  public record RPrisoner(String id, RIdentity identity, RParticulars particulars) {}

  /** What the report links to a captive. */
  public record RParticulars(String nationality, String force, String side, RCount age, String rank, String role,
      RCapture capture, String wounded, List<String> injuries, List<String> health, List<RCustody> custody,
      List<RCharge> charges, List<RTransfer> transfers, RDuration captivity, List<RDocument> documents,
      Boolean carriedNoDocuments, List<String> statements, RInterpreting interpreting, String legalStatus) {}

  /** A capture. */
  public record RCapture(RDate date, RLocation location, String by, String party, String event) {}

  /** A spell of custody. */
  public record RCustody(String holder, RLocation location, RDate period, String conditions) {}

  /** A charge. */
  public record RCharge(String article, String code, String description, String authority, RDate date) {}

  /** A release, exchange, transfer or return. */
  public record RTransfer(String kind, RDate date, RLocation location, String event) {}

  /** Interpreting. */
  public record RInterpreting(String language, String interpreters, String assistedBy) {}

  /** A document carried. */
  public record RDocument(String kind, String issuer, String issuedTo, String holderDescription, String holderOrigin,
      RProtected holderName, RProtected holderDateOfBirth, RProtected number) {}

  /** Facts that hold for some of the prisoners, unknown which. */
  public record RUnlinked(List<String> among, List<RParticulars> shares) {}
}
