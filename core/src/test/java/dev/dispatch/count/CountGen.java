package dev.dispatch.count;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Counts of every qualifier for core's property tests, numbers kept small so that intervals often meet. */
public final class CountGen {
  private CountGen() {}

  /** The generator. */
  public static Gen<Count> counts() {
    Gen<Long> n = Generate.longRange(0L, 2_000L);
    Gen<Count> single = Generate.pick(java.util.List.of(Qualifier.EXACTLY, Qualifier.ABOUT, Qualifier.NEARLY,
            Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.FEWER_THAN))
        .zip(n, (q, x) -> Count.of(q, q == Qualifier.FEWER_THAN ? x + 1 : x));
    Gen<Count> range = n.zip(n, (a, b) -> Count.between(Math.min(a, b), Math.max(a, b)));
    Gen<Count> vague = Generate.enumValues(Magnitude.class).map((Magnitude m) -> Count.of(m));
    return Generate.oneOf(single, range, vague, Generate.constant(Count::unknown));
  }
}
