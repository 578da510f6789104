package dev.dispatch.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.count.Unit;
import dev.dispatch.figure.AgeGroup;
import dev.dispatch.figure.CombatantStatus;
import dev.dispatch.figure.Facet;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Outcome;
import dev.dispatch.figure.Sex;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.id.SourceId;
import dev.dispatch.id.StatementId;
import dev.dispatch.source.Anonymity;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OrganisationKind;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import dev.dispatch.source.Voice;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DurationMention;
import dev.dispatch.time.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each fold of {@link Variants} tells apart every permitted subclass of its sealed type: a
 * variant of each, made here, is folded to its own answer, and the variants made here are all
 * the type permits. A variant core adds fails this test until the folds, and the rules through
 * them, handle it.
 */
class VariantsTest {

  private static Set<Class<?>> permitted(Class<?> sealed) {
    return new HashSet<>(Arrays.asList(sealed.getPermittedSubclasses()));
  }

  private static <T> Set<Class<?>> classes(List<T> values) {
    Set<Class<?>> classes = new HashSet<>();
    for (T v : values) {
      Class<?> c = v.getClass();
      while (!c.isSealed() && c.getSuperclass() != null && !c.getSuperclass().equals(Object.class)
          && !c.getSuperclass().equals(Record.class)) {
        c = c.getSuperclass(); // an Immutables class: its public abstract type
      }
      classes.add(c);
    }
    return classes;
  }

  @Test
  void timeframes() {
    DateMention day = DateMention.of(PartialDate.of(2025, 1, 1));
    List<Timeframe> all = List.of(Timeframe.during(day),
        Timeframe.over(DurationMention.of(Count.exactly(2).withUnit(Unit.DAYS))), Timeframe.asOf(day));
    assertEquals(permitted(Timeframe.class), classes(all));
    List<String> folded = new ArrayList<>();
    all.forEach(t -> folded.add(Variants.timeframe(t, d -> "during", o -> "over", c -> "cumulative")));
    assertEquals(List.of("during", "over", "cumulative"), folded);
  }

  @Test
  void sources() {
    List<Source> all = List.of(Person.builder().id(SourceId.of("a")).name("A").build(),
        Organisation.builder().id(SourceId.of("b")).name("B").kind(OrganisationKind.MEDIA).build(),
        Anonymous.builder().id(SourceId.of("c")).description("c").anonymity(Anonymity.UNIDENTIFIED).build(),
        Collective.builder().id(SourceId.of("d")).description("d").build(),
        Unspecified.of(SourceId.of("e")),
        IndividualSource.of(SourceId.of("f"), PersonId.of("f")),
        OwnVoice.of(SourceId.of("g"), Voice.OBSERVATION));
    assertEquals(permitted(Source.class), classes(all));
    List<String> folded = new ArrayList<>();
    for (Source s : all) {
      folded.add(Variants.source(s, new Variants.SourceCases<String>() {
        @Override
        public String person(Person p) {
          return "person";
        }

        @Override
        public String organisation(Organisation o) {
          return "organisation";
        }

        @Override
        public String anonymous(Anonymous a) {
          return "anonymous";
        }

        @Override
        public String collective(Collective c) {
          return "collective";
        }

        @Override
        public String unspecified(Unspecified u) {
          return "unspecified";
        }

        @Override
        public String individual(IndividualSource i) {
          return "individual";
        }

        @Override
        public String own(OwnVoice o) {
          return "own";
        }
      }));
    }
    assertEquals(List.of("person", "organisation", "anonymous", "collective", "unspecified", "individual", "own"),
        folded);
  }

  @Test
  void relations() {
    FigureId f = FigureId.of("f");
    List<FigureRelation> all = List.of(FigureRelation.revises(f), FigureRelation.shareOf(f, Proportion.percent(5)),
        FigureRelation.sumOf(f, FigureId.of("g")), FigureRelation.excludedFrom(f),
        FigureRelation.comparedWith(f, StatementId.of("s")));
    assertEquals(permitted(FigureRelation.class), classes(all));
    List<String> folded = new ArrayList<>();
    for (FigureRelation r : all) {
      folded.add(Variants.relation(r, new Variants.RelationCases<String>() {
        @Override
        public String revises(FigureRelation.Revises x) {
          return "revises";
        }

        @Override
        public String shareOf(FigureRelation.ShareOf x) {
          return "share";
        }

        @Override
        public String sumOf(FigureRelation.SumOf x) {
          return "sum";
        }

        @Override
        public String excludedFrom(FigureRelation.ExcludedFrom x) {
          return "excluded";
        }

        @Override
        public String comparedWith(FigureRelation.ComparedWith x) {
          return "compared";
        }
      }));
    }
    assertEquals(List.of("revises", "share", "sum", "excluded", "compared"), folded);
  }

  @Test
  void facets() {
    List<Facet> all = List.of(Facet.outcomes(Outcome.KILLED), Facet.age(AgeGroup.CHILD), Facet.sex(Sex.FEMALE),
        Facet.status(CombatantStatus.CIVILIANS), Facet.place(PlaceId.of("p")), Facet.party(PartyId.of("a")),
        Facet.heldBy(PartyId.of("a")), Facet.label("unit", "first"));
    assertEquals(permitted(Facet.class), classes(all));
    List<String> folded = new ArrayList<>();
    for (Facet f : all) {
      folded.add(Variants.facet(f, new Variants.FacetCases<String>() {
        @Override
        public String outcomes(Facet.Outcomes x) {
          return "outcomes";
        }

        @Override
        public String age(Facet.Age x) {
          return "age";
        }

        @Override
        public String sex(Facet.OfSex x) {
          return "sex";
        }

        @Override
        public String status(Facet.Status x) {
          return "status";
        }

        @Override
        public String place(Facet.InPlace x) {
          return "place";
        }

        @Override
        public String party(Facet.OfParty x) {
          return "party";
        }

        @Override
        public String heldBy(Facet.HeldBy x) {
          return "held";
        }

        @Override
        public String label(Facet.Label x) {
          return "label";
        }
      }));
    }
    assertEquals(List.of("outcomes", "age", "sex", "status", "place", "party", "held", "label"), folded);
  }
}
