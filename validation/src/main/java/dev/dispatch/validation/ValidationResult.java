package dev.dispatch.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The violations one validation found, in rule order, then in report order.
 *
 * @param violations what was found; empty when the report passed every rule
 */
public record ValidationResult(List<Violation> violations) {

  /** Copies the list. */
  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /** Whether no violation is an error. */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** The violations of a severity. */
  public List<Violation> withSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toList());
  }

  /** The violations of a rule. */
  public List<Violation> withCode(String code) {
    return violations.stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
  }

  /** The violations, one a line. */
  @Override
  public String toString() {
    return violations.isEmpty() ? "no violations"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
