package dev.dispatch.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dispatch.count.Count;
import dev.dispatch.count.Unit;
import dev.dispatch.id.FigureId;
import dev.dispatch.time.DateMention;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureTest {

  private Figure.Builder casualties(Count total) {
    return Figure.builder().id(FigureId.of("f1")).measure(Measure.CASUALTIES).addOutcomes(Outcome.KILLED).count(total);
  }

  @Test
  void killedOrWoundedIsASetOfTwoOutcomes() {
    Figure f = Figure.builder().id(FigureId.of("f1")).measure(Measure.CASUALTIES)
        .addOutcomes(Outcome.KILLED, Outcome.WOUNDED).count(Count.moreThan(1_000)).build();
    assertEquals(Set.of(Outcome.KILLED, Outcome.WOUNDED), f.outcomes());
  }

  @Test
  void aBreakdownMayNotCertainlyExceedItsTotal() {
    casualties(Count.exactly(20)).addBreakdowns(Breakdown.of("children", Count.exactly(12))).build();
    casualties(Count.about(20)).addBreakdowns(Breakdown.of("children", Count.exactly(30))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> casualties(Count.between(10, 20)).addBreakdowns(Breakdown.of("children", Count.atLeast(21))).build());
    assertEquals("Figure.breakdowns[0].count: lower bound 21 exceeds the total's upper bound 20", e.getMessage());
  }

  @Test
  void invariantsNameTheField() {
    assertMessage("Figure.outcomes: at least one outcome is required for CASUALTIES",
        () -> Figure.builder().id(FigureId.of("f")).measure(Measure.CASUALTIES).count(Count.exactly(1)).build());
    assertMessage("Figure.outcomes: must be empty for FORCE_STRENGTH, got [KILLED]",
        () -> Figure.builder().id(FigureId.of("f")).measure(Measure.FORCE_STRENGTH).addOutcomes(Outcome.KILLED)
            .count(Count.exactly(1)).build());
    assertMessage("Figure.cumulativeTo: excludes a period",
        () -> casualties(Count.exactly(1)).period(DateMention.unresolved("last week"))
            .cumulativeTo(DateMention.unresolved("Sunday")).build());
    assertMessage("Figure.breakdowns[0].count: expected the total's unit persons, got days",
        () -> casualties(Count.exactly(5)).addBreakdowns(Breakdown.of("x", Count.exactly(1).in(Unit.DAYS))).build());
    assertMessage("Figure.breakdowns: labels must be distinct",
        () -> casualties(Count.exactly(5)).addBreakdowns(Breakdown.of("x", Count.exactly(1)), Breakdown.of("x", Count.exactly(2))).build());
    assertMessage("Breakdown.label: must not be blank", () -> Breakdown.of("", Count.exactly(1)));
    assertMessage("Population.description: at least one attribute is required", () -> Population.builder().build());
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }
}
