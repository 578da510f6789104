package dev.dispatch.examples;

import dev.dispatch.event.Event;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.SourceId;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.View;
import dev.dispatch.party.Party;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.validation.Rules;
import dev.dispatch.validation.Severity;
import dev.dispatch.validation.ValidationResult;
import dev.dispatch.validation.Validator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The main example: the reference report, built through the public API (see
 * {@link ReferenceReport}), summarised, validated and written as public JSON; then the internal
 * view shown to carry protected data only when asked for by name.
 */
public final class ReferenceReportExample {
  private ReferenceReportExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Report report = ReferenceReport.report();
    heading(out, "Report");
    out.println("  " + report.headline().orElse("(no headline in this copy)"));
    out.println("  " + report.publisher() + ", language " + report.language() + ", published "
        + report.published().map(d -> d.toEdtf()).orElse("(date not printed)"));
    out.println("  Contributors: " + String.join(", ", report.contributors()));
    report.updates().forEach(u -> out.println("  Update: " + u.text().orElse("(no details)")));

    heading(out, "Figures");
    for (Figure f : report.figures()) {
      out.println("  " + describe(report, f));
    }

    heading(out, "Prisoners");
    for (Prisoner p : report.prisoners()) {
      Particulars own = p.particulars();
      Custody held = own.custody().get(0);
      out.println("  " + p.id() + ": nationality " + own.nationality().map(Object::toString).orElse("?")
          + ", fighting for " + own.side().flatMap(report::party).map(Party::name).orElse("?")
          + ", " + own.wounded().toString().toLowerCase(Locale.ROOT)
          + ", held by " + held.holder().flatMap(report::source).map(Source::label).orElse("?")
          + " in " + held.location().flatMap(l -> report.place(l.places().get(0))).map(Place::name).orElse("?")
          + "; name " + p.identity().name().state() + ", date of birth " + p.identity().dateOfBirth().state());
    }
    out.println("  Facts the report gives to \"one\" and \"the other\", not linked to either:");
    for (UnlinkedFacts u : report.unlinked()) {
      List<String> shares = new ArrayList<>();
      for (Particulars share : u.shares()) {
        shares.add(describe(report, share));
      }
      out.println("    among " + u.among() + ": " + String.join(" | ", shares));
    }

    heading(out, "Parties and events");
    report.parties().forEach(p -> out.println("  party " + p.id() + ": " + p.name() + " ("
        + p.kind().toString().toLowerCase(Locale.ROOT) + p.country().map(c -> ", " + c).orElse("") + ")"));
    for (Event e : report.events()) {
      out.println("  event " + e.id() + ": " + e.label().orElse(e.kind().toString())
          + e.time().flatMap(t -> t.phrase()).map(t -> ", " + t).orElse("")
          + e.location().map(l -> ", " + l.relation().toString().toLowerCase(Locale.ROOT) + " "
              + l.places().stream().map(id -> report.place(id).map(Place::name).orElse(id.value()))
                  .collect(Collectors.joining(", "))).orElse(""));
    }

    heading(out, "Attribution chains longer than one link");
    for (Statement s : report.statements()) {
      if (s.attribution().links().size() > 1) {
        out.println("  \"" + s.text() + "\"");
        out.println("    " + s.attribution().links().stream().map(l -> label(report, l.source()))
            .collect(Collectors.joining(" -> ")) + " -> the report");
      }
    }

    heading(out, "Validation");
    ValidationResult result = Validator.defaults().validate(report);
    out.println("  " + (result.isValid() ? "No errors" : "ERRORS") + ": " + result.withSeverity(Severity.ERROR).size()
        + " errors, " + result.withSeverity(Severity.WARNING).size() + " warnings, "
        + result.withSeverity(Severity.INFO).size() + " notes");
    result.violations().forEach(v -> out.println("  " + v));

    DispatchJson json = DispatchJson.create();
    heading(out, "Public JSON (format v1)");
    out.println(json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));

    heading(out, "Protected data");
    // A placeholder, not a fact: the report gives no name. It stands for what a newsroom's internal
    // record might hold, to show where such a value goes and where it does not.
    String placeholder = "<placeholder-7f3a>";
    Report internalRecord = withPrisonerName(report, placeholder);
    out.println("  An internal record with a prisoner's name (a placeholder, not a fact of the report):");
    out.println("    toString():        " + internalRecord.prisoners().get(0).identity().name());
    out.println("    public JSON:       " + excerpt(json.write(internalRecord), "\"name\""));
    out.println("    internal JSON:     " + excerpt(json.write(internalRecord, View.INTERNAL), "\"name\""));
    out.println("    validation:        "
        + Validator.defaults().validate(internalRecord).withCode(Rules.PRISONER_PROTECTED_EXPOSED));
  }

  private static Report withPrisonerName(Report report, String name) {
    Prisoner first = report.prisoners().get(0);
    return report.withPrisoner(first.withIdentity(first.identity().withName(Protected.known(name))));
  }

  /** The first occurrence of {@code property} among the prisoners, up to its object's end. */
  private static String excerpt(String json, String property) {
    int at = json.indexOf(property, json.indexOf("\"prisoners\""));
    return at < 0 ? "(no " + property + ")" : json.substring(at, json.indexOf('}', at) + 1);
  }

  private static String describe(Report report, Figure f) {
    String outcomes = f.outcomes().isEmpty() ? f.measure().toString().toLowerCase(Locale.ROOT)
        : f.outcomes().stream().map(o -> o.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    String period = f.timeframe().filter(t -> t instanceof Timeframe.During)
        .flatMap(t -> ((Timeframe.During) t).period().phrase()).map(p -> ", " + p).orElse("");
    return f.count().phrase().orElse(f.count().toString()) + " [" + f.count().lowerBound() + ".."
        + (f.count().upperBound().isPresent() ? Long.toString(f.count().upperBound().getAsLong()) : "")
        + " " + f.count().unit() + "] " + outcomes
        + f.population().flatMap(p -> p.description()).map(d -> ", " + d).orElse("")
        + period
        + (f.attributions().isEmpty() ? ", no source given"
            : ", according to " + f.attributions().stream().map(a -> label(report, a.source()))
                .collect(Collectors.joining(" and ")));
  }

  private static String describe(Report report, Particulars p) {
    List<String> parts = new ArrayList<>();
    p.capture().ifPresent(c -> parts.add("captured" + c.by().map(b -> " by " + b).orElse("")
        + c.date().flatMap(d -> d.phrase()).map(d -> " " + d).orElse("")));
    p.injuries().forEach(i -> parts.add(i));
    p.documents().forEach(d -> parts.add("carried a " + d.kind() + d.holderDescription().map(h -> " issued to " + h).orElse("")
        + d.holderOrigin().flatMap(report::place).map(pl -> " from " + pl.name()).orElse("")
        + " (holder's name " + d.holderName().state() + ")"));
    if (p.carriedNoDocuments()) {
      parts.add("no documents");
    }
    if (!p.statements().isEmpty()) {
      parts.add("made " + p.statements().size() + " statements");
    }
    return String.join(", ", parts);
  }

  private static String label(Report report, SourceId id) {
    return report.source(id).map(Source::label).orElse(id.value());
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }
}
