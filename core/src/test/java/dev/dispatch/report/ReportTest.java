package dev.dispatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.Measure;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.id.ReportId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Collective;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Voice;
import dev.dispatch.statement.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static Report.Builder base() {
    return Report.builder().id(ReportId.of("r1")).headline("Headline").publisher("Publisher").language("en")
        .addSources(OwnVoice.of(SourceId.of("own"), Voice.OBSERVATION));
  }

  private static Statement said(String id, SourceId by) {
    return Statement.builder().id(StatementId.of(id)).attribution(Attribution.of(by, Mode.PARAPHRASE)).text("text").build();
  }

  /** A report with at least one element of each kind, every list non-empty. */
  static Report richReport() {
    SourceId own = SourceId.of("own");
    dev.dispatch.id.PrisonerId p1 = dev.dispatch.id.PrisonerId.of("p1");
    dev.dispatch.id.PrisonerId p2 = dev.dispatch.id.PrisonerId.of("p2");
    return base()
        .addContributors("A Writer")
        .addUpdates(Update.printed("This story has been updated."))
        .addPlaces(Place.builder().id(PlaceId.of("k")).printedName("Kiev").canonicalName("Kyiv").addAliases("Kiew").build())
        .addSources(Collective.builder().id(SourceId.of("c")).description("assessments").addMembers(own).build())
        .addStatements(Statement.builder().from(said("s1", own)).addAbout(PlaceId.of("k")).build())
        .addFigures(Figure.builder().id(FigureId.of("f1")).measure(Measure.CASUALTIES)
            .addOutcomes(dev.dispatch.figure.Outcome.KILLED).count(Count.exactly(3))
            .addBreakdowns(dev.dispatch.figure.Breakdown.of("children", Count.exactly(1))).build())
        .addPrisoners(Prisoner.builder().id(p1).particulars(Particulars.builder().addInjuries("jaw")
                .addStatements(StatementId.of("s1")).addDocuments(dev.dispatch.prisoner.Document.builder().kind("ID").build())
                .build()).build(),
            Prisoner.builder().id(p2).build())
        .addUnlinked(UnlinkedFacts.of(List.of(p1, p2), List.of(Particulars.builder().build(), Particulars.builder().build())))
        .build();
  }

  @Test
  void elementsAreFoundById() {
    Report r = base().addStatements(said("s1", SourceId.of("own"))).build();
    assertTrue(r.statement(StatementId.of("s1")).isPresent());
    assertTrue(r.source(SourceId.of("own")).isPresent());
    assertTrue(r.figure(FigureId.of("s1")).isEmpty());
  }

  @Test
  void duplicateIdsAreNamed() {
    assertMessage("Report: duplicate statement id \"s1\"",
        () -> base().addStatements(said("s1", SourceId.of("own")), said("s1", SourceId.of("own"))).build());
  }

  @Test
  void danglingReferencesAreNamed() {
    assertMessage("Report.statements[s1]: refers to source \"ghost\", which is not in the report",
        () -> base().addStatements(said("s1", SourceId.of("ghost"))).build());
    Statement relayed = Statement.builder().id(StatementId.of("s2")).text("text")
        .attribution(Attribution.of(SourceId.of("own"), Mode.PARAPHRASE).via(Attribution.of(SourceId.of("relay"), Mode.PARAPHRASE)))
        .build();
    assertMessage("Report.statements[s2]: refers to source \"relay\", which is not in the report",
        () -> base().addStatements(relayed).build());
    assertMessage("Report.statements[s3]: refers to figure \"f9\", which is not in the report",
        () -> base().addStatements(Statement.builder().from(said("s3", SourceId.of("own"))).addAbout(FigureId.of("f9")).build()).build());
    assertMessage("Report.figures[f1]: refers to place \"nowhere\", which is not in the report",
        () -> base().addFigures(Figure.builder().id(FigureId.of("f1")).measure(Measure.FORCE_STRENGTH)
            .count(Count.exactly(3)).location(Location.in(PlaceId.of("nowhere"))).build()).build());
    assertMessage("Report.sources[doc]: refers to source \"hospital\", which is not in the report",
        () -> base().addSources(Anonymous.builder().id(SourceId.of("doc")).description("a doctor")
            .affiliation(SourceId.of("hospital")).build()).build());
    assertMessage("Report.unlinked[0]: refers to prisoner \"p2\", which is not in the report",
        () -> base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p1")).build())
            .addUnlinked(UnlinkedFacts.of(List.of(PrisonerId.of("p1"), PrisonerId.of("p2")),
                List.of(Particulars.builder().build(), Particulars.builder().build()))).build());
    assertMessage("Report.prisoners[p1]: refers to statement \"s9\", which is not in the report",
        () -> base().addPrisoners(Prisoner.builder().id(PrisonerId.of("p1"))
            .particulars(Particulars.builder().addStatements(StatementId.of("s9")).build()).build()).build());
  }

  @Test
  void sourcesDoNotCycle() {
    Organisation a = Organisation.builder().id(SourceId.of("a")).name("A").kind(OrganisationKind.MILITARY)
        .parent(SourceId.of("b")).build();
    Organisation b = Organisation.builder().id(SourceId.of("b")).name("B").kind(OrganisationKind.MILITARY)
        .parent(SourceId.of("a")).build();
    assertMessage("Report.sources[a]: parent or member chain cycles back to \"a\"", () -> base().addSources(a, b).build());
    Collective x = Collective.builder().id(SourceId.of("x")).description("x").addMembers(SourceId.of("y")).build();
    Collective y = Collective.builder().id(SourceId.of("y")).description("y").addMembers(SourceId.of("x")).build();
    assertMessage("Report.sources[x]: parent or member chain cycles back to \"x\"", () -> base().addSources(x, y).build());
    Organisation top = Organisation.builder().id(SourceId.of("top")).name("Top").kind(OrganisationKind.GOVERNMENT).build();
    Organisation child = Organisation.builder().from(a).parent(SourceId.of("top")).build();
    assertEquals(2, base().addSources(top, child).build().sources().size() - 1);
  }

  /**
   * Issue 12, item 1: 40 collectives, each listing the previous two as members, have 2^40 member
   * paths; the check finishes each source once. Item 2: a 20,000-link parent chain needs no stack.
   */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void graphChecksAreLinearAndIterative() {
    Report.Builder shared = base();
    for (int i = 0; i < 40; i++) {
      Collective.Builder c = Collective.builder().id(SourceId.of("c" + i)).description("assessments " + i);
      if (i >= 2) {
        c.addMembers(SourceId.of("c" + (i - 1)), SourceId.of("c" + (i - 2)));
      }
      shared.addSources(c.build());
    }
    assertEquals(41, shared.build().sources().size());
    Report.Builder chain = base();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      Organisation.Builder o = Organisation.builder().id(SourceId.of("o" + i)).name("Unit " + i)
          .kind(OrganisationKind.MILITARY);
      if (i > 0) {
        o.parent(SourceId.of("o" + (i - 1)));
      }
      chain.addSources(o.build());
    }
    assertEquals(n + 1, chain.build().sources().size());
    // The same chain closed into a cycle fails with the message, not a StackOverflowError.
    chain.addSources(Organisation.builder().id(SourceId.of("top")).name("Top").kind(OrganisationKind.MILITARY)
        .parent(SourceId.of("o" + (n - 1))).build());
    Report.Builder closed = base();
    for (int i = 0; i < n; i++) {
      closed.addSources(Organisation.builder().id(SourceId.of("o" + i)).name("Unit " + i)
          .kind(OrganisationKind.MILITARY).parent(SourceId.of("o" + ((i + 1) % n))).build());
    }
    assertMessage("Report.sources[o0]: parent or member chain cycles back to \"o0\"", closed::build);
  }

  @Test
  void otherInvariantsNameTheField() {
    assertMessage("Report.language: expected a BCP 47 tag such as \"en\", got \"english please\"",
        () -> base().language("english please").build());
    assertMessage("Report.headline: must not be blank", () -> base().headline(" ").build());
    assertMessage("Update.text: must not be blank", () -> Update.printed(""));
    assertEquals(List.of(), base().addPlaces(Place.builder().id(PlaceId.of("k")).printedName("Kiev").build()).build().figures());
  }

  static void assertMessage(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertEquals(expected, e.getMessage());
  }
}
