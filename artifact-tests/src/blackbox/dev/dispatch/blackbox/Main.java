package dev.dispatch.blackbox;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.place.PlaceKind;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Person;
import dev.dispatch.validation.ValidationResult;
import dev.dispatch.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's program, compiled and run by ModulePathIT against the packaged jars on the module path:
 * it builds a report, validates it, writes and reads it as JSON (through the facade, and through a
 * plain mapper that finds Dispatch's module by ServiceLoader). Exported packages only.
 *
 * <p>This is the one file to update when the public API changes: keep it short.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Report report = Report.builder()
        .id(ReportId.of("r1"))
        .headline("Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region")
        .publisher("CNN")
        .language("en")
        .addPlaces(Place.builder().id(PlaceId.of("kursk")).printedName("Kursk region")
            .kind(PlaceKind.REGION).country(CountryCode.of("RU")).build())
        .addSources(Person.builder().id(SourceId.of("blinken")).name("Antony Blinken").build())
        .addFigures(Figure.builder().id(FigureId.of("f1"))
            .measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED, Outcome.WOUNDED)
            .count(Count.moreThan(1_000).withPhrase("more than 1,000"))
            .location(Location.in(PlaceId.of("kursk")))
            .addAttributions(Attribution.of(SourceId.of("blinken"), Mode.PARAPHRASE))
            .build())
        .build();

    ValidationResult findings = Validator.defaults().validate(report);
    DispatchJson json = DispatchJson.create();
    String text = json.write(report);
    Report back = json.read(text);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Report viaMapper = mapper.readValue(mapper.writeValueAsString(report), Report.class);

    check(findings.isValid(), "valid: " + findings);
    check(back.equals(report), "the facade reads what it wrote");
    check(viaMapper.equals(report), "a plain mapper with the ServiceLoader's module reads what it wrote");
    check(text.equals(mapper.writeValueAsString(report)), "both write the same JSON");
    System.out.println("blackbox ok: " + text.length() + " characters of JSON, module " + Report.class.getModule().getName());
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
  }
}
