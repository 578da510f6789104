package dev.dispatch.validation;

import dev.dispatch.report.Report;

/** Copies a report into a builder, every field kept, for tests that change one list. */
final class Reports {
  private Reports() {}

  static Report.Builder copy(Report r) {
    Report.Builder b = Report.builder().id(r.id()).publisher(r.publisher()).language(r.language())
        .truncated(r.truncated())
        .addContributors(r.contributors().toArray(new String[0]))
        .addUpdates(r.updates().toArray(new dev.dispatch.report.Update[0]))
        .addPictureCredits(r.pictureCredits().toArray(new String[0]))
        .places(r.places()).parties(r.parties()).sources(r.sources()).people(r.people()).events(r.events())
        .statements(r.statements()).figures(r.figures()).prisoners(r.prisoners()).unlinked(r.unlinked());
    r.url().ifPresent(b::url);
    r.headline().ifPresent(b::headline);
    r.standfirst().ifPresent(b::standfirst);
    r.credit().ifPresent(b::credit);
    r.published().ifPresent(b::published);
    r.dateline().ifPresent(b::dateline);
    r.syndication().ifPresent(b::syndication);
    return b;
  }
}
