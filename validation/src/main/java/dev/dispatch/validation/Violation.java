package dev.dispatch.validation;

import java.util.Objects;

/**
 * One finding: which rule ({@linkplain #code() code}), how much it matters, where in the report
 * ({@linkplain #path() path}, such as {@code figures[killed-or-wounded].count}) and what an editor
 * should know ({@linkplain #message() message}). Messages never quote protected values.
 *
 * @param code the rule's stable code, such as {@code figure.unattributed}
 * @param severity the severity in force for this run
 * @param path the property path of the offending element; {@code ""} for the report itself
 * @param message an explanation for an editor
 */
public record Violation(String code, Severity severity, String path, String message) {

  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** {@code WARNING figure.unattributed at figures[f1]: ...}. */
  @Override
  public String toString() {
    return severity + " " + code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
