package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class RoundTripTest {
  private final DispatchJson json = DispatchJson.create();

  @Test
  void theReferenceReportRoundTripsExactlyInBothViews() {
    Report report = ReferenceReport.report();
    String publicView = json.write(report);
    assertEquals(report, json.read(publicView), "nothing in the reference report is known and protected");
    assertEquals(report, json.read(json.write(report, View.INTERNAL)));
    assertTrue(publicView.startsWith("{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"seed-67fcfab4f779ad68\""));
    assertTrue(publicView.contains("\"state\":\"withheld\",\"note\":\"blurred by CNN\""));
  }

  @Test
  void thePublicViewLosesOnlyProtectedValuesAndSaysSo() {
    Report report = Fixtures.withKnownProtectedValues();
    String publicView = json.write(report);
    Report back = json.read(publicView);
    assertNotEquals(report, back);
    assertEquals(report.redacted(), back);
    assertTrue(publicView.contains("\"note\":\"" + dev.dispatch.privacy.Protected.REDACTED + "\""));
    for (String secret : Fixtures.SECRETS) {
      assertFalse(publicView.contains(secret), secret);
    }
    String internal = json.write(report, View.INTERNAL);
    assertEquals(report, json.read(internal));
    assertTrue(internal.contains(Fixtures.SECRETS.get(0)));
  }

  @Test
  void writingIsStable() {
    Report report = ReferenceReport.report();
    assertEquals(json.write(report), json.write(json.read(json.write(report))));
  }

  @Test
  void theModuleWorksInAPlainMapperAndIsFoundByServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().addModule(new DispatchModule()).build();
    Report report = ReferenceReport.report();
    assertEquals(report, mapper.readValue(mapper.writeValueAsString(report), Report.class));
    assertEquals(json.write(report), mapper.writeValueAsString(report));
  }

  /** The module path declares the provider; the class-path services file is checked in examples. */
  @Test
  void theModuleDeclaresItsServiceProvider() {
    Module module = DispatchModule.class.getModule();
    if (module.isNamed()) {
      assertTrue(module.getDescriptor().provides().stream().anyMatch(p -> p.service().equals(JacksonModule.class.getName())
          && p.providers().contains(DispatchModule.class.getName())), module.getDescriptor().toString());
    }
    assertTrue(new String(readServices(), java.nio.charset.StandardCharsets.UTF_8).contains(DispatchModule.class.getName()));
  }

  private static byte[] readServices() {
    try (var in = DispatchModule.class.getClassLoader()
        .getResourceAsStream("META-INF/services/" + JacksonModule.class.getName())) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theInternalViewIsAskedForByName() {
    Report report = Fixtures.withKnownProtectedValues();
    JsonMapper internal = JsonMapper.builder().addModule(new DispatchModule().withView(View.INTERNAL)).build();
    assertTrue(internal.writeValueAsString(report).contains(Fixtures.SECRETS.get(0)));
    JsonMapper standard = JsonMapper.builder().addModule(new DispatchModule()).build();
    assertFalse(standard.writeValueAsString(report).contains(Fixtures.SECRETS.get(0)));
  }
}
