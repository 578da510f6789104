package dev.dispatch.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one rule found in one report: the rule adds {@link Violation}s to it through {@link
 * #add(String, String)} and reads the {@link Settings} it runs with. A {@link Validator} gives
 * each rule its own findings; {@link #of(Rule, Settings)} makes them for running one rule on its
 * own, as a unit test of a house rule does:
 *
 * <pre>{@code
 * Findings findings = Findings.of(headlineLength, Settings.defaults());
 * headlineLength.check(report, findings);
 * ValidationResult result = findings.result();
 * assertEquals(List.of("headline"), result.violations().stream().map(Violation::path).toList());
 * }</pre>
 *
 * Not thread-safe: one rule adds to it, then its {@linkplain #result() result} is read. A message
 * must never quote a protected value; a {@link Validator} also withholds any it finds, findings
 * made here return messages as the rule wrote them.
 */
public final class Findings {
  private final Rule rule;
  private final Severity severity;
  private final Settings settings;
  private final List<Violation> found = new ArrayList<>();

  private Findings(Rule rule, Severity severity, Settings settings) {
    this.rule = rule;
    this.severity = severity;
    this.settings = settings;
  }

  /**
   * Empty findings of {@code rule}, at its {@linkplain Rule#defaultSeverity() default severity},
   * with {@code settings}: pass them to {@link Rule#check(dev.dispatch.report.Report, Findings)},
   * then read {@link #result()}.
   *
   * @param rule the rule whose violations these are
   * @param settings the settings the rule reads
   * @return the findings
   * @throws NullPointerException if an argument is null
   */
  public static Findings of(Rule rule, Settings settings) {
    Objects.requireNonNull(rule, "rule must not be null");
    return new Findings(rule, rule.defaultSeverity(), Objects.requireNonNull(settings, "settings must not be null"));
  }

  /** Findings at a severity the validator's configuration sets. */
  static Findings of(Rule rule, Severity severity, Settings settings) {
    return new Findings(rule, severity, settings);
  }

  /** The settings the rule runs with: purpose, house style, parties to the conflict. */
  public Settings settings() {
    return settings;
  }

  /**
   * Adds a violation of the rule, at the severity in force.
   *
   * @param path where, such as {@code figures[f1].count}; {@code ""} for the report itself
   * @param message what an editor should know; never a protected value
   * @throws NullPointerException if an argument is null
   */
  public void add(String path, String message) {
    found.add(new Violation(rule.code(), severity, Objects.requireNonNull(path, "path must not be null"),
        Objects.requireNonNull(message, "message must not be null")));
  }

  /** The violations added so far, in the order they were added. */
  public ValidationResult result() {
    return new ValidationResult(found);
  }

  /** The violations added so far, for the validator to collect without copying twice. */
  List<Violation> violations() {
    return found;
  }
}
