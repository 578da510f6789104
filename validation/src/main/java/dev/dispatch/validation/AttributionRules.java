package dev.dispatch.validation;

import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
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
                + Paths.label(speaker.get()) + ", who is not identified; name the speaker or paraphrase");
          }
        }
      });

  static final Rule ANONYMOUS_UNDESCRIBED = Rule.of(Rules.SOURCE_ANONYMOUS_UNDESCRIBED, Severity.WARNING,
      "An anonymous source whose description says nothing about who it is (\"a source\", \"officials\").",
      (report, findings) -> {
        for (Source s : report.sources()) {
          Optional<String> description = anonymousDescription(s);
          if (description.isPresent() && VAGUE.contains(description.get().trim().toLowerCase(Locale.ROOT))) {
            findings.add(Paths.source(s) + ".description", "\"" + Quote.text(description.get())
                + "\" does not tell readers what the source knows or where it stands; describe it");
          }
        }
      });

  static final Rule ANONYMOUS_NO_REASON = Rule.of(Rules.SOURCE_ANONYMOUS_NO_REASON, Severity.WARNING,
      "A source granted anonymity without the reason; an unidentified voice is not granted anonymity.",
      (report, findings) -> {
        for (Source s : report.sources()) {
          if (grantedWithoutReason(s)) {
            findings.add(Paths.source(s) + ".reason", Paths.label(s) + " is granted anonymity without a stated reason; "
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
    return Variants.source(s, new Variants.SourceCases<Boolean>() {
      @Override
      public Boolean person(Person p) {
        return true;
      }

      @Override
      public Boolean organisation(Organisation o) {
        return true;
      }

      @Override
      public Boolean anonymous(Anonymous a) {
        return false;
      }

      @Override
      public Boolean collective(Collective c) {
        return false;
      }

      @Override
      public Boolean unspecified(Unspecified u) {
        return false;
      }

      @Override
      public Boolean individual(IndividualSource i) {
        return true;
      }

      @Override
      public Boolean own(OwnVoice o) {
        return false;
      }
    });
  }

  /** Whether a source is granted anonymity (an anonymous one, or a collective whose members are) with no reason. */
  private static boolean grantedWithoutReason(Source s) {
    if (s instanceof Anonymous anonymous) {
      return anonymous.anonymity() == Anonymity.GRANTED && anonymous.reason().isEmpty();
    }
    if (s instanceof Collective collective) {
      return collective.anonymity().equals(Optional.of(Anonymity.GRANTED)) && collective.reason().isEmpty();
    }
    return false; // no other kind of source can be granted anonymity
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
