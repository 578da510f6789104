package dev.dispatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dispatch.id.SourceId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private final SourceId soldier = SourceId.of("soldier");
  private final SourceId sbu = SourceId.of("sbu");

  @Test
  void aChainIsWalkedFromOriginToReport() {
    Attribution a = Attribution.of(soldier, Mode.PARAPHRASE).via(Attribution.of(sbu, Mode.PARAPHRASE));
    assertEquals(List.of(soldier, sbu), a.sources());
    assertEquals(sbu, a.reporter().source());
    assertEquals(2, a.chain().size());
    assertEquals(Verification.STATED, a.status());
  }

  @Test
  void chainsOfAnyLengthAreRepresentable() {
    Attribution chain = Attribution.of(SourceId.of("s0"), Mode.PARAPHRASE);
    for (int i = 1; i < 200; i++) {
      chain = Attribution.of(SourceId.of("s" + i), Mode.PARAPHRASE).via(chain);
    }
    assertEquals(200, chain.chain().size());
    assertEquals(SourceId.of("s199"), chain.sources().get(0));
    assertEquals(SourceId.of("s0"), chain.reporter().source());
    assertEquals(IntStream.range(0, 200).mapToObj(i -> SourceId.of("s" + (199 - i))).toList(), chain.sources());
  }

  @Test
  void invariantsNameTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Person.builder().id(soldier).name(" ").build());
    assertEquals("Person.name: must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Collective.builder().id(sbu).description("assessments").addMembers(sbu).build());
    assertEquals("Collective.members: must not include the collective itself", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Organisation.builder().id(sbu).name("SBU").kind(OrganisationKind.SECURITY_SERVICE).parent(sbu).build());
    assertEquals("Organisation.parent: must not be the organisation itself", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Channel.post(""));
    assertEquals("Channel.platform: must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Anonymous.builder().id(soldier).description("a doctor").reason("").build());
    assertEquals("Anonymous.reason: must not be blank", e.getMessage());
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Attribution.builder().source(sbu).build());
    assertEquals(true, e.getMessage().contains("mode"), e.getMessage());
  }

  @Test
  void sourcesAreAClosedSetOfKinds() {
    assertEquals(
        java.util.Set.of(Person.class, Organisation.class, Anonymous.class, Collective.class, OwnVoice.class),
        java.util.Set.of(Source.class.getPermittedSubclasses()));
  }
}
