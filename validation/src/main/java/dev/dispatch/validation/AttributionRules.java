package dev.dispatch.validation;

import dev.dispatch.figure.Figure;
import dev.dispatch.id.SourceId;
import dev.dispatch.place.CountryCode;
import dev.dispatch.report.Report;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rules about who says what: quotes, anonymous sources, partisan figures. */
final class AttributionRules {
  private AttributionRules() {}

  /** Descriptions that tell a reader nothing about who the source is. */
  private static final Set<String> VAGUE = Set.of("a source", "source", "sources", "an official", "officials",
      "a person", "someone", "people", "an insider", "insiders");

  static final Rule QUOTE_UNIDENTIFIED = Rule.of("attribution.quote-unidentified", Severity.WARNING,
      "A direct quote whose speaker is not identified: an anonymous or collective source, or the report itself.",
      (report, findings) -> {
        for (Statement s : report.statements()) {
          if (s.isDirectQuote()) {
            Optional<Source> speaker = report.source(s.attribution().source());
            if (speaker.isPresent() && !(speaker.get() instanceof Person) && !(speaker.get() instanceof Organisation)) {
              findings.add(Paths.statement(s) + ".attribution.source", "a direct quote from "
                  + speaker.get().label() + ", who is not identified; name the speaker or paraphrase");
            }
          }
        }
      });

  static final Rule ANONYMOUS_UNDESCRIBED = Rule.of("source.anonymous-undescribed", Severity.WARNING,
      "An anonymous source whose description says nothing about who it is (\"a source\", \"officials\").",
      (report, findings) -> {
        for (Source s : report.sources()) {
          if (s instanceof Anonymous && VAGUE.contains(((Anonymous) s).description().trim().toLowerCase(Locale.ROOT))) {
            findings.add("sources[" + s.id() + "].description", "\"" + ((Anonymous) s).description()
                + "\" does not tell readers what the source knows or where it stands; describe it");
          }
        }
      });

  static final Rule ANONYMOUS_NO_REASON = Rule.of("source.anonymous-no-reason", Severity.WARNING,
      "An anonymous source without the reason it is anonymous.",
      (report, findings) -> {
        for (Source s : report.sources()) {
          if (s instanceof Anonymous && ((Anonymous) s).reason().isEmpty()) {
            findings.add("sources[" + s.id() + "].reason", s.label() + " is anonymous without a stated reason");
          }
        }
      });

  static final Rule PARTISAN_SOURCE = Rule.of("figure.partisan-source", Severity.INFO,
      "A figure about one party's losses attributed only to another party to the conflict.",
      (report, findings) -> {
        Set<CountryCode> parties = findings.settings().parties();
        if (parties.isEmpty()) {
          return;
        }
        for (Figure f : report.figures()) {
          if (f.outcomes().isEmpty() || f.attribution().isEmpty() || f.population().isEmpty()) {
            continue;
          }
          Optional<CountryCode> side = f.population().get().side().or(() -> f.population().get().nationality());
          if (side.isEmpty()) {
            continue;
          }
          List<SourceId> chain = f.attribution().get().sources();
          boolean partisan = chain.stream().allMatch(id -> country(report, id)
              .filter(c -> parties.contains(c) && !c.equals(side.get())).isPresent());
          if (partisan) {
            findings.add(Paths.figure(f) + ".attribution", FigureRules.describe(report, f) + " counts losses of "
                + side.get() + " and comes only from a party to the conflict; seek an independent source");
          }
        }
      });

  /** The country a source speaks for: its own, or its affiliation's. */
  private static Optional<CountryCode> country(Report report, SourceId id) {
    Optional<Source> s = report.source(id);
    if (s.isEmpty() || s.get() instanceof OwnVoice || s.get() instanceof Collective) {
      return Optional.empty();
    }
    if (s.get() instanceof Organisation) {
      return ((Organisation) s.get()).country();
    }
    Optional<SourceId> affiliation = s.get() instanceof Person ? ((Person) s.get()).affiliation()
        : ((Anonymous) s.get()).affiliation();
    return affiliation.flatMap(report::source).filter(o -> o instanceof Organisation)
        .flatMap(o -> ((Organisation) o).country());
  }

  static final List<Rule> ALL = List.of(QUOTE_UNIDENTIFIED, ANONYMOUS_UNDESCRIBED, ANONYMOUS_NO_REASON, PARTISAN_SOURCE);
}
