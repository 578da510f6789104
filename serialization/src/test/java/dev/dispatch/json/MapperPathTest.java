package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson integration (issue 13) and the mapper path's errors (issue 12, item 9): through
 * {@link DispatchJson#mapper()} or a mapper of the user's own, every failure is a Jackson
 * exception with the JSON Pointer as its path, and none quotes the document.
 */
public class MapperPathTest {
  private final DispatchJson json = DispatchJson.create();

  /** Public only so that Jackson may build {@link Envelope} from inside the module's test classes. */
  public MapperPathTest() {}

  private final String reference = json.write(ReferenceReport.report());

  /** A mapper as a user builds one, even including the source in error locations. */
  private static JsonMapper own() {
    return JsonMapper.builder().addModule(new DispatchModule()).enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  private static String path(JacksonException e) {
    return e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
        : Integer.toString(r.getIndex())).collect(Collectors.joining("/", "/", ""));
  }

  @Test
  void aProblemIsAMismatchWithThePointerAsItsPath() {
    String doc = StrictReadingTest.mutate("/figures/0/count/number", "\"11000\"");
    for (JsonMapper mapper : List.of(json.mapper(), own())) {
      MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> mapper.readValue(doc, Report.class));
      assertEquals("/figures/0/count/number", path(e));
      DispatchJsonException cause = assertInstanceOf(DispatchJsonException.class, e.getCause());
      assertEquals("/figures/0/count/number", cause.pointer());
      assertTrue(String.valueOf(e.getMessage()).startsWith(cause.getMessage()), String.valueOf(e.getMessage()));
      assertEquals(Report.class, e.getTargetType());
      assertTrue(e.getLocation().getLineNr() > 0);
    }
  }

  /** The parser's own errors quote tokens ("Unrecognized token 'AB7734521'"): translated inside the module. */
  @Test
  void malformedTokensAreNotQuoted() {
    String doc = reference.replace("\"headline\":\"", "\"headline\":AB7734521,\"x\":\"");
    for (JsonMapper mapper : List.of(json.mapper(), own())) {
      JacksonException e = assertThrows(JacksonException.class, () -> mapper.readValue(doc, Report.class));
      for (String shown : LeakPropertiesTest.shown(e)) {
        assertFalse(shown.contains("AB77"), shown);
      }
      assertEquals("/headline", path(e));
      assertTrue(String.valueOf(e.getMessage()).contains("expected well-formed JSON (RFC 8259), got malformed input"), String.valueOf(e.getMessage()));
    }
  }

  /** A report inside the user's own type: the path runs from the user's root. */
  public record Envelope(String channel, Report report) {}

  @Test
  void thePathIncludesTheUsersOwnProperties() {
    String doc = "{\"channel\":\"wire\",\"report\":" + StrictReadingTest.mutate("/figures/0/count/number", "true") + "}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> own().readValue(doc, Envelope.class));
    assertEquals("/report/figures/0/count/number", path(e));
    assertEquals(ReferenceReport.report(), own().readValue("{\"channel\":\"wire\",\"report\":" + reference + "}",
        Envelope.class).report());
  }

  /** A user's mapper may allow any nesting; the module still recurses no deeper than Limits.MAX_NESTING_DEPTH. */
  @Test
  @Timeout(120)
  void aUsersDeeperLimitCannotOverflowTheStack() {
    JsonMapper deep = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(1_000_000).build()).build()).addModule(new DispatchModule()).build();
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> deep.readValue(HostileInputTest.nestedParts(5_000), Report.class));
    assertTrue(String.valueOf(e.getMessage()).contains("nesting depth more than " + Limits.MAX_NESTING_DEPTH), String.valueOf(e.getMessage()));
  }

  /** A user's type holding lists and options of Dispatch values. */
  public record Holder(List<Report> reports, java.util.Optional<Report> maybe) {}

  /**
   * Item 5: JSON null where a Dispatch value is expected is refused with a located mismatch, at the
   * root, in a user's property, in a list, an array or an Optional: never a silent null. A property
   * missing altogether is null (an empty Optional), as Jackson has it.
   */
  @Test
  void nullWhereAValueIsExpectedIsALocatedMismatch() {
    for (JsonMapper mapper : List.of(json.mapper(), own())) {
      MismatchedInputException root = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue("null", Report.class));
      assertTrue(String.valueOf(root.getMessage()).startsWith("(document root) (line 1, column 1): expected a Dispatch "
          + "report document (an object), got null"), root.getMessage());
      assertInstanceOf(DispatchJsonException.class, root.getCause());
      MismatchedInputException inEnvelope = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue("{\"channel\":\"wire\",\"report\":null}", Envelope.class));
      assertEquals("/report", path(inEnvelope));
      MismatchedInputException inList = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue("{\"reports\":[" + reference + ",null]}", Holder.class));
      assertEquals("/reports/1", path(inList));
      MismatchedInputException inArray = assertThrows(MismatchedInputException.class,
          () -> mapper.readValue("[null]", dev.dispatch.prisoner.Prisoner[].class));
      assertEquals("/0", path(inArray));
      assertTrue(String.valueOf(inArray.getMessage()).contains("expected a prisoner (an object), got null"),
          inArray.getMessage());
      assertEquals(null, mapper.readValue("{\"channel\":\"wire\"}", Envelope.class).report());
      assertEquals("/maybe", path(assertThrows(MismatchedInputException.class,
          () -> mapper.readValue("{\"maybe\":null}", Holder.class))));
      assertEquals(java.util.Optional.empty(), mapper.readValue("{}", Holder.class).maybe());
    }
  }

  /**
   * Item 5: the module's serializers keep the writer's limits, as the facade does, so that what a
   * mapper writes reads back: DispatchJson's mapper with its limits, a module of the user's own
   * with the limits it was given (the defaults otherwise). The refusal is a DatabindException
   * whose cause names the limit and where it was crossed, as the facade's does.
   */
  @Test
  void theMappersWriterKeepsTheLimits() {
    Limits small = new Limits(256, 1_024, 8_192, 32, 256, 10_000);
    DispatchJson limited = DispatchJson.create(small);
    Report report = ReferenceReport.report();
    DispatchJsonException facade = assertThrows(DispatchJsonException.class, () -> limited.write(report));
    assertTrue(facade.getMessage().contains("the limit on document length (8192 bytes)"), facade.getMessage());
    assertTrue(facade.pointer().startsWith("/"), "the place the limit was crossed: " + facade.getMessage());
    JsonMapper ownLimited = JsonMapper.builder().addModule(new DispatchModule().withLimits(small)).build();
    for (JsonMapper mapper : List.of(limited.mapper(), ownLimited)) {
      tools.jackson.databind.DatabindException e = assertThrows(tools.jackson.databind.DatabindException.class,
          () -> mapper.writeValueAsString(report));
      DispatchJsonException cause = assertInstanceOf(DispatchJsonException.class, e.getCause());
      assertEquals(facade.getMessage(), cause.getMessage());
    }
    // A string beyond the default limit, through a module with the defaults.
    Report longUrl = report.withUrl(java.net.URI.create("https://example.org/" + "u".repeat(1_000_001)));
    tools.jackson.databind.DatabindException url = assertThrows(tools.jackson.databind.DatabindException.class,
        () -> own().writeValueAsString(longUrl));
    assertEquals("/url", assertInstanceOf(DispatchJsonException.class, url.getCause()).pointer());
    // Inside a user's type, the limits count the Dispatch value, and the pointer runs from it.
    Envelope envelope = new Envelope("wire", report.withHeadline("h".repeat(2_000)));
    tools.jackson.databind.DatabindException inside = assertThrows(tools.jackson.databind.DatabindException.class,
        () -> JsonMapper.builder().addModule(new DispatchModule().withLimits(new Limits(256, 1_024, 16_000_000, 32,
            256, 1_000_000))).build().writeValueAsString(envelope));
    assertEquals("/report/headline", assertInstanceOf(DispatchJsonException.class, inside.getCause()).pointer());
    // Within the limits, the same bytes as the facade's.
    assertEquals(json.write(report), json.mapper().writeValueAsString(report));
  }

  @Test
  void theModuleIsAnImmutableJacksonModuleWithTheBuildsVersion() {
    assertFalse(SimpleModule.class.isAssignableFrom(DispatchModule.class), "users could add serializers to it");
    assertTrue(JacksonModule.class.isAssignableFrom(DispatchModule.class));
    DispatchModule module = new DispatchModule();
    assertEquals(System.getProperty("dispatch.version"), module.version().toString());
    assertEquals("dev.dispatch", module.version().getGroupId());
    assertEquals("dispatch-serialization", module.version().getArtifactId());
    assertNotEquals(module.getRegistrationId(), module.withView(View.INTERNAL).getRegistrationId());
    assertEquals(module.getRegistrationId(), module.withView(View.INTERNAL).withView(View.PUBLIC).getRegistrationId());
  }

  /** findAndAddModules() finds the public module; adding the internal one afterwards gives the internal view. */
  @Test
  void theInternalViewCanBeAddedAfterDiscovery() {
    Report known = Fixtures.withKnownProtectedValues();
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof DispatchModule), "found by ServiceLoader");
    String publicView = found.writeValueAsString(known);
    assertFalse(publicView.contains(Fixtures.SECRETS.get(0)));
    JsonMapper internal = JsonMapper.builder().findAndAddModules().addModule(new DispatchModule().withView(View.INTERNAL))
        .build();
    String internalView = internal.writeValueAsString(known);
    assertTrue(internalView.contains(Fixtures.SECRETS.get(0)), "the internal view was not taken");
    assertEquals(json.write(known, View.INTERNAL), internalView);
  }
}
