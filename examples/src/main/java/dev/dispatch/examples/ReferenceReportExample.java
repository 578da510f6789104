package dev.dispatch.examples;

import dev.dispatch.figure.Figure;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.View;
import dev.dispatch.privacy.Protected;
import dev.dispatch.validation.Severity;
import dev.dispatch.validation.ValidationResult;
import dev.dispatch.validation.Validator;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.testkit.ReferenceReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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
    out.println("  " + report.headline());
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
      out.println("  " + p.id() + ": nationality " + own.nationality().map(Object::toString).orElse("?")
          + ", fighting for " + own.side().map(Object::toString).orElse("?")
          + ", wounded " + own.wounded().map(Object::toString).orElse("?")
          + ", held by " + own.custody().flatMap(c -> c.holder()).flatMap(report::source).map(Source::label).orElse("?")
          + " in " + own.custody().flatMap(c -> c.location()).flatMap(l -> report.place(l.place()))
              .map(pl -> pl.name()).orElse("?")
          + "; name " + p.name().state() + ", date of birth " + p.dateOfBirth().state());
    }
    out.println("  Facts the report gives to \"one\" and \"the other\", not linked to either:");
    for (UnlinkedFacts u : report.unlinked()) {
      List<String> shares = new ArrayList<>();
      for (Particulars share : u.shares()) {
        shares.add(describe(report, share));
      }
      out.println("    among " + u.among() + ": " + String.join(" | ", shares));
    }

    heading(out, "Attribution chains longer than one link");
    for (Statement s : report.statements()) {
      if (s.attribution().via().isPresent()) {
        out.println("  \"" + s.text() + "\"");
        out.println("    " + s.attribution().chain().stream().map(a -> label(report, a)).collect(Collectors.joining(" -> "))
            + " -> the report");
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
    String placeholder = "<name held internally>";
    Report internalRecord = withPrisonerName(report, placeholder);
    out.println("  An internal record with a prisoner's name (a placeholder, not a fact of the report):");
    out.println("    toString():        " + internalRecord.prisoners().get(0).name());
    out.println("    public JSON:       " + excerpt(json.write(internalRecord), "\"name\""));
    out.println("    internal JSON:     " + excerpt(json.write(internalRecord, View.INTERNAL), "\"name\""));
    out.println("    validation:        " + Validator.defaults().validate(internalRecord).withCode("prisoner.protected-exposed"));
  }

  private static Report withPrisonerName(Report report, String name) {
    List<Prisoner> prisoners = new ArrayList<>(report.prisoners());
    prisoners.set(0, Prisoner.builder().from(prisoners.get(0)).name(Protected.known(name)).build());
    return Report.builder().from(report).prisoners(prisoners).build();
  }

  /** The first occurrence of {@code property} among the prisoners, up to its object's end. */
  private static String excerpt(String json, String property) {
    int at = json.indexOf(property, json.indexOf("\"prisoners\""));
    return at < 0 ? "(no " + property + ")" : json.substring(at, json.indexOf('}', at) + 1);
  }

  private static String describe(Report report, Figure f) {
    String outcomes = f.outcomes().isEmpty() ? f.measure().toString().toLowerCase(java.util.Locale.ROOT)
        : f.outcomes().stream().map(o -> o.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" or "));
    return f.count().phrase().orElse(f.count().toString()) + " [" + f.count().lowerBound() + ".."
        + (f.count().upperBound().isPresent() ? Long.toString(f.count().upperBound().getAsLong()) : "")
        + " " + f.count().unit() + "] " + outcomes
        + f.population().flatMap(p -> p.description()).map(d -> ", " + d).orElse("")
        + f.period().flatMap(p -> p.phrase()).map(p -> ", " + p).orElse("")
        + f.attribution().map(a -> ", according to " + label(report, a)).orElse(", no source given");
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

  private static String label(Report report, Attribution a) {
    return report.source(a.source()).map(Source::label).orElse(a.source().value());
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }
}
