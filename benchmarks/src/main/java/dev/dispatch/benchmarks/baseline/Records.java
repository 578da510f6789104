package dev.dispatch.benchmarks.baseline;

import java.util.List;

/**
 * The baseline a user would otherwise write: the same report shape as plain Java records, read
 * and written by a default Jackson 3 {@code JsonMapper} (databind, no validation, no invariants,
 * no protected-data handling). Optional values are nullable; the source union is one record with
 * every kind's fields.
 */
public final class Records {
  private Records() {}

  /** The report document. */
  public record RReport(String format, int version, String id, String url, String headline, String publisher,
      String credit, List<String> contributors, String language, String published, String dateline,
      List<RUpdate> updates, List<RPlace> places, List<RSource> sources, List<RStatement> statements,
      List<RFigure> figures, List<RPrisoner> prisoners, List<RUnlinked> unlinked) {}

  /** An update. */
  public record RUpdate(String when, String text) {}

  /** A place. */
  public record RPlace(String id, String printedName, String canonicalName, List<String> aliases, String kind,
      String country, Long geonamesId, RCoordinates coordinates) {}

  /** Coordinates. */
  public record RCoordinates(double latitude, double longitude, String precision) {}

  /** Any kind of source. */
  public record RSource(String type, String id, String name, String role, String affiliation, String abbreviation,
      String kind, String country, String parent, String description, String reason, List<String> members,
      String voice) {}

  /** An attribution. */
  public record RAttribution(String source, String mode, String status, RChannel channel, RDate when, RAttribution via) {}

  /** A channel. */
  public record RChannel(String kind, String platform) {}

  /** A date mention. */
  public record RDate(String phrase, String value, String resolvedAgainst) {}

  /** A typed reference. */
  public record RRef(String kind, String id) {}

  /** A location. */
  public record RLocation(String relation, String place) {}

  /** A statement. */
  public record RStatement(String id, RAttribution attribution, String text, List<RRef> about, RDate eventTime,
      RLocation location) {}

  /** A count. */
  public record RCount(String qualifier, Long number, Long rangeEnd, String magnitude, String unit, String phrase) {}

  /** A population. */
  public record RPopulation(String description, String nationality, String force, String side, String status) {}

  /** A breakdown. */
  public record RBreakdown(String label, RCount count) {}

  /** A figure. */
  public record RFigure(String id, String measure, List<String> outcomes, RCount count, RPopulation population,
      RLocation location, RDate period, RDate cumulativeTo, RAttribution attribution, List<RBreakdown> breakdowns) {}

  /** A protected value. */
  public record RProtected(String state, String value, String note, String release) {}

  /** A document. */
  public record RDocument(String kind, String issuer, Boolean issuedToCarrier, String holderDescription,
      String holderOrigin, RProtected holderName, RProtected holderDateOfBirth, RProtected number) {}

  /** A capture. */
  public record RCapture(RDate date, RLocation location, String by) {}

  /** Custody. */
  public record RCustody(String holder, RLocation location, String conditions) {}

  /** Interpreting. */
  public record RInterpreting(String language, String interpreters, String assistedBy) {}

  /** Particulars. */
  public record RParticulars(String nationality, String force, String side, RCapture capture, Boolean wounded,
      List<String> injuries, RCustody custody, List<RDocument> documents, Boolean carriedNoDocuments,
      List<String> statements, RInterpreting interpreting, String legalStatus) {}

  /** A prisoner. */
  public record RPrisoner(String id, RProtected name, RProtected dateOfBirth, RProtected face, RParticulars particulars) {}

  /** Unlinked facts. */
  public record RUnlinked(List<String> among, List<RParticulars> shares) {}
}
