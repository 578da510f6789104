package dev.dispatch.validation;

import dev.dispatch.figure.Facet;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.source.Anonymous;
import dev.dispatch.source.Collective;
import dev.dispatch.source.IndividualSource;
import dev.dispatch.source.Organisation;
import dev.dispatch.source.OwnVoice;
import dev.dispatch.source.Person;
import dev.dispatch.source.Source;
import dev.dispatch.source.Unspecified;
import java.util.function.Function;

/**
 * The one place validation tells apart the variants of the model's sealed types, each with a
 * function per variant, so that every rule handles every variant: Java 17 has no exhaustive
 * switch over a sealed interface. {@code VariantsTest} checks that each fold here names every
 * permitted subclass; a variant core adds fails that test rather than a validation. Were a
 * variant to reach a fold unhandled all the same, the fold throws an {@link
 * IllegalStateException} naming its class, which the {@link Validator} reports as a failed rule.
 */
final class Variants {
  private Variants() {}

  /** What a fold that only acts returns. */
  enum Done {
    /** The one value. */
    DONE
  }

  /** Folds a timeframe: a period, a length of time, or a running total. */
  static <R> R timeframe(Timeframe t, Function<Timeframe.During, R> during, Function<Timeframe.Over, R> over,
      Function<Timeframe.Cumulative, R> cumulative) {
    if (t instanceof Timeframe.During d) {
      return during.apply(d);
    }
    if (t instanceof Timeframe.Over o) {
      return over.apply(o);
    }
    if (t instanceof Timeframe.Cumulative c) {
      return cumulative.apply(c);
    }
    throw unhandled(t);
  }

  /** The seven kinds of source, by the functions a caller gives each. */
  interface SourceCases<R> {
    R person(Person p);

    R organisation(Organisation o);

    R anonymous(Anonymous a);

    R collective(Collective c);

    R unspecified(Unspecified u);

    R individual(IndividualSource i);

    R own(OwnVoice o);
  }

  /** Folds a source. */
  static <R> R source(Source s, SourceCases<R> cases) {
    if (s instanceof Person p) {
      return cases.person(p);
    }
    if (s instanceof Organisation o) {
      return cases.organisation(o);
    }
    if (s instanceof Anonymous a) {
      return cases.anonymous(a);
    }
    if (s instanceof Collective c) {
      return cases.collective(c);
    }
    if (s instanceof Unspecified u) {
      return cases.unspecified(u);
    }
    if (s instanceof IndividualSource i) {
      return cases.individual(i);
    }
    if (s instanceof OwnVoice o) {
      return cases.own(o);
    }
    throw unhandled(s);
  }

  /** The five relations between figures. */
  interface RelationCases<R> {
    R revises(FigureRelation.Revises r);

    R shareOf(FigureRelation.ShareOf s);

    R sumOf(FigureRelation.SumOf s);

    R excludedFrom(FigureRelation.ExcludedFrom e);

    R comparedWith(FigureRelation.ComparedWith c);
  }

  /** Folds a relation between figures. */
  static <R> R relation(FigureRelation r, RelationCases<R> cases) {
    if (r instanceof FigureRelation.Revises x) {
      return cases.revises(x);
    }
    if (r instanceof FigureRelation.ShareOf x) {
      return cases.shareOf(x);
    }
    if (r instanceof FigureRelation.SumOf x) {
      return cases.sumOf(x);
    }
    if (r instanceof FigureRelation.ExcludedFrom x) {
      return cases.excludedFrom(x);
    }
    if (r instanceof FigureRelation.ComparedWith x) {
      return cases.comparedWith(x);
    }
    throw unhandled(r);
  }

  /** The eight facets of a part. */
  interface FacetCases<R> {
    R outcomes(Facet.Outcomes f);

    R age(Facet.Age f);

    R sex(Facet.OfSex f);

    R status(Facet.Status f);

    R place(Facet.InPlace f);

    R party(Facet.OfParty f);

    R heldBy(Facet.HeldBy f);

    R label(Facet.Label f);
  }

  /** Folds a facet. */
  static <R> R facet(Facet f, FacetCases<R> cases) {
    if (f instanceof Facet.Outcomes x) {
      return cases.outcomes(x);
    }
    if (f instanceof Facet.Age x) {
      return cases.age(x);
    }
    if (f instanceof Facet.OfSex x) {
      return cases.sex(x);
    }
    if (f instanceof Facet.Status x) {
      return cases.status(x);
    }
    if (f instanceof Facet.InPlace x) {
      return cases.place(x);
    }
    if (f instanceof Facet.OfParty x) {
      return cases.party(x);
    }
    if (f instanceof Facet.HeldBy x) {
      return cases.heldBy(x);
    }
    if (f instanceof Facet.Label x) {
      return cases.label(x);
    }
    throw unhandled(f);
  }

  /** An unhandled variant, named by its class only (never by its content). */
  private static IllegalStateException unhandled(Object variant) {
    return new IllegalStateException("unhandled variant " + variant.getClass().getName());
  }
}
