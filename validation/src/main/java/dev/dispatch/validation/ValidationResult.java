package dev.dispatch.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The violations one validation found, in rule order, then in report order.
 *
 * @param violations what was found; empty when the report passed every rule
 */
public record ValidationResult(List<Violation> violations) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if the list or an element is null
   */
  public ValidationResult {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
  }

  /** Whether no violation is an {@link Severity#ERROR error}. */
  public boolean isValid() {
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The violations of a severity, in order. */
  public List<Violation> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity must not be null");
    List<Violation> found = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity() == severity) {
        found.add(v);
      }
    }
    return List.copyOf(found);
  }

  /** The violations of a rule, in order: {@code withCode(Rules.FIGURE_CONTRADICTION)}. */
  public List<Violation> withCode(String code) {
    Objects.requireNonNull(code, "code must not be null");
    List<Violation> found = new ArrayList<>();
    for (Violation v : violations) {
      if (v.code().equals(code)) {
        found.add(v);
      }
    }
    return List.copyOf(found);
  }

  /** The violations, one a line, or {@code no violations}. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    StringBuilder s = new StringBuilder();
    for (Violation v : violations) {
      s.append(s.length() == 0 ? "" : "\n").append(v);
    }
    return s.toString();
  }
}
