package dev.dispatch.validation;

import dev.dispatch.report.Report;

/**
 * One validation rule: a stable {@linkplain #code() code}, a {@linkplain #defaultSeverity()
 * default severity}, a one-sentence {@linkplain #summary() summary}, and a {@linkplain
 * #check(Report, Findings) check} that adds what it finds to a {@link Findings}. Implement it, or
 * make one with {@link #of}, to add a house rule:
 *
 * <pre>{@code
 * Rule headlineLength = Rule.of("house.headline-length", Severity.WARNING,
 *     "A headline longer than 100 characters.",
 *     (report, findings) -> report.headline().ifPresent(h -> {
 *       if (h.length() > 100) {
 *         findings.add("headline", "the headline has " + h.length() + " characters; keep it under 100");
 *       }
 *     }));
 * Validator validator = Validator.builder().add(headlineLength).build();
 * }</pre>
 *
 * A rule is run on its own, as a unit test does, through {@link Findings#run(Rule, Report,
 * Settings)}. A rule must not throw for bad content: it reports it. It may throw for programming
 * errors; a {@link Validator} then reports the failure as a {@link Validator#RULE_FAILED} error and
 * runs the other rules. What a rule adds past {@link Findings#LIMIT} is counted, not listed. The
 * built-in rules' codes are the constants of {@link Rules}.
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
   * @param findings where to add violations; also gives the settings the rule reads
   */
  void check(Report report, Findings findings);

  /** The body of a rule made by {@link Rule#of}. */
  @FunctionalInterface
  interface Check {
    /**
     * Checks {@code report}, adding to {@code findings}.
     *
     * @param report the report, never null
     * @param findings where to add violations; also gives the settings the rule reads
     */
    void check(Report report, Findings findings);
  }

  /**
   * A rule from its parts.
   *
   * @param code {@code group.name}: lower-case letters, digits and dashes, in at least two
   *     dot-separated parts, each starting with a letter
   * @param severity the default severity
   * @param summary one sentence
   * @param check the body
   * @return the rule; its {@code toString()} is {@code code (SEVERITY)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code breaks that syntax
   */
  static Rule of(String code, Severity severity, String summary, Check check) {
    return new SimpleRule(code, severity, summary, check);
  }
}
