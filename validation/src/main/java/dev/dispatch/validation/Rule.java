package dev.dispatch.validation;

import dev.dispatch.report.Report;

/**
 * One validation rule. Implement it to add a house rule:
 *
 * <pre>{@code
 * Rule headlineLength = Rule.of("house.headline-length", Severity.WARNING,
 *     "A headline longer than 100 characters.",
 *     (report, findings) -> {
 *       if (report.headline().length() > 100) {
 *         findings.add("headline", "the headline has " + report.headline().length() + " characters; keep it under 100");
 *       }
 *     });
 * Validator validator = Validator.builder().add(headlineLength).build();
 * }</pre>
 *
 * A rule must not throw for bad content: it reports it. It may throw for programming errors.
 */
public interface Rule {

  /** The stable code, {@code group.name} in lower case with dashes: {@code figure.unattributed}. */
  String code();

  /** The severity unless the validator's configuration changes it. */
  Severity defaultSeverity();

  /** One sentence saying what the rule finds. */
  String summary();

  /**
   * Checks a report and adds what it finds.
   *
   * @param report the report, never null
   * @param findings where to add violations; also gives the validator's settings
   */
  void check(Report report, Findings findings);

  /** The body of a rule. */
  @FunctionalInterface
  interface Check {
    /** Checks {@code report}, adding to {@code findings}. */
    void check(Report report, Findings findings);
  }

  /**
   * A rule from its parts.
   *
   * @param code {@code group.name}, lower case with dashes and dots
   * @param severity the default severity
   * @param summary one sentence
   * @param check the body
   * @return the rule
   */
  static Rule of(String code, Severity severity, String summary, Check check) {
    return new SimpleRule(code, severity, summary, check);
  }
}
