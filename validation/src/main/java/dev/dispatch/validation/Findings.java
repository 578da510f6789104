package dev.dispatch.validation;

import java.util.List;
import java.util.Objects;

/** What a rule adds its violations to, with the settings of the validator running it. Not thread-safe. */
public final class Findings {
  private final Settings settings;
  private final List<Violation> sink;
  private Rule rule;
  private Severity severity;

  Findings(Settings settings, List<Violation> sink) {
    this.settings = settings;
    this.sink = sink;
  }

  void start(Rule rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /** The validator's settings: house style, purpose, parties to the conflict. */
  public Settings settings() {
    return settings;
  }

  /**
   * Adds a violation of the running rule.
   *
   * @param path where, such as {@code figures[f1].count}; {@code ""} for the report itself
   * @param message what an editor should know; never a protected value
   */
  public void add(String path, String message) {
    sink.add(new Violation(rule.code(), severity, Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(message, "message")));
  }
}
