package dev.dispatch.json;

import dev.dispatch.testkit.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The one line that lets QuickTheories drive (and shrink) testkit generators. A failure prints its seed; rerun with -DQT_SEED=. */
final class Qt {
  private Qt() {}

  static <T> Gen<T> gen(Generator<T> generator) {
    return rs -> generator.generate((min, max) -> rs.next(Constraint.between(min, max)));
  }
}
