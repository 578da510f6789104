package dev.dispatch.validation;

import dev.dispatch.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What one rule found in one report: the rule adds {@link Violation}s to it through {@link
 * #add(String, String)} and reads the {@link Settings} it runs with. A {@link Validator} gives
 * each rule its own findings; {@link #run(Rule, Report, Settings)} runs one rule on its own, as a
 * unit test of a house rule does:
 *
 * <pre>{@code
 * ValidationResult result = Findings.run(headlineLength, report, Settings.defaults());
 * assertEquals(List.of("headline"), result.violations().stream().map(Violation::path).toList());
 * }</pre>
 *
 * <p>At most {@link #LIMIT} violations are kept; past that, the findings count what they leave
 * out and end with one more violation of the rule, at the report itself ({@code ""}), saying how
 * many more there were: a hostile or broken report cannot make validation's output grow past a
 * bound, whatever a rule finds.
 *
 * <p>Not thread-safe: one rule adds to it, then what it holds is read. A message must never
 * quote a protected value; a {@link Validator}, and so {@link #run}, also withholds any it finds.
 * There is no public way to read findings unwithheld.
 */
public final class Findings {
  /** The most violations one rule lists for one report; what it finds past them is counted in a last one. */
  public static final int LIMIT = 1_000;

  private final Rule rule;
  private final Severity severity;
  private final Settings settings;
  private final List<Violation> found = new ArrayList<>();
  private int more;
  private final Shared shared;

  private Findings(Rule rule, Severity severity, Settings settings, Shared shared) {
    this.rule = rule;
    this.severity = severity;
    this.settings = settings;
    this.shared = shared;
  }

  /**
   * What rules work out about one report and share (the report's protected values, its figures'
   * comparisons, its parties' sides), worked out once per validation: a {@link Validator} gives
   * every rule's findings the same one.
   */
  static final class Shared {
    private @Nullable Report report;
    private final Map<Object, Object> analyses = new HashMap<>();

    /** The analysis {@code key} of {@code report}, worked out by {@code make} the first time. */
    <T> T get(Report report, Class<T> type, Object key, Function<Report, T> make) {
      if (this.report != report) {
        this.report = report;
        analyses.clear();
      }
      Object known = analyses.get(key);
      if (known != null) {
        return type.cast(known);
      }
      T made = make.apply(report);
      analyses.put(key, made);
      return made;
    }
  }

  /**
   * Runs one rule on its own, exactly as a {@link Validator} holding only that rule would: at its
   * {@linkplain Rule#defaultSeverity() default severity}, its output capped at {@link #LIMIT},
   * protected values of the report withheld from its messages, and a rule that throws reported as
   * a {@link Validator#RULE_FAILED} error after what it found until then.
   *
   * @param rule the rule
   * @param report the report it checks
   * @param settings the settings the rule reads
   * @return what the rule found
   * @throws NullPointerException if an argument is null
   */
  public static ValidationResult run(Rule rule, Report report, Settings settings) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(report, "report must not be null");
    return Validator.only(rule, Objects.requireNonNull(settings, "settings must not be null")).validate(report);
  }

  /**
   * Empty findings of {@code rule}, at its default severity, with {@code settings}, for the tests
   * of this package, which read what a rule wrote before the validator withholds anything.
   */
  static Findings of(Rule rule, Settings settings) {
    Objects.requireNonNull(rule, "rule must not be null");
    return new Findings(rule, rule.defaultSeverity(), Objects.requireNonNull(settings, "settings must not be null"),
        new Shared());
  }

  /** Findings at a severity the validator's configuration sets, sharing analyses with the other rules' findings. */
  static Findings of(Rule rule, Severity severity, Settings settings, Shared shared) {
    return new Findings(rule, severity, settings, shared);
  }

  /** An analysis of {@code report} shared by the rules of one validation (see {@link Shared}). */
  <T> T shared(Report report, Class<T> type, Object key, Function<Report, T> make) {
    return shared.get(report, type, key, make);
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
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (found.size() < LIMIT) {
      found.add(new Violation(rule.code(), severity, path, message));
    } else {
      more++;
    }
  }

  /**
   * The violations added so far, in the order they were added; past {@link #LIMIT}, a last one
   * says how many more there were.
   */
  ValidationResult result() {
    return new ValidationResult(violations());
  }

  /** The violations added so far, for the validator to collect. */
  List<Violation> violations() {
    if (more == 0) {
      return found;
    }
    List<Violation> all = new ArrayList<>(found);
    all.add(new Violation(rule.code(), severity, "", "and " + more + " more finding" + (more == 1 ? "" : "s")
        + " of this rule, not listed: at most " + LIMIT + " are listed per rule and report"));
    return all;
  }
}
