package dev.dispatch.validation;

import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rules about who says what: quotes and anonymous sources. */
final class AttributionRules {
  private AttributionRules() {}

  /** Descriptions that tell a reader nothing about who the source is. */
  private static final Set<String> VAGUE = Set.of("a source", "source", "sources", "an official", "officials",
      "a person", "someone", "people", "an insider", "insiders");

  static final Rule QUOTE_UNIDENTIFIED = Rule.of(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED, Severity.WARNING,
      "A direct quote whose speaker is not identified: an anonymous, collective or unspecified source, or the report "
          + "itself.",
      (report, findings) -> {
        for (Statement s : report.statements()) {
          if (!s.isDirectQuote()) {
            continue;
          }
          Optional<Source> speaker = report.source(s.attribution().source());
          if (speaker.isPresent() && !identified(speaker.get())) {
            findings.add(Paths.statement(s) + ".attribution.links[0].source", "a direct quote from "
                + speaker.get().label() + ", who is not identified; name the speaker or paraphrase");
          }
        }
      });

  static final Rule ANONYMOUS_UNDESCRIBED = Rule.of(Rules.SOURCE_ANONYMOUS_UNDESCRIBED, Severity.WARNING,
      "An anonymous source whose description says nothing about who it is (\"a source\", \"officials\").",
      (report, findings) -> {
        for (Source s : report.sources()) {
          Optional<String> description = anonymousDescription(s);
          if (description.isPresent() && VAGUE.contains(description.get().trim().toLowerCase(Locale.ROOT))) {
            findings.add(Paths.source(s) + ".description", "\"" + description.get()
                + "\" does not tell readers what the source knows or where it stands; describe it");
          }
        }
      });

  static final Rule ANONYMOUS_NO_REASON = Rule.of(Rules.SOURCE_ANONYMOUS_NO_REASON, Severity.WARNING,
      "A source granted anonymity without the reason; an unidentified voice is not granted anonymity.",
      (report, findings) -> {
        for (Source s : report.sources()) {
          boolean granted;
          boolean reasoned;
          if (s instanceof Anonymous anonymous) {
            granted = anonymous.anonymity() == Anonymity.GRANTED;
            reasoned = anonymous.reason().isPresent();
          } else if (s instanceof Collective collective) {
            granted = collective.anonymity().equals(Optional.of(Anonymity.GRANTED));
            reasoned = collective.reason().isPresent();
          } else {
            continue;
          }
          if (granted && !reasoned) {
            findings.add(Paths.source(s) + ".reason", s.label() + " is granted anonymity without a stated reason; "
                + "say why (\"not authorised to speak publicly\")");
          }
        }
      });

  static final List<Rule> ALL = List.of(QUOTE_UNIDENTIFIED, ANONYMOUS_UNDESCRIBED, ANONYMOUS_NO_REASON);

  /**
   * Whether a quoted speaker is identified: a named person, an organisation, or a person of the
   * report speaking ({@link IndividualSource}, described, their identity deliberately protected).
   */
  private static boolean identified(Source s) {
    return s instanceof Person || s instanceof Organisation || s instanceof IndividualSource;
  }

  /** The description of an anonymous source or of a collective whose members are anonymous. */
  private static Optional<String> anonymousDescription(Source s) {
    if (s instanceof Anonymous anonymous) {
      return Optional.of(anonymous.description());
    }
    if (s instanceof Collective collective && collective.anonymity().isPresent()) {
      return Optional.of(collective.description());
    }
    return Optional.empty();
  }
}
