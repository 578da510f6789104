package dev.dispatch.json;

import dev.dispatch.prisoner.Document;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.report.Report;
import java.util.List;

/**
 * Builders filled from existing values, for tests that change one part of a report: the model's
 * builders start empty, and its withers cover the fields users edit most, not every list.
 */
final class Copies {
  private Copies() {}

  /** A builder holding everything {@code r} holds. */
  static Report.Builder report(Report r) {
    Report.Builder b = Report.builder().id(r.id()).publisher(r.publisher()).language(r.language())
        .truncated(r.truncated());
    r.url().ifPresent(b::url);
    r.headline().ifPresent(b::headline);
    r.standfirst().ifPresent(b::standfirst);
    r.credit().ifPresent(b::credit);
    r.published().ifPresent(b::published);
    r.dateline().ifPresent(b::dateline);
    r.syndication().ifPresent(b::syndication);
    r.contributors().forEach(b::addContributors);
    r.updates().forEach(b::addUpdates);
    r.pictureCredits().forEach(b::addPictureCredits);
    return b.places(r.places()).parties(r.parties()).sources(r.sources()).people(r.people()).events(r.events())
        .statements(r.statements()).figures(r.figures()).prisoners(r.prisoners()).unlinked(r.unlinked());
  }

  /** A builder holding everything {@code p} holds but its documents, which are {@code documents}. */
  static Particulars.Builder particulars(Particulars p, List<Document> documents) {
    Particulars.Builder b = Particulars.builder().wounded(p.wounded()).carriedNoDocuments(p.carriedNoDocuments());
    p.nationality().ifPresent(b::nationality);
    p.force().ifPresent(b::force);
    p.side().ifPresent(b::side);
    p.age().ifPresent(b::age);
    p.rank().ifPresent(b::rank);
    p.role().ifPresent(b::role);
    p.capture().ifPresent(b::capture);
    p.captivity().ifPresent(b::captivity);
    p.interpreting().ifPresent(b::interpreting);
    p.legalStatus().ifPresent(b::legalStatus);
    p.injuries().forEach(b::addInjuries);
    p.health().forEach(b::addHealth);
    p.custody().forEach(b::addCustody);
    p.charges().forEach(b::addCharges);
    p.transfers().forEach(b::addTransfers);
    documents.forEach(b::addDocuments);
    p.statements().forEach(b::addStatements);
    return b;
  }

  /** A builder holding everything {@code d} holds. */
  static Document.Builder document(Document d) {
    Document.Builder b = Document.builder().kind(d.kind()).issuedTo(d.issuedTo()).holderName(d.holderName())
        .holderDateOfBirth(d.holderDateOfBirth()).number(d.number());
    d.issuer().ifPresent(b::issuer);
    d.holderDescription().ifPresent(b::holderDescription);
    d.holderOrigin().ifPresent(b::holderOrigin);
    return b;
  }
}
