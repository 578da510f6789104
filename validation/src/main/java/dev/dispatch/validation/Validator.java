package dev.dispatch.validation;

import dev.dispatch.party.Party;
import dev.dispatch.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a set of {@link Rule}s over a report and returns a {@link ValidationResult}. Bad content is
 * never thrown: it is reported. A validator throws only for programming errors (a null argument,
 * an unknown rule code in its configuration).
 *
 * <pre>{@code
 * ValidationResult result = Validator.defaults().validate(report);
 * Validator internal = Validator.builder()
 *     .purpose(Purpose.INTERNAL)                       // protected data may be in an internal record
 *     .severity(Rules.FIGURE_UNATTRIBUTED, Severity.ERROR)
 *     .disable(Rules.STYLE_PLACE_SPELLING)
 *     .parties(ukraine, russia)                        // Party values, matched by id
 *     .build();
 * }</pre>
 *
 * The built-in rules are listed by {@link #defaultRules()}, named by the constants of {@link
 * Rules} and documented in {@code docs/validation-rules.md}. Each rule's cost is linear or
 * near-linear in the size of the report. Immutable and thread-safe.
 */
public final class Validator {
  /**
   * The code of the violation that stands for a rule that failed: it threw a {@link
   * RuntimeException} on a report. Always an {@link Severity#ERROR}, at the report itself
   * ({@code ""}), naming the rule and the exception's class, never the exception's message (it
   * may quote the report). The other rules still run; what the failed rule found before it threw
   * is kept. Not a rule: it cannot be disabled or re-graded.
   */
  public static final String RULE_FAILED = "validator.rule-failed";

  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Settings settings;

  /** A validator of one rule at its default severity: what {@link Findings#run} runs. */
  static Validator only(Rule rule, Settings settings) {
    return new Validator(List.of(rule), Map.of(), settings);
  }

  private Validator(List<Rule> rules, Map<String, Severity> severities, Settings settings) {
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.settings = settings;
  }

  /** The built-in rules with their default severities and {@linkplain Settings#defaults() default settings}. */
  public static Validator defaults() {
    return builder().build();
  }

  /** A builder starting from the built-in rules and the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every built-in rule, in the order they run; their codes are the constants of {@link Rules}. */
  public static List<Rule> defaultRules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(TimeRules.ALL);
    all.addAll(ReportRules.ALL);
    all.addAll(FigureRules.ALL);
    all.addAll(BreakdownRules.ALL);
    all.addAll(RelationRules.ALL);
    all.addAll(EventRules.ALL);
    all.addAll(AttributionRules.ALL);
    all.addAll(PrisonerRules.ALL);
    all.addAll(PrivacyRules.ALL);
    all.addAll(StyleRules.ALL);
    return List.copyOf(all);
  }

  /** The rules this validator runs, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The settings its rules read. */
  public Settings settings() {
    return settings;
  }

  /**
   * Validates a report. Any known protected value of the report (a name, a partial name, a date
   * of birth, a face, a document's name or number) that a message or a path would quote, as whole
   * words and ignoring case and accents, is replaced by {@code [protected]}: the built-in rules
   * never quote one, and this also holds when a record carelessly holds one in a description a
   * rule quotes. A rule that throws a {@link RuntimeException} does not stop the others: it is
   * reported as a {@link #RULE_FAILED} error.
   *
   * @param report the report
   * @return what was found, in rule order, then in report order
   * @throws NullPointerException if {@code report} is null
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report must not be null");
    List<Violation> found = new ArrayList<>();
    Findings.Shared shared = new Findings.Shared();
    for (Rule rule : rules) {
      Findings findings = Findings.of(rule, severities.getOrDefault(rule.code(), rule.defaultSeverity()), settings,
          shared);
      try {
        rule.check(report, findings);
      } catch (RuntimeException e) {
        found.addAll(findings.violations());
        found.add(new Violation(RULE_FAILED, Severity.ERROR, "", "the rule " + rule.code() + " failed with "
            + e.getClass().getName() + " and did not check the whole report; report this as a bug of the rule"));
        continue;
      }
      found.addAll(findings.violations());
    }
    ProtectedText protectedText = ProtectedText.of(report, ProtectedText.Scope.KNOWN);
    if (!protectedText.isEmpty()) {
      found.replaceAll(protectedText::scrub);
    }
    return new ValidationResult(found);
  }

  /** Configures a {@link Validator}, starting from the built-in rules and default settings. Not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>(defaultRules());
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Settings settings = Settings.defaults();

    private Builder() {}

    /**
     * Adds a rule, run after the others.
     *
     * @throws IllegalArgumentException if a rule with the same code is already present
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule must not be null");
      for (Rule r : rules) {
        if (r.code().equals(rule.code())) {
          throw new IllegalArgumentException("Validator: a rule with code \"" + rule.code() + "\" is already present");
        }
      }
      rules.add(rule);
      return this;
    }

    /** Stops running the rules with these codes; {@link #build()} rejects a code no rule has. */
    public Builder disable(String... codes) {
      for (String code : codes) {
        disabled.add(Objects.requireNonNull(code, "code must not be null"));
      }
      return this;
    }

    /** Runs the rule with this code at another severity; {@link #build()} rejects a code no rule has. */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code must not be null"),
          Objects.requireNonNull(severity, "severity must not be null"));
      return this;
    }

    /** What the report is checked for; {@link Purpose#PUBLICATION} by default. */
    public Builder purpose(Purpose purpose) {
      settings = settings.withPurpose(purpose);
      return this;
    }

    /** The house style's place spellings, disfavoured to preferred; replaces the defaults. */
    public Builder spellings(Map<String, String> spellings) {
      settings = settings.withSpellings(spellings);
      return this;
    }

    /**
     * The parties to the conflict the reports are about, replacing any set before. They are
     * matched to a report's parties by {@linkplain Party#id() id} (see {@link Settings}).
     *
     * @throws IllegalArgumentException if a party is given twice
     */
    public Builder parties(Party... parties) {
      settings = settings.withParties(parties);
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException if a disabled or re-graded code names no rule
     */
    public Validator build() {
      Set<String> codes = new HashSet<>();
      rules.forEach(r -> codes.add(r.code()));
      for (String code : disabled) {
        if (!codes.contains(code)) {
          throw new IllegalArgumentException("Validator.disable: no rule has code \"" + code + "\"");
        }
      }
      for (String code : severities.keySet()) {
        if (!codes.contains(code)) {
          throw new IllegalArgumentException("Validator.severity: no rule has code \"" + code + "\"");
        }
      }
      List<Rule> enabled = new ArrayList<>();
      for (Rule r : rules) {
        if (!disabled.contains(r.code())) {
          enabled.add(r);
        }
      }
      return new Validator(enabled, severities, settings);
    }
  }
}
