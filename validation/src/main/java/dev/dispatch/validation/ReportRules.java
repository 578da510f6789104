package dev.dispatch.validation;

import java.util.List;

/** Rules about the copy itself. */
final class ReportRules {
  private ReportRules() {}

  static final Rule HEADLINE_MISSING = Rule.of(Rules.REPORT_HEADLINE_MISSING, Severity.WARNING,
      "A report whose copy has no headline.",
      (report, findings) -> {
        if (report.headline().isEmpty()) {
          findings.add("headline", "the copy has no headline" + (report.truncated() ? " (it is cut off)" : "")
              + "; find the published one rather than write one, or say in the record that it is missing");
        }
      });

  static final List<Rule> ALL = List.of(HEADLINE_MISSING);
}
