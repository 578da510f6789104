package dev.dispatch.validation;

import dev.dispatch.place.CountryCode;
import dev.dispatch.report.Report;
import java.util.ArrayList;
import java.util.Arrays;
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
 *     .severity("figure.unattributed", Severity.ERROR)
 *     .disable("style.place-spelling")
 *     .parties(CountryCode.of("UA"), CountryCode.of("RU"))
 *     .build();
 * }</pre>
 *
 * The built-in rules are listed by {@link #defaultRules()} and documented in
 * {@code docs/validation-rules.md}. Immutable and thread-safe.
 */
public final class Validator {
  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Settings settings;

  private Validator(List<Rule> rules, Map<String, Severity> severities, Settings settings) {
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.settings = settings;
  }

  /** The built-in rules with their default severities and settings. */
  public static Validator defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every built-in rule, in the order they run. */
  public static List<Rule> defaultRules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(TimeRules.ALL);
    all.addAll(FigureRules.ALL);
    all.addAll(AttributionRules.ALL);
    all.addAll(PrisonerRules.ALL);
    all.addAll(StyleRules.ALL);
    return List.copyOf(all);
  }

  /** The rules this validator runs. */
  public List<Rule> rules() {
    return rules;
  }

  /** The settings rules read. */
  public Settings settings() {
    return settings;
  }

  /**
   * Validates a report.
   *
   * @param report the report
   * @return what was found
   * @throws NullPointerException if {@code report} is null
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report must not be null");
    List<Violation> found = new ArrayList<>();
    Findings findings = new Findings(settings, found);
    for (Rule rule : rules) {
      findings.start(rule, severities.getOrDefault(rule.code(), rule.defaultSeverity()));
      rule.check(report, findings);
    }
    return new ValidationResult(found);
  }

  /** Configures a {@link Validator}. Not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>(defaultRules());
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Purpose purpose = Purpose.PUBLICATION;
    private Map<String, String> spellings = Settings.defaultSpellings();
    private Set<CountryCode> parties = Set.of();

    private Builder() {}

    /** Adds a rule; its code must differ from every other rule's. */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule must not be null");
      if (rules.stream().anyMatch(r -> r.code().equals(rule.code()))) {
        throw new IllegalArgumentException("Validator: a rule with code \"" + rule.code() + "\" is already present");
      }
      rules.add(rule);
      return this;
    }

    /** Stops running the rules with these codes. */
    public Builder disable(String... codes) {
      disabled.addAll(Arrays.asList(codes));
      return this;
    }

    /** Runs the rule with this code at another severity. */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** What the report is checked for; {@link Purpose#PUBLICATION} by default. */
    public Builder purpose(Purpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose must not be null");
      return this;
    }

    /** The house style's place spellings, disfavoured to preferred; replaces the defaults. */
    public Builder spellings(Map<String, String> spellings) {
      this.spellings = Map.copyOf(spellings);
      return this;
    }

    /** The countries party to the conflict the reports are about. */
    public Builder parties(CountryCode... parties) {
      this.parties = Set.of(parties);
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
      rules.stream().filter(r -> !disabled.contains(r.code())).forEach(enabled::add);
      return new Validator(enabled, severities, new Settings(purpose, spellings, parties));
    }
  }
}
