package dev.dispatch.validation;

import dev.dispatch.report.Update;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rules about dates: nothing after publication, updates after it, relative dates resolved. */
final class TimeRules {
  private TimeRules() {}

  static final Rule AFTER_PUBLICATION = Rule.of(Rules.TIME_AFTER_PUBLICATION, Severity.ERROR,
      "Something the report dates certainly after the report's publication; a statement may speak of the future.",
      (report, findings) -> {
        Optional<DateValue> published = report.published();
        Optional<LocalDate> latest = published.flatMap(DateValue::latest);
        if (published.isEmpty() || latest.isEmpty()) {
          return;
        }
        Dates.walk(report, d -> {
          Optional<LocalDate> earliest = Dates.earliest(d.mention());
          // What a statement speaks of may be to come ("an exchange is expected next week").
          if (!d.spoken() && earliest.isPresent() && earliest.get().isAfter(latest.get())) {
            findings.add(d.path(), (d.said() ? "said " : "dated ") + edtf(d.mention())
                + ", after the publication date " + published.get().toEdtf());
          }
        });
      });

  static final Rule UPDATE_BEFORE_PUBLICATION = Rule.of(Rules.TIME_UPDATE_BEFORE_PUBLICATION, Severity.ERROR,
      "An update or correction dated certainly before the report's publication.",
      (report, findings) -> {
        Optional<DateValue> published = report.published();
        Optional<LocalDate> earliest = published.flatMap(DateValue::earliest);
        if (published.isEmpty() || earliest.isEmpty()) {
          return;
        }
        List<Update> updates = report.updates();
        for (int i = 0; i < updates.size(); i++) {
          Optional<DateValue> when = updates.get(i).when();
          Optional<LocalDate> latest = when.flatMap(DateValue::latest);
          if (when.isPresent() && latest.isPresent() && latest.get().isBefore(earliest.get())) {
            findings.add("updates[" + i + "].when", "updated " + when.get().toEdtf()
                + ", before the publication date " + published.get().toEdtf());
          }
        }
      });

  static final Rule UNRESOLVED_RELATIVE = Rule.of(Rules.TIME_UNRESOLVED_RELATIVE, Severity.WARNING,
      "A date phrase left unresolved although the publication date is known.",
      (report, findings) -> {
        Optional<DateValue> published = report.published();
        if (published.flatMap(DateValue::earliest).isEmpty()) {
          return;
        }
        Dates.walk(report, d -> {
          DateMention m = d.mention();
          Optional<String> phrase = m.phrase();
          if (!m.isResolved() && m.relative().isEmpty() && phrase.isPresent()) {
            findings.add(d.path(), "\"" + Quote.text(phrase.get()) + "\" is not resolved although the publication date "
                + published.get().toEdtf() + " is known; resolve it against that date");
          }
        });
      });

  static final List<Rule> ALL = List.of(AFTER_PUBLICATION, UPDATE_BEFORE_PUBLICATION, UNRESOLVED_RELATIVE);

  private static String edtf(DateMention m) {
    return m.value().map(DateValue::toEdtf).orElse("?");
  }
}
