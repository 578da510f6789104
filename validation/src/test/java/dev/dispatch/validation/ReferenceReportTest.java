package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.party.Party;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The findings a careful editor expects on the reference report, and no others: the SBU
 * spokesman's direct quote ("communication with them was conducted through Korean translators")
 * comes from an unnamed speaker. Nothing else: no publication date, so no relative date can be
 * resolved or be late; the blurred card's name is withheld; every figure is attributed;
 * Blinken's figure of North Korean losses comes from a state that is not a party.
 */
class ReferenceReportTest {

  private static List<String> found(Validator validator) {
    return validator.validate(ReferenceReport.report()).violations().stream()
        .map(v -> v.code() + " at " + v.path()).collect(Collectors.toList());
  }

  @Test
  void theReferenceReportsFindings() {
    List<String> expected = List.of(Rules.ATTRIBUTION_QUOTE_UNIDENTIFIED
        + " at statements[translators].attribution.links[0].source");
    assertEquals(expected, found(Validator.defaults()));
    Report report = ReferenceReport.report();
    Party russia = report.party(ReferenceReport.RUSSIA_PARTY).orElseThrow();
    Party ukraine = report.party(ReferenceReport.UKRAINE_PARTY).orElseThrow();
    assertEquals(expected, found(Validator.builder().parties(russia, ukraine).build()));
    assertEquals(expected, found(Validator.builder().purpose(Purpose.INTERNAL).build()));
    assertTrue(Validator.defaults().validate(report).isValid());
  }
}
