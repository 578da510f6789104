package dev.dispatch.validation;

import dev.dispatch.report.Report;
import java.util.Objects;
import java.util.regex.Pattern;

/** A rule made of parts by {@link Rule#of}. */
final class SimpleRule implements Rule {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  private final String code;
  private final Severity severity;
  private final String summary;
  private final Check check;

  SimpleRule(String code, Severity severity, String summary, Check check) {
    Objects.requireNonNull(code, "code must not be null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Rule.code: expected group.name in lower case, such as \"figure.unattributed\", got \""
          + code + "\"");
    }
    this.code = code;
    this.severity = Objects.requireNonNull(severity, "severity must not be null");
    this.summary = Objects.requireNonNull(summary, "summary must not be null");
    this.check = Objects.requireNonNull(check, "check must not be null");
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public void check(Report report, Findings findings) {
    check.check(report, findings);
  }

  @Override
  public String toString() {
    return code + " (" + severity + ")";
  }
}
