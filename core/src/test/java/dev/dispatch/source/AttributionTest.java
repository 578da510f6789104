package dev.dispatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.dispatch.fixture.Gens;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.SourceId;
import dev.dispatch.time.DateMention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AttributionTest {
  private static final int EXAMPLES = 2_000;
  private static final SourceId SOLDIER = SourceId.of("soldier");
  private static final SourceId SBU = SourceId.of("sbu");
  private static final SourceId CNN = SourceId.of("cnn");

  /** Builds the chain the way a user does: the first link with {@code of}, each further one with {@code via}. */
  private static Attribution appended(List<Map.Entry<SourceId, Mode>> links) {
    Attribution chain = Attribution.of(links.get(0).getKey(), links.get(0).getValue());
    for (Map.Entry<SourceId, Mode> relay : links.subList(1, links.size())) {
      chain = chain.via(relay.getKey(), relay.getValue());
    }
    return chain;
  }

  @Test
  void aChainIsWalkedFromOriginToReport() {
    Attribution a = Attribution.of(SOLDIER, Mode.PARAPHRASE).via(SBU, Mode.PARAPHRASE);
    assertEquals(List.of(SOLDIER, SBU), a.sources());
    assertEquals(SOLDIER, a.origin().source());
    assertEquals(SOLDIER, a.source());
    assertEquals(SBU, a.reporter().source());
    assertEquals(Mode.PARAPHRASE, a.mode());
    assertEquals(Verification.STATED, a.status());
    assertEquals("Attribution[soldier (PARAPHRASE) -> sbu (PARAPHRASE)]", a.toString());
  }

  /** Issue 13: a second relay replaced the first, and the SBU vanished from the provenance. */
  @Test
  void appendingARelayNeverReplacesAnother() {
    Attribution a = Attribution.of(SOLDIER, Mode.PARAPHRASE).via(SBU, Mode.PARAPHRASE).via(CNN, Mode.PARAPHRASE);
    assertEquals(List.of(SOLDIER, SBU, CNN), a.sources());
  }

  @Test
  void aLongChainIsBuiltWalkedComparedAndPrintedWithoutRecursion() {
    List<SourceId> ids = IntStream.range(0, 20_000).mapToObj(i -> SourceId.of("s" + i)).collect(Collectors.toList());
    Attribution chain = Attribution.of(ids.get(0), Mode.PARAPHRASE);
    for (SourceId relay : ids.subList(1, ids.size())) {
      chain = chain.via(Link.of(relay, Mode.PARAPHRASE));
    }
    Attribution same = Attribution.of(chain.links());
    assertEquals(ids, chain.sources());
    assertEquals(chain, same);
    assertEquals(chain.hashCode(), same.hashCode());
    assertEquals(chain.toString(), same.toString());
  }

  @Test
  void propertyTheSourcesAreExactlyTheIdsAppendedInOrderOriginFirst() {
    qt().withExamples(EXAMPLES).forAll(Gens.chains()).checkAssert(links -> {
      Attribution chain = appended(links);
      List<SourceId> ids = links.stream().map(Map.Entry::getKey).collect(Collectors.toList());
      List<Mode> modes = links.stream().map(Map.Entry::getValue).collect(Collectors.toList());
      assertEquals(ids, chain.sources());
      assertEquals(modes, chain.links().stream().map(Link::mode).collect(Collectors.toList()));
      assertEquals(ids.get(0), chain.source());
      assertEquals(ids.get(ids.size() - 1), chain.reporter().source());
      assertEquals(chain, Attribution.of(chain.links()));
    });
  }

  @Test
  void propertyTheOriginsWithersChangeTheOriginAndNothingElse() {
    Gen<Channel> channels = Generate.pick(List.of(Channel.post("X"), Channel.of(ChannelKind.ADDRESS),
        Channel.of(ChannelKind.PRESS_BRIEFING, "Kyiv")));
    Gen<DateMention> whens = Generate.pick(List.of(DateMention.unresolved("on Saturday"),
        DateMention.unresolved("last week")));
    qt().withExamples(EXAMPLES)
        .forAll(Gens.chains(), channels, whens, Generate.enumValues(Verification.class))
        .checkAssert((links, channel, when, status) -> {
          Attribution chain = appended(links);
          Attribution changed = chain.withChannel(channel).withWhen(when).withStatus(status);
          Link before = chain.origin();
          assertEquals(new Link(before.source(), before.mode(), status, Optional.of(channel), Optional.of(when)),
              changed.origin());
          assertEquals(chain.links().subList(1, links.size()), changed.links().subList(1, links.size()));
          assertEquals(chain.sources(), changed.sources());
          assertEquals(status, changed.status());
        });
  }

  @Test
  void sourcesAreAClosedSetOfKinds() {
    assertEquals(Set.of(Person.class, Organisation.class, Anonymous.class, Collective.class, Unspecified.class,
        IndividualSource.class, OwnVoice.class), Set.of(Source.class.getPermittedSubclasses()));
  }

  @Test
  void labelsAreShortAndNeverAProtectedName() {
    assertEquals("Volodymyr Zelensky, President of Ukraine", Person.builder().id(SourceId.of("z"))
        .name("Volodymyr Zelensky").role("President of Ukraine").build().label());
    assertEquals("Antony Blinken", Person.builder().id(SourceId.of("b")).name("Antony Blinken").build().label());
    assertEquals("person mother of the report", IndividualSource.of(SourceId.of("m"), PersonId.of("mother")).label());
    assertEquals("the report (observation)", OwnVoice.of(SourceId.of("o"), Voice.OBSERVATION).label());
    assertEquals("the report (background)", OwnVoice.of(SourceId.of("b"), Voice.BACKGROUND).label());
    assertEquals("an unspecified source (\"reportedly\")", Unspecified.of(SourceId.of("u"), "reportedly").label());
    assertEquals("an unspecified source", Unspecified.of(SourceId.of("u")).label());
    assertEquals("an unidentified doctor", Anonymous.builder().id(SourceId.of("d")).description("an unidentified doctor")
        .anonymity(Anonymity.UNIDENTIFIED).build().label());
  }

  @Test
  void sourcesReferToTheElementsTheyName() {
    Collective assessments = Collective.builder().id(SourceId.of("c")).description("assessments")
        .addMembers(SBU, CNN).affiliation(SourceId.of("gov")).build();
    assertEquals(List.<Id>of(SBU, CNN, SourceId.of("gov")), assessments.references());
    Organisation sbu = Organisation.builder().id(SBU).name("SBU").kind(OrganisationKind.SECURITY_SERVICE)
        .parent(SourceId.of("gov")).party(PartyId.of("ukraine")).build();
    assertEquals(List.<Id>of(SourceId.of("gov"), PartyId.of("ukraine")), sbu.references());
    assertEquals(List.<Id>of(PersonId.of("mother")),
        IndividualSource.of(SourceId.of("m"), PersonId.of("mother")).references());
    assertEquals(List.of(), OwnVoice.of(SourceId.of("o"), Voice.BACKGROUND).references());
  }
}
