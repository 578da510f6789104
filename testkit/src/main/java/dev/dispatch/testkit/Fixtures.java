package dev.dispatch.testkit;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.figure.Outcome;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.SourceId;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Mode;

/**
 * Small named fixtures, one per concept. Those taken from the reference report say so; the
 * others are synthetic and stand for no real person or event.
 */
public final class Fixtures {
  private Fixtures() {}

  /** From the reference report: "an unidentified doctor", no reason given. */
  public static Anonymous anonymousSource() {
    return (Anonymous) ReferenceReport.report().source(ReferenceReport.DOCTOR).orElseThrow();
  }

  /** From the reference report: the soldier, relayed by the SBU, to the report. */
  public static Attribution chainedAttribution() {
    return ReferenceReport.report().statement(ReferenceReport.OBTAINED).orElseThrow().attribution();
  }

  /** From the reference report: more than 1,000 North Korean troops killed or wounded. */
  public static Figure killedOrWounded() {
    return ReferenceReport.report().figure(ReferenceReport.KILLED_OR_WOUNDED).orElseThrow();
  }

  /** Synthetic: "between 60 and 93" killed, per a source {@code source0}. */
  public static Figure rangeFigure() {
    return Figure.builder().id(FigureId.of("range")).measure(Measure.PEOPLE).addOutcomes(Outcome.KILLED)
        .count(Count.between(60, 93).withPhrase("between 60 and 93"))
        .addAttributions(Attribution.of(SourceId.of("source0"), Mode.PARAPHRASE)).build();
  }

  /** Synthetic: a prisoner whose name the publisher withheld. */
  public static Prisoner prisonerWithWithheldName() {
    return Prisoner.builder().id(PrisonerId.of("withheld"))
        .identity(Identity.none().withName(Protected.withheld("blurred by the publisher"))).build();
  }

  /**
   * Synthetic: a prisoner whose name is known and not released: for tests that redaction and
   * validation catch it. The name stands for nobody.
   */
  public static Prisoner prisonerWithKnownName() {
    return Prisoner.builder().id(PrisonerId.of("known"))
        .identity(Identity.none().withName(Protected.known("Pak Fixture"))).build();
  }
}
