package dev.dispatch.validation;

import dev.dispatch.report.Update;
import dev.dispatch.time.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rules about dates: nothing after publication, updates after it, relative dates resolved. */
final class TimeRules {
  private TimeRules() {}

  static final Rule AFTER_PUBLICATION = Rule.of("time.after-publication", Severity.ERROR,
      "An event, capture or statement dated after the report's publication.",
      (report, findings) -> {
        Optional<LocalDate> published = report.published().flatMap(DateValue::latest);
        if (published.isEmpty()) {
          return;
        }
        for (Paths.Dated d : Paths.dates(report)) {
          Optional<LocalDate> earliest = d.mention().value().flatMap(DateValue::earliest);
          if (earliest.isPresent() && earliest.get().isAfter(published.get())) {
            findings.add(d.path(), (d.isStatementTime() ? "said " : "dated ") + d.mention().value().get().toEdtf()
                + ", after the publication date " + report.published().get().toEdtf());
          }
        }
      });

  static final Rule UPDATE_BEFORE_PUBLICATION = Rule.of("time.update-before-publication", Severity.ERROR,
      "An update dated before the report's publication.",
      (report, findings) -> {
        Optional<LocalDate> published = report.published().flatMap(DateValue::earliest);
        if (published.isEmpty()) {
          return;
        }
        List<Update> updates = report.updates();
        for (int i = 0; i < updates.size(); i++) {
          Optional<LocalDate> latest = updates.get(i).when().flatMap(DateValue::latest);
          if (latest.isPresent() && latest.get().isBefore(published.get())) {
            findings.add("updates[" + i + "].when", "updated " + updates.get(i).when().get().toEdtf()
                + ", before the publication date " + report.published().get().toEdtf());
          }
        }
      });

  static final Rule UNRESOLVED_RELATIVE = Rule.of("time.unresolved-relative", Severity.WARNING,
      "A date phrase left unresolved although the publication date is known.",
      (report, findings) -> {
        if (report.published().flatMap(DateValue::earliest).isEmpty()) {
          return;
        }
        for (Paths.Dated d : Paths.dates(report)) {
          if (!d.mention().isResolved()) {
            findings.add(d.path(), "\"" + d.mention().phrase().orElse("") + "\" is not resolved although the "
                + "publication date " + report.published().get().toEdtf() + " is known; resolve it against that date");
          }
        }
      });

  static final List<Rule> ALL = List.of(AFTER_PUBLICATION, UPDATE_BEFORE_PUBLICATION, UNRESOLVED_RELATIVE);
}
