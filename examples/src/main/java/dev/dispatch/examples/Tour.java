package dev.dispatch.examples;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Timeframe;
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
import dev.dispatch.time.DateInterval;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.PartialDate;
import dev.dispatch.validation.ValidationResult;
import dev.dispatch.validation.Validator;
import java.time.MonthDay;

/** The README's short tour, compiled and run so that the README stays true. */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run());
  }

  static String run() {
    Report report = Report.builder()
        .id(ReportId.of("r1"))
        .headline("Zelensky says two North Korean soldiers fighting for Russia were captured in Kursk region")
        .publisher("CNN")
        .language("en")                                   // published(...) left out: the date is not printed
        .addPlaces(Place.builder().id(PlaceId.of("kursk")).printedName("Kursk region")
            .kind(PlaceKind.REGION).country(CountryCode.of("RU")).build())
        .addSources(Person.builder().id(SourceId.of("blinken")).name("Antony Blinken")
            .role("U.S. Secretary of State").build())
        .addFigures(Figure.builder().id(FigureId.of("f1"))
            .measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED, Outcome.WOUNDED)      // "killed or wounded"
            .count(Count.moreThan(1_000).withPhrase("more than 1,000"))                // lower bound 1,001
            .location(Location.in(PlaceId.of("kursk")))
            .timeframe(Timeframe.during(DateMention.of("in the last week of December",
                DateInterval.of(PartialDate.of(MonthDay.of(12, 25)), PartialDate.of(MonthDay.of(12, 31))))))
            .addAttributions(Attribution.of(SourceId.of("blinken"), Mode.PARAPHRASE)
                .withWhen(DateMention.unresolved("Last week")))
            .build())
        .build();                       // fails naming the element if a reference does not resolve

    Figure revised = report.figure(FigureId.of("f1")).orElseThrow()
        .withCount(Count.moreThan(1_000).withNoun("troops"));   // a copy with one field changed
    ValidationResult findings = Validator.defaults().validate(report);
    DispatchJson json = DispatchJson.create();
    String text = json.write(report);   // the public view: protected values are redacted
    Report back = json.read(text);      // strict: a DispatchJsonException names the JSON Pointer

    return findings + "\n" + text + "\n" + back.equals(report) + " " + revised.count().noun().orElseThrow();
  }
}
