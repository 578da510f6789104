package dev.dispatch.testkit;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The one line that lets QuickTheories drive (and shrink) testkit generators. */
final class Qt {
  private Qt() {}

  static <T> Gen<T> gen(Generator<T> generator) {
    return rs -> generator.generate((min, max) -> rs.next(Constraint.between(min, max)));
  }
}
